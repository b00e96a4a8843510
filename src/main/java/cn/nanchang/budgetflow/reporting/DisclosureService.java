package cn.nanchang.budgetflow.reporting;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.reporting.internal.DisclosureChecks;
import cn.nanchang.budgetflow.reporting.internal.DisclosureSources;
import cn.nanchang.budgetflow.reporting.internal.DisclosureTables;
import cn.nanchang.budgetflow.reporting.internal.ExplanatoryText;
import cn.nanchang.budgetflow.reporting.internal.SourceReader;
import cn.nanchang.budgetflow.reporting.internal.TextChecks;
import cn.nanchang.budgetflow.reporting.internal.UnitNotes;
import cn.nanchang.budgetflow.security.Roles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a year's disclosure from the approved data as it stands: the nine tables, the
 * explanatory text and the cross-checks. Who may read what is decided here: the unit's finance
 * reviewer, the director and the auditors read the live (unpublished) figures.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureService {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final SourceReader sources;
    private final DisclosureTables tables;
    private final ExplanatoryText text;
    private final DisclosureChecks checks;
    private final UnitNotes notes;
    private final DisclosureTextService texts;
    private final TextChecks textChecks;
    private final Messages m;
    private final Clock clock;

    DisclosureService(SourceReader sources, DisclosureTables tables, ExplanatoryText text, DisclosureChecks checks,
            UnitNotes notes, DisclosureTextService texts, TextChecks textChecks, Messages m, Clock clock) {
        this.sources = sources;
        this.tables = tables;
        this.text = text;
        this.checks = checks;
        this.notes = notes;
        this.texts = texts;
        this.textChecks = textChecks;
        this.m = m;
        this.clock = clock;
    }

    /** The disclosure of {@code fiscalYear} computed now from approved documents. */
    @Roles.DisclosureComputer
    public Disclosure generate(int fiscalYear) {
        checkYear(fiscalYear, m);
        return from(sources.read(fiscalYear));
    }

    /**
     * The disclosure of given sources and the year's stored texts; the cross-checks run on exactly
     * the tables built here, the text checks on exactly the text written here.
     */
    Disclosure from(DisclosureSources s) {
        List<DisclosureTable> built = tables.build(s.now(), notes.unitName(), s.projects());
        DisclosureTexts words = texts.of(s.now().fiscalYear());
        List<Disclosure.TextSection> written = text.build(s, built, words);
        List<CheckFinding> findings = new ArrayList<>(checks.run(built, s));
        findings.addAll(textChecks.run(s, words, written));
        return new Disclosure(s.now().fiscalYear(), notes.unitName(), built, written, findings, clock.instant());
    }

    static void checkYear(int fiscalYear, Messages m) {
        if (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR) {
            throw ValidationException.of("year", m.get("disclosure.error.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
    }
}
