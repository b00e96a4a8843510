package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.audit.AuditCheckpoints;
import cn.nanchang.budgetflow.audit.AuditCoverage;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.base.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The audit sequence and checkpoint a 审批单 or an export rests on (issue 22 §2), so that whoever holds
 * the paper can ask for the proof of exactly those entries against exactly that checkpoint.
 */
@Component
class AuditAnchors {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final AuditLog audit;
    private final AuditCheckpoints checkpoints;
    private final Messages messages;

    AuditAnchors(AuditLog audit, AuditCheckpoints checkpoints, Messages messages) {
        this.audit = audit;
        this.checkpoints = checkpoints;
        this.messages = messages;
    }

    AuditCoverage ofDocument(long documentId) {
        return checkpoints.coverage(audit.documentTrail(documentId).stream().mapToLong(AuditEntry::getSeq).max().orElse(0));
    }

    String text(AuditCoverage coverage) {
        if (coverage.lastSeq() <= 0) {
            return messages.get("audit.coverage.none");
        }
        return coverage.anchored()
            ? messages.get("audit.coverage.anchored", coverage.lastSeq(), coverage.checkpointSeq(), TIME.format(coverage.checkpointAt()))
            : messages.get("audit.coverage.pending", coverage.lastSeq());
    }
}
