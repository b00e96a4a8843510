package cn.nanchang.budgetflow.base;

/**
 * The kinds of document that go through approval. The route prefix is shared by the UI and
 * the API so that a link to a document can be built without knowing its module.
 */
public enum DocumentType {
    BUDGET_DRAFT("YS", "budget-drafts"),
    PROJECT_APPLICATION("XM", "project-applications"),
    PROCUREMENT_PLAN("CG", "procurement-plans"),
    /** 单位预算建议数: 财务's consolidation of the sections' requests of one round of a budget year. */
    UNIT_PROPOSAL("JY", "unit-proposals"),
    /** 预算调剂: a 调剂, 追加 or 追减 of the approved budget's 指标 during the year. */
    BUDGET_ADJUSTMENT("TJ", "budget-adjustments");

    private final String numberPrefix;
    private final String routePrefix;

    DocumentType(String numberPrefix, String routePrefix) {
        this.numberPrefix = numberPrefix;
        this.routePrefix = routePrefix;
    }

    /** Prefix of the human-readable document number, e.g. YS-2024-0001. */
    public String numberPrefix() {
        return numberPrefix;
    }

    public String routePrefix() {
        return routePrefix;
    }

    /** Message key of the Chinese name. */
    public String labelKey() {
        return "document.type." + name();
    }
}
