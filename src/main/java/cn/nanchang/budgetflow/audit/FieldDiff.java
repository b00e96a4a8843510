package cn.nanchang.budgetflow.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The field-level difference between two {@link DocumentSnapshot}s, for every document type.
 * Lines have no identity of their own (an edit replaces a document's lines), so lines are paired
 * by content: the longest run of unchanged lines is kept in place, and between two unchanged
 * lines the remaining ones are paired in order as changed; what is left over was added or removed.
 * Deleting the first of ten lines therefore reads as one removal, not as nine changed lines.
 */
public final class FieldDiff {

    private FieldDiff() {
    }

    public static List<FieldChange> between(DocumentSnapshot before, DocumentSnapshot after) {
        List<FieldChange> changes = new ArrayList<>();
        for (String label : union(before.header().keySet(), after.header().keySet())) {
            String b = before.header().get(label);
            String a = after.header().get(label);
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(null, null, null, label, b, a));
            }
        }
        for (String table : union(before.tables().keySet(), after.tables().keySet())) {
            rows(table, before.tables().getOrDefault(table, List.of()), after.tables().getOrDefault(table, List.of()), changes);
        }
        return changes;
    }

    private static void rows(String table, List<Map<String, String>> before, List<Map<String, String>> after,
            List<FieldChange> out) {
        int i = 0;
        int j = 0;
        for (int[] unchanged : unchangedLines(before, after)) {
            pair(table, before, after, i, unchanged[0], j, unchanged[1], out);
            i = unchanged[0] + 1;
            j = unchanged[1] + 1;
        }
        pair(table, before, after, i, before.size(), j, after.size(), out);
    }

    /** Pairs (before index, after index) of the longest sequence of lines that stayed the same, in order. */
    private static List<int[]> unchangedLines(List<Map<String, String>> before, List<Map<String, String>> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                    : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() && j < after.size()) {
            if (before.get(i).equals(after.get(j))) {
                pairs.add(new int[] {i++, j++});
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs;
    }

    /** Lines i..toI of before and j..toJ of after lie between two unchanged lines: pair them in order. */
    private static void pair(String table, List<Map<String, String>> before, List<Map<String, String>> after,
            int i, int toI, int j, int toJ, List<FieldChange> out) {
        while (i < toI && j < toJ) {
            Map<String, String> b = before.get(i);
            Map<String, String> a = after.get(j);
            for (String field : union(b.keySet(), a.keySet())) {
                if (!Objects.equals(b.get(field), a.get(field))) {
                    out.add(new FieldChange(table, j + 1, i + 1, field, b.get(field), a.get(field)));
                }
            }
            i++;
            j++;
        }
        for (; j < toJ; j++) {
            int row = j + 1;
            after.get(j).forEach((field, value) -> {
                if (value != null) {
                    out.add(new FieldChange(table, row, null, field, null, value));
                }
            });
        }
        for (; i < toI; i++) {
            int former = i + 1;
            before.get(i).forEach((field, value) -> {
                if (value != null) {
                    out.add(new FieldChange(table, null, former, field, value, null));
                }
            });
        }
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return all;
    }
}
