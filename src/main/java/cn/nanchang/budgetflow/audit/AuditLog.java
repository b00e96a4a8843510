package cn.nanchang.budgetflow.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads audit entries. {@link #record} joins the caller's transaction: if the action
 * rolls back, so does its entry, and an entry never exists for an action that did not happen.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public AuditEntry record(AuditRecord record) {
        return entries.save(new AuditEntry(clock.instant(), record));
    }

    /** Everything recorded on one document, oldest first. Callers check that the reader may see it. */
    @Transactional(readOnly = true)
    public List<AuditEntry> documentTrail(long documentId) {
        return entries.findByDocumentIdOrderByIdAsc(documentId);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> byActor(String actor, AuditAction action) {
        return entries.findByActorAndActionOrderByIdDesc(actor, action);
    }
}
