package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.Money;
import java.math.BigDecimal;
import java.time.YearMonth;

/** An item that has passed the field checks; whether its funding line allows it is checked separately. */
record ValidItem(ProcurementCategory category, String name, BigDecimal quantity, String unit, Money amount,
        ProcurementMethod method, OrganisationForm organisationForm, boolean inCatalogue, long fundingLineId,
        YearMonth startMonth, String demandOverview, String methodChangeJustification) {
}
