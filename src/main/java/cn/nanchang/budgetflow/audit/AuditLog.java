package cn.nanchang.budgetflow.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads audit entries. {@link #record} joins the caller's transaction: if the action
 * rolls back, so does its entry, and an entry never exists for an action that did not happen.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository head;
    private final AuditKeyring keys;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, AuditChainHeadRepository head, AuditKeyring keys, Clock clock) {
        this.entries = entries;
        this.head = head;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Appends a sealed entry to the hash chain; the chain head stays locked until the caller's
     * transaction ends. One insert and the head's update, as before keying: the seal is a column
     * of the insert. Only when the configured key has changed is a key entry appended first.
     */
    @Transactional
    public AuditEntry record(AuditRecord record) {
        AuditChainHead current = lockedHead();
        AuditKey key = openSegmentIfNeeded(current);
        return append(current, record, key);
    }

    /** At start-up: a new key (or the first one, over an unkeyed chain) opens its segment now rather than at the next action. */
    @Transactional
    public void openKeySegment() {
        openSegmentIfNeeded(lockedHead());
    }

    private AuditChainHead lockedHead() {
        return head.lockHead().orElseThrow(() -> new IllegalStateException("audit chain head missing"));
    }

    private AuditKey openSegmentIfNeeded(AuditChainHead current) {
        AuditKey key = keys.current();
        if (!key.fingerprint().equals(current.getKeyFingerprint())) {
            append(current, AuditChain.keyRecord(key, current.getKeyFingerprint()), key);
            current.sealedWith(key.fingerprint());
        }
        return key;
    }

    private AuditEntry append(AuditChainHead current, AuditRecord record, AuditKey key) {
        AuditEntry entry = entries.save(new AuditEntry(current.getLastSeq() + 1, current.getLastHash(), clock.instant(), record, key));
        current.advance(entry.getSeq(), entry.getEntryHash(), clock.instant());
        return entry;
    }

    /** Everything recorded on one document, oldest first. Callers check that the reader may see it. */
    @Transactional(readOnly = true)
    public List<AuditEntry> documentTrail(long documentId) {
        return entries.findByDocumentIdOrderByIdAsc(documentId);
    }

    /** The documents on which any of these people did anything that was recorded. */
    @Transactional(readOnly = true)
    public Set<Long> documentsActedOnBy(Collection<String> actors) {
        return actors.isEmpty() ? Set.of() : Set.copyOf(entries.documentIdsActedOnBy(actors));
    }

    /** The newest entries of these actions, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(Collection<AuditAction> actions, int limit) {
        return entries.findByActionInOrderBySeqDesc(actions, org.springframework.data.domain.PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> byActor(String actor, AuditAction action) {
        return entries.findByActorAndActionOrderByIdDesc(actor, action);
    }
}
