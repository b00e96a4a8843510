package cn.nanchang.budgetflow.base;

/**
 * Published synchronously, inside the voiding transaction, when a drafter voids (作废) a document:
 * no process milestone exists for this (the approval is deleted with its listeners skipped), so
 * modules that keep something for the document (the ledger's freezes) give it back here.
 */
public record DocumentVoided(long documentId, String documentNumber, String reason, String actor) {
}
