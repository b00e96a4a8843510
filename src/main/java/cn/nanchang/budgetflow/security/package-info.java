/**
 * Who is asking: sign-in for the UI (form login) and the API (HTTP Basic) over the same
 * accounts, the current {@link cn.nanchang.budgetflow.security.Actor}. Sign-ins are recorded by the audit module,
 * which listens to Spring Security's events.
 */
package cn.nanchang.budgetflow.security;
