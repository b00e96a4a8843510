package cn.nanchang.budgetflow.ledger;

/** A document that moves the ledger: id and number for the entries and the audit. */
public record DocumentRef(long id, String number) {
}
