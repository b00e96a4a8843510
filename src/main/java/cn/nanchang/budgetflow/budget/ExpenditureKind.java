package cn.nanchang.budgetflow.budget;

import java.util.Set;

/**
 * The kind of a line. Basic expenditure splits into personnel (人员经费: economic classes 301
 * and 303) and public (公用经费: 302 and 310), which is how table 六 of the disclosure adds up.
 */
public enum ExpenditureKind {
    BASIC_PERSONNEL(Set.of("301", "303")),
    BASIC_PUBLIC(Set.of("302", "310")),
    PROJECT(Set.of("301", "302", "303", "310"));

    private final Set<String> economicClasses;

    ExpenditureKind(Set<String> economicClasses) {
        this.economicClasses = economicClasses;
    }

    /** Whether a line of this kind may use an economic code of the given class (类). */
    public boolean allowsEconomicClass(String economicClass) {
        return economicClasses.contains(economicClass);
    }

    public String labelKey() {
        return "budget.kind." + name();
    }
}
