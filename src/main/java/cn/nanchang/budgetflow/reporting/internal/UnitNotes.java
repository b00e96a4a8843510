package cn.nanchang.budgetflow.reporting.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What the explanatory text says that is not a sum of approved data: the unit's names, the
 * reasons 综合科 gives for changes, the 机关运行经费 statement and the vehicle count of the asset
 * register. Kept as data (disclosure/unit-notes.json) so that a wording is corrected without a
 * release; a year without an entry gets no reasons and the defaults.
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

    public Year year(int fiscalYear) {
        Year year = notes.years() == null ? null : notes.years().get(String.valueOf(fiscalYear));
        return year == null ? new Year(Map.of(), Map.of(), null, null) : year;
    }

    record Notes(String unitName, String shortName, Map<String, Year> years) {
    }

    /**
     * One year's notes. {@code functionReasons} by function class (类), {@code sanGongReasons} by
     * 三公 item (abroad, reception, vehicleRunning, vehiclePurchase); {@code operatingCosts} is the
     * 机关运行经费 statement; {@code vehicles} the register's count.
     */
    public record Year(Map<String, String> functionReasons, Map<String, String> sanGongReasons, String operatingCosts,
            Vehicles vehicles) {

        public Year {
            functionReasons = functionReasons == null ? Map.of() : functionReasons;
            sanGongReasons = sanGongReasons == null ? Map.of() : sanGongReasons;
        }
    }

    public record Vehicles(LocalDate asOf, int total, int official, int lawEnforcement, int toPurchase) {
    }
}
