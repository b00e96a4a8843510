/** Shared document UI: the document lists, the drafter's actions with the return banner, the history timeline, and the editors' save plumbing. */
@org.springframework.modulith.NamedInterface("ui")
package cn.nanchang.budgetflow.document.ui;
