/** The login page and the application frame ({@link cn.nanchang.budgetflow.security.ui.MainLayout}). */
@org.springframework.modulith.NamedInterface("ui")
package cn.nanchang.budgetflow.security.ui;
