package cn.nanchang.budgetflow.reporting;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.reporting.DisclosurePublications.DisclosureExport;
import cn.nanchang.budgetflow.reporting.internal.DisclosureChecks;
import cn.nanchang.budgetflow.reporting.internal.DisclosureTables;
import cn.nanchang.budgetflow.reporting.internal.DisclosureWorkbook;
import cn.nanchang.budgetflow.reporting.internal.SourceReader;
import cn.nanchang.budgetflow.security.Roles;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure's nine tables, text and cross-checks computed from lines the caller hands in —
 * the adjusted budget (调整后) from the ledger's quotas — titled 调整后. Nothing is stored or
 * published: the 年初 disclosure and its publication are untouched. The lines are 指标 rows, not
 * the approved lines procurement plans name, so the check of procurement against its funding
 * lines is left to the 年初 disclosure.
 */
@Service
@Transactional(readOnly = true)
public class AdjustedDisclosures {

    private final DisclosureService disclosures;
    private final SourceReader sources;
    private final DisclosureWorkbook workbook;
    private final Messages m;

    AdjustedDisclosures(DisclosureService disclosures, SourceReader sources, DisclosureWorkbook workbook, Messages m) {
        this.disclosures = disclosures;
        this.sources = sources;
        this.workbook = workbook;
        this.m = m;
    }

    @Roles.DisclosureComputer
    public Disclosure generate(int fiscalYear, List<ApprovedBudgetLine> lines) {
        DisclosureService.checkYear(fiscalYear, m);
        Disclosure d = disclosures.from(sources.read(fiscalYear, lines));
        String prefix = m.get("disclosure.adjusted.prefix");
        // the performance targets are the published budget's; an adjusted budget restates the nine figure tables
        List<DisclosureTable> tables = d.tables().stream().filter(t -> !DisclosureTables.PERFORMANCE.contains(t.number()))
            .map(t -> new DisclosureTable(t.number(), prefix + t.title(),
            t.header(), t.rows(), t.empty(), t.note())).toList();
        List<CheckFinding> findings = d.findings().stream().filter(f -> !DisclosureChecks.PROCUREMENT.equals(f.check())).toList();
        return new Disclosure(d.fiscalYear(), d.unitName(), tables, d.text(), findings, d.generatedAt());
    }

    @Roles.DisclosureComputer
    public DisclosureExport workbook(int fiscalYear, List<ApprovedBudgetLine> lines) {
        Disclosure d = generate(fiscalYear, lines);
        return new DisclosureExport(m.get("disclosure.adjusted.file", d.unitName(), String.valueOf(fiscalYear)), workbook.write(d));
    }
}
