package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.base.DocumentType;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * The audit entry of one ledger movement, in the movement's transaction, naming the document that
 * moved the ledger by type and number; its id is kept on the entries. The document's id is left
 * out on purpose: a document's trail is its approval record (审批记录, 审批单, timeline), and a
 * freeze or 指标下达 is not a step of its approval — the ledger entry links the two instead. A
 * payment has no document of its own and is recorded under type PAYMENT.
 */
@Component
class LedgerAudit {

    static final String PAYMENT_TYPE = "PAYMENT";

    private final AuditLog log;

    LedgerAudit(AuditLog log) {
        this.log = log;
    }

    long record(AuditAction action, String actor, String role, DocumentRef doc, String comment, String details) {
        AuditRecord record = AuditRecord.of(action, actor, role).comment(comment).details(details);
        if (doc != null) {
            record = record.document(typeOf(doc.number()), null, doc.number());
        }
        return log.record(record).getId();
    }

    long payment(String actor, String role, String details) {
        return log.record(AuditRecord.of(AuditAction.PAYMENT_RECORDED, actor, role).document(PAYMENT_TYPE, null, null)
            .details(details)).getId();
    }

    /** The document type a number's prefix names (CG-2023-0001 → PROCUREMENT_PLAN); null for a prefix not known here. */
    static String typeOf(String number) {
        if (number == null) {
            return null;
        }
        String prefix = number.contains("-") ? number.substring(0, number.indexOf('-')) : number;
        return Arrays.stream(DocumentType.values()).filter(t -> t.numberPrefix().equals(prefix)).findFirst()
            .map(Enum::name).orElse(null);
    }
}
