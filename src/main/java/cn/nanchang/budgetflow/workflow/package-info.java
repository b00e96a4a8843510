/**
 * The workflow module owns the Camunda engine. Other modules start, withdraw and resubmit
 * approvals and query and complete tasks through {@link cn.nanchang.budgetflow.workflow.ApprovalProcesses} and
 * {@link cn.nanchang.budgetflow.workflow.ApprovalTasks}, read what happened through
 * {@link cn.nanchang.budgetflow.workflow.ProcessHistory} (task history, the deployed model and the path
 * taken, as plain records), and learn about progress from
 * {@link cn.nanchang.budgetflow.workflow.ApprovalMilestone} events; {@link cn.nanchang.budgetflow.workflow.FailedJobs}
 * shows the engine's incidents and retries their jobs, and the health probe's {@code incidents} part counts them. No other module imports org.camunda.*,
 * so that a move to an API-compatible fork stays inside this package.
 */
package cn.nanchang.budgetflow.workflow;
