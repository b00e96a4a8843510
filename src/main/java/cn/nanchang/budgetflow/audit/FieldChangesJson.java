package cn.nanchang.budgetflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * How an entry's field changes are stored: a compact JSON array, one object per change with
 * the fields in a fixed order and Chinese kept as it is, so that the stored text is readable in
 * the database and is exactly what the entry's hash covers.
 */
final class FieldChangesJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<FieldChange>> LIST = new TypeReference<>() {
    };

    private FieldChangesJson() {
    }

    /** Null for no changes, so that entries without changes keep the canonical form they always had. */
    static String write(List<FieldChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("field changes are plain strings and numbers", e);
        }
    }

    static List<FieldChange> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable field changes in the audit log", e);
        }
    }
}
