package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.util.List;

/** A step of a document's predicted route with the people who will handle it (display names). */
public record PathStep(ApprovalStep step, boolean current, List<String> handlers) {
}
