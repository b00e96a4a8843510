/**
 * The audit log: one append-only entry per action (who, in which role, when, on which document
 * and task, what, with which comment, status before and after). Entries are written in the
 * transaction of the action they record, so an action and its record stand or fall together.
 * Sign-ins, failed sign-ins and sign-outs are recorded here from Spring Security's events.
 */
package cn.nanchang.budgetflow.audit;
