package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What the engine needs to route one document. {@code facts} are what the document's type adds
 * for the routing table, by the table's input names (see {@link ProcessVariables}); a procurement
 * plan gives its method and whether it was changed, other types give none. A fact may be null.
 */
public record ApprovalRequest(DocumentType type, long documentId, String sectionCode, String drafter, Money amount,
        Map<String, Object> facts) {

    public ApprovalRequest {
        facts = Collections.unmodifiableMap(new HashMap<>(facts));
    }

    public ApprovalRequest(DocumentType type, long documentId, String sectionCode, String drafter, Money amount) {
        this(type, documentId, sectionCode, drafter, amount, Map.of());
    }
}
