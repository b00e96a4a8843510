/** The auditors' pages, the printable approval sheet, and the 审批单/导出 links every document page shows. */
@org.springframework.modulith.NamedInterface("ui")
package cn.nanchang.budgetflow.workbench.ui;
