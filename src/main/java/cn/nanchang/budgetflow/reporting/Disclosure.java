package cn.nanchang.budgetflow.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A fiscal year's budget disclosure: the nine tables, the explanatory text and the findings of
 * the cross-checks. Generated from approved data, or read back from a published snapshot.
 *
 * @param findings mismatches that block publication; empty when every cross-check holds
 */
public record Disclosure(int fiscalYear, String unitName, List<DisclosureTable> tables, List<TextSection> text,
        List<CheckFinding> findings, Instant generatedAt) {

    public DisclosureTable table(String number) {
        return tables.stream().filter(t -> t.number().equals(number)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no table " + number));
    }

    public boolean publishable() {
        return findings.isEmpty();
    }

    /** A titled part of the 预算情况说明; each paragraph one line of the published text. */
    public record TextSection(String heading, List<String> paragraphs) {
    }
}
