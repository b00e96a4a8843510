/**
 * The login page, and what the application frame ({@link cn.nanchang.budgetflow.base.ui.MainLayout})
 * shows of the signed-in person: their name and role, the bell, logout, where they start and the
 * role's own menu labels ({@link cn.nanchang.budgetflow.security.ui.SignedInFrame}).
 */
@org.springframework.modulith.NamedInterface("ui")
package cn.nanchang.budgetflow.security.ui;
