package cn.nanchang.budgetflow.reporting.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The unit's names as the disclosure writes them (disclosure/unit-notes.json). The words that
 * change from year to year — 单位概况, reasons, 机关运行经费, vehicles, 名词解释 — are data that
 * 财务 edits per year (DisclosureTextService).
 */
@Component
public class UnitNotes {

    static final String RESOURCE = "disclosure/unit-notes.json";

    private final Notes notes;

    UnitNotes(ObjectMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            notes = json.readerFor(Notes.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    public String unitName() {
        return notes.unitName();
    }

    public String shortName() {
        return notes.shortName();
    }

    record Notes(String unitName, String shortName) {
    }
}
