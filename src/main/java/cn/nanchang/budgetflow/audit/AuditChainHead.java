package cn.nanchang.budgetflow.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The newest entry's sequence number and hash, kept outside the audit table. One row. */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final int ID = 1;

    @Id
    private Integer id;
    private long lastSeq;
    private String lastHash;
    private Instant updatedAt;
    /** The fingerprint of the key that sealed the newest entry; null before the chain was keyed. */
    private String keyFingerprint;

    protected AuditChainHead() {
    }

    void advance(long seq, String hash, Instant at) {
        this.lastSeq = seq;
        this.lastHash = hash;
        this.updatedAt = at;
    }

    void sealedWith(String fingerprint) {
        this.keyFingerprint = fingerprint;
    }

    String getKeyFingerprint() {
        return keyFingerprint;
    }

    long getLastSeq() {
        return lastSeq;
    }

    String getLastHash() {
        return lastHash;
    }
}
