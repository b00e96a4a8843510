/** The 附件 panel that document pages and editors show: the list with download and preview, upload and removal when allowed. */
@org.springframework.modulith.NamedInterface("ui")
package cn.nanchang.budgetflow.attachment.ui;
