/** The login page, the application frame ({@link cn.nanchang.budgetflow.security.ui.MainLayout}) and the account list. */
@org.springframework.modulith.NamedInterface("ui")
package cn.nanchang.budgetflow.security.ui;
