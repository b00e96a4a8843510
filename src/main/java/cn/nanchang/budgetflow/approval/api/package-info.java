/** REST endpoints of the reviewers' side: tasks, batches, hand-overs, added signers, copies, proxies and operations. */
package cn.nanchang.budgetflow.approval.api;
