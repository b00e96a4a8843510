package cn.nanchang.budgetflow.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an authorization matrix written as a text table: a header naming the columns, then one
 * row per route or endpoint, "Y" for allowed and "-" for denied. Kept as text so that a reviewer
 * reads the design at a glance.
 */
final class MatrixTable {

    static final String ANONYMOUS = "anon";
    static final List<String> COLUMNS = List.of(ANONYMOUS, "STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU",
        "AUDITOR", "ADMIN");

    private MatrixTable() {
    }

    /** Row key (first cell, spaces collapsed) to column to allowed. */
    static Map<String, Map<String, Boolean>> parse(String table) {
        List<String> lines = table.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> header = cells(lines.get(0));
        if (!header.subList(1, header.size()).equals(COLUMNS)) {
            throw new IllegalArgumentException("matrix columns must be " + COLUMNS + ": " + header);
        }
        Map<String, Map<String, Boolean>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            // the first cell may itself contain '|' (a pattern such as {format:xlsx|csv}): split from the right
            List<String> cells = cells(line);
            int keyCells = cells.size() - COLUMNS.size();
            String key = String.join("|", cells.subList(0, keyCells)).replaceAll("\\s+", " ");
            Map<String, Boolean> row = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                String cell = cells.get(keyCells + i);
                if (!cell.equals("Y") && !cell.equals("-")) {
                    throw new IllegalArgumentException("cell must be Y or -: '" + cell + "' in " + line);
                }
                row.put(COLUMNS.get(i), cell.equals("Y"));
            }
            if (rows.put(key, row) != null) {
                throw new IllegalArgumentException("duplicate row " + key);
            }
        }
        return rows;
    }

    private static List<String> cells(String line) {
        return List.of(line.split("\\|", -1)).stream().map(String::strip).toList();
    }
}
