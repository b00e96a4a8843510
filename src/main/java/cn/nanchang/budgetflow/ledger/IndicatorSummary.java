package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;

/** What the API and views show of one 指标. Money in yuan; available = quota − frozen − used. */
public record IndicatorSummary(long id, int fiscalYear, String sectionCode, String sectionName, String ref,
        String sourceRef, SourceType sourceType, ExpenditureKind kind, String functionCode, String functionName,
        String economicCode, String economicName, Long projectId, String projectCode, String projectName,
        Money quota, Money frozen, Money used, Money available) {
}
