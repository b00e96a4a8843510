package cn.nanchang.budgetflow.execution;

import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.reporting.AdjustedDisclosures;
import cn.nanchang.budgetflow.reporting.Disclosure;
import cn.nanchang.budgetflow.reporting.DisclosurePublications.DisclosureExport;
import cn.nanchang.budgetflow.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adjusted budget (调整后): the year's 指标 quotas after every 调剂, 追加 and 追减, laid out as the
 * disclosure's nine tables by the reporting module's own builders. For 财务, the director and the
 * auditors, who read the live disclosure too.
 */
@Service
@Transactional(readOnly = true)
public class AdjustedBudget {

    private final Indicators indicators;
    private final AdjustedDisclosures disclosures;

    AdjustedBudget(Indicators indicators, AdjustedDisclosures disclosures) {
        this.indicators = indicators;
        this.disclosures = disclosures;
    }

    @Roles.DisclosureComputer
    public Disclosure generate(int fiscalYear) {
        return disclosures.generate(fiscalYear, lines(fiscalYear));
    }

    @Roles.DisclosureComputer
    public DisclosureExport workbook(int fiscalYear) {
        return disclosures.workbook(fiscalYear, lines(fiscalYear));
    }

    /**
     * The quotas as lines the disclosure sums. A line id must be unique in a year, and these rows
     * are sums of 指标 rather than approved lines, so they number themselves below zero; a 指标
     * cut to nothing is no line.
     */
    private List<ApprovedBudgetLine> lines(int fiscalYear) {
        List<ApprovedBudgetLine> lines = new ArrayList<>();
        for (IndicatorSummary i : indicators.ofYear(fiscalYear)) {
            if (i.quota().isPositive()) {
                int n = lines.size() + 1;
                lines.add(new ApprovedBudgetLine(-n, 0, i.ref() == null ? "" : i.ref(), i.sectionCode(), fiscalYear, n,
                    i.functionCode(), i.functionName(), i.economicCode(), i.economicName(), i.kind(), i.quota(), null,
                    i.projectId()));
            }
        }
        return lines;
    }
}
