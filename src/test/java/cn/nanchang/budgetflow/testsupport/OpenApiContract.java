package cn.nanchang.budgetflow.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Path;

/** The committed API contract, docs/openapi.json (issue 21), and how it is written. */
public final class OpenApiContract {

    public static final Path FILE = Path.of("docs", "openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private OpenApiContract() {
    }

    /** The document indented, with keys in a stable order, and a final newline: diffs stay readable. */
    public static String pretty(String document) {
        try {
            return JSON.writeValueAsString(JSON.readValue(document, Object.class)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
