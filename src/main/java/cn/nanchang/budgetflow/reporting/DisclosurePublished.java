package cn.nanchang.budgetflow.reporting;

/**
 * Published synchronously, in the publishing transaction, when a year's disclosure is published:
 * the budget year of that fiscal year (budgetyear) ends its process on it, in the same transaction.
 */
public record DisclosurePublished(int fiscalYear) {
}
