package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.classification.SeededCatalogue;
import java.math.BigDecimal;
import java.util.List;

/**
 * A small approved budget of one year, for the disclosure's unit tests: five lines whose sums are
 * easy to check by hand (yuan): personnel 300,000 under 208; public 200,000 and a 10,000 reception
 * under 201; project 500,000 and a 250,000 vehicle purchase under 201. Total 1,260,000.
 */
final class DisclosureFigures {

    static final ApprovedBudgetLine PENSIONS = line(1, "2080505", "30108", ExpenditureKind.BASIC_PERSONNEL, "300000.00");
    static final ApprovedBudgetLine OFFICE = line(2, "2010350", "30201", ExpenditureKind.BASIC_PUBLIC, "200000.00");
    static final ApprovedBudgetLine RECEPTION = line(3, "2010350", "30217", ExpenditureKind.BASIC_PUBLIC, "10000.00");
    static final ApprovedBudgetLine CONTRACTED = line(4, "2010350", "30227", ExpenditureKind.PROJECT, "500000.00");
    static final ApprovedBudgetLine VEHICLE = line(5, "2010350", "31013", ExpenditureKind.PROJECT, "250000.00");

    private DisclosureFigures() {
    }

    static YearFigures year2025() {
        ClassificationCatalogue catalogue = SeededCatalogue.catalogue();
        return new YearFigures(2025, List.of(PENSIONS, OFFICE, RECEPTION, CONTRACTED, VEHICLE),
            catalogue.index(Scheme.FUNCTION), catalogue.index(Scheme.ECONOMIC));
    }

    static Money yuan(String amount) {
        return new Money(new BigDecimal(amount));
    }

    private static ApprovedBudgetLine line(int no, String function, String economic, ExpenditureKind kind, String amount) {
        return new ApprovedBudgetLine(no, 1L, "YS-2025-0001", "S01", 2025, no, function, "", economic, "", kind, yuan(amount),
            null, kind == ExpenditureKind.PROJECT ? 9L : null);
    }
}
