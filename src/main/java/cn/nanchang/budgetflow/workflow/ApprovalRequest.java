package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;

/**
 * What the engine needs to route one document. The procurement method and whether it was
 * changed matter only for procurement plans; they are null otherwise.
 */
public record ApprovalRequest(DocumentType type, long documentId, String sectionCode, String drafter, Money amount,
        String procurementMethod, Boolean methodChanged) {

    public ApprovalRequest(DocumentType type, long documentId, String sectionCode, String drafter, Money amount) {
        this(type, documentId, sectionCode, drafter, amount, null, null);
    }
}
