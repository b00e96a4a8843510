package cn.nanchang.budgetflow.workflow;

/**
 * A step the path preview expects a document to pass: the step, the model's name for it, who
 * works on it (a candidate group, or a person when the task is assigned), and whether the
 * document waits there now.
 */
public record PredictedStep(ApprovalStep step, String name, String candidateGroup, String assignee, boolean current) {
}
