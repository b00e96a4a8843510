/**
 * The auditors' read-only workbench: search over every document, a document's timeline merged from
 * the audit log and the engine's history, the approval sheet (审批单), and exports to .xlsx and CSV
 * (of a search, a timeline, or one document with its history), each export itself audited. Built
 * on the document core; it acts on nothing.
 */
package cn.nanchang.budgetflow.workbench;
