/**
 * User administration for the system administrator: creating accounts, changing a person's
 * name, role and section, disabling and enabling accounts, resetting passwords. Every change is
 * recorded in the audit log with the values before and after (never a password). A person's
 * approval groups follow from their role and section, so a change takes effect at their next
 * request; review tasks they had claimed but may no longer take go back to their groups.
 * Also the operator's way to the first administrator of an empty database (the jar's bootstrap
 * mode), and 异常任务: the engine's failed background jobs, with an audited retry.
 * 花名册导入: the organisation's people from an xlsx, checked row by row with the form's rules,
 * previewed, and applied all or nothing; new accounts get a one-time password to be replaced at first sign-in.
 */
package cn.nanchang.budgetflow.administration;
