package cn.nanchang.budgetflow.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a document says at one moment, as labelled text: its header fields and its tables of
 * lines, each in the order the document shows them. Two snapshots, before and after an edit,
 * give the edit's {@link FieldChange}s through {@link FieldDiff}. Values are put in the form
 * people read them (amounts with two decimals, codes with their names), because that is what
 * an auditor compares.
 */
public final class DocumentSnapshot {

    private final Map<String, String> header = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

    /** A document before it existed: every value of the first version shows as added. */
    public static DocumentSnapshot empty() {
        return new DocumentSnapshot();
    }

    public static DocumentSnapshot of() {
        return new DocumentSnapshot();
    }

    /** A header field; null and blank values count as empty. */
    public DocumentSnapshot field(String label, Object value) {
        header.put(label, text(value));
        return this;
    }

    /** Declares a table, so that it is compared even while it has no lines. */
    public DocumentSnapshot table(String title) {
        tables.computeIfAbsent(title, t -> new ArrayList<>());
        return this;
    }

    /** Adds the next line of a table; build its fields with {@link #line()}. */
    public DocumentSnapshot row(String table, Line line) {
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(Collections.unmodifiableMap(line.fields));
        return this;
    }

    public static Line line() {
        return new Line();
    }

    Map<String, String> header() {
        return header;
    }

    Map<String, List<Map<String, String>>> tables() {
        return tables;
    }

    static String text(Object value) {
        String s = value == null ? null : value.toString().strip();
        return s == null || s.isEmpty() ? null : s;
    }

    /** The fields of one line, in the order of the table's columns. */
    public static final class Line {

        private final Map<String, String> fields = new LinkedHashMap<>();

        public Line put(String label, Object value) {
            fields.put(Objects.requireNonNull(label), text(value));
            return this;
        }
    }
}
