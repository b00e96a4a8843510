/**
 * Who is asking: sign-in for the UI (form login) and the API (HTTP Basic) over the same
 * accounts, the current {@link cn.nanchang.budgetflow.security.Actor}, and the recording of sign-ins and failed
 * sign-ins in the audit log.
 */
package cn.nanchang.budgetflow.security;
