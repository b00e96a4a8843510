/** The reviewers' pages (inbox, done list, copies, proxies) and the parts each document page reuses (review form, operations, progress, trail). */
@org.springframework.modulith.NamedInterface("ui")
package cn.nanchang.budgetflow.approval.ui;
