/**
 * The document core: what all document types share. The header (number, section, year, status,
 * drafter, total) in {@link cn.nanchang.budgetflow.document.ApprovalDocument}, who may see and change
 * a document ({@link cn.nanchang.budgetflow.document.DocumentAccess}, with {@link
 * cn.nanchang.budgetflow.document.ReadGrant}s that other modules add), its life cycle through
 * approval (submit, withdraw, resubmit), lists and queries, its history from the audit log, numbers,
 * and the UI every type's pages reuse. Type modules (budget, project, procurement) extend
 * ApprovalDocument and show their own content to shared pages through {@link
 * cn.nanchang.budgetflow.document.DocumentContents}. The reviewers' side lives in {@code approval},
 * the auditors' in {@code workbench}; both build on this module, never the other way round.
 */
package cn.nanchang.budgetflow.document;
