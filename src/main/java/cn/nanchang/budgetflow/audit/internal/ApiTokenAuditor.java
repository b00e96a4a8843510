package cn.nanchang.budgetflow.audit.internal;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.security.ApiTokenEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the issue and revocation of API tokens, in the transaction that does them. The token id
 * lets an auditor tie the two together; the token itself is never written anywhere. Refused tokens
 * arrive as failed sign-ins ({@link SignInAuditor}).
 */
@Component
class ApiTokenAuditor {

    private final AuditLog audit;

    ApiTokenAuditor(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onIssued(ApiTokenEvents.Issued event) {
        audit.record(AuditRecord.of(AuditAction.API_TOKEN_ISSUED, event.to().username(), event.to().role().name())
            .details("令牌 #" + event.tokenId() + "，有效至 " + event.expiresAt()));
    }

    @EventListener
    void onRevoked(ApiTokenEvents.Revoked event) {
        audit.record(AuditRecord.of(AuditAction.API_TOKEN_REVOKED, event.by().username(), event.by().role().name())
            .details("令牌 #" + event.tokenId()));
    }
}
