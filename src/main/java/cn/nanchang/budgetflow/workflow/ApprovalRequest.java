package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;

/** What the engine needs to route one document. */
public record ApprovalRequest(DocumentType type, long documentId, String sectionCode, String drafter, Money amount) {
}
