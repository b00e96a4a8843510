package cn.nanchang.budgetflow.reporting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The stored texts of one year, as JSON of {@link DisclosureTexts}. */
@Entity
@Table(name = "disclosure_text")
class DisclosureText {

    @Id
    private int fiscalYear;
    private String content;
    @Version
    private long version;
    private String updatedBy;
    private Instant updatedAt;

    protected DisclosureText() {
    }

    DisclosureText(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    void write(String json, String by, Instant at) {
        this.content = json;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    int getFiscalYear() {
        return fiscalYear;
    }

    String getContent() {
        return content;
    }

    long getVersion() {
        return version;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
