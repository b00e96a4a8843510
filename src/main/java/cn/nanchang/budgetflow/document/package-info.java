/**
 * What all document types share: the header (number, section, year, status, drafter, total),
 * who may see and act on it, its life cycle through approval (submit, withdraw, resubmit,
 * decisions), the inbox and the history. Type modules (budget, later project and procurement)
 * extend {@link cn.nanchang.budgetflow.document.ApprovalDocument} and add their own content, which they
 * show to shared pages through {@link cn.nanchang.budgetflow.document.DocumentContents}.
 * Also the auditors' read-only workbench: search over every document, a document's timeline
 * merged from the audit log and the engine's history, the approval sheet (审批单), and exports to
 * .xlsx and CSV that are themselves audited.
 */
package cn.nanchang.budgetflow.document;
