/**
 * What all document types share: the header (number, section, year, status, drafter, total),
 * who may see and act on it, its life cycle through approval (submit, withdraw, resubmit,
 * decisions), the inbox and the history. Type modules (budget, later project and procurement)
 * extend {@link cn.nanchang.budgetflow.document.ApprovalDocument} and add their own content.
 */
package cn.nanchang.budgetflow.document;
