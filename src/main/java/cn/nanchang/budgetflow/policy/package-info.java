/**
 * Unit policy kept as data: the amounts at which a collective decision (三重一大), the bureau's
 * review or a procurement procedure applies. Read by the routing decision table and by
 * procurement validation; changed only by the administrator, and every change is audited.
 */
package cn.nanchang.budgetflow.policy;
