/**
 * Who is asking: sign-in for the UI (form login) and the API (HTTP Basic) over the same
 * accounts, and the current {@link cn.nanchang.budgetflow.security.Actor}. Sign-ins are recorded by the audit
 * module, which listens to Spring Security's events: security itself does not depend on audit.
 */
package cn.nanchang.budgetflow.security;
