/**
 * Government procurement plans (政府采购计划): items funded by lines of approved budgets, their
 * validation against those lines and the procurement limits of unit policy, the flag for items
 * outside government procurement, the procurement-intention notices (采购意向公开), and the
 * plan's editor and pages. Approval goes through the shared document life cycle; the plan
 * supplies the routing facts (method, changed method) that the routing table reads.
 */
package cn.nanchang.budgetflow.procurement;
