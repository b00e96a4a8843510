/**
 * The reviewers' side of every document: deciding a task (and in batches), whom one acts for
 * (代理审批), handing a task over (转办, 委派), added signers (加签/减签), chases (催办), copies
 * (抄送, which also grant reading), the other operations (退回 to a step, 撤回, 作废), the
 * collective decision (主任办公会), the inbox and the done list, and the notices that ask people
 * to work. Built on the document core; the engine is reached only through {@code workflow}.
 */
package cn.nanchang.budgetflow.approval;
