package cn.nanchang.budgetflow.procurement;

import java.util.List;

/**
 * A plan as the editor or the API sends it. Fields are raw text where a person types them, so
 * that every bad value is reported against its own field rather than failing the whole request.
 */
public record ProcurementPlanInput(Integer fiscalYear, List<ItemInput> items) {

    /**
     * One item as sent. category GOODS, WORKS or SERVICES; method one of {@link ProcurementMethod};
     * organisationForm CENTRALIZED or DECENTRALIZED; amount in yuan as text, e.g. "150000.00";
     * quantity as text; startMonth "yyyy-MM"; fundingLineId the id of an approved budget line.
     */
    public record ItemInput(String category, String name, String quantity, String unit, String amount, String method,
            String organisationForm, Boolean inCatalogue, Long fundingLineId, String startMonth, String demandOverview,
            String methodChangeJustification) {
    }
}
