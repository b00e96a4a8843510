/** Shared document UI: inbox, done list, document lists, and the pieces each type's pages reuse (timeline, review form, status badge). */
@org.springframework.modulith.NamedInterface("ui")
package cn.nanchang.budgetflow.document.ui;
