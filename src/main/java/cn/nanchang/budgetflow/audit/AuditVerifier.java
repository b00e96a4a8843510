package cn.nanchang.budgetflow.audit;

import cn.nanchang.budgetflow.audit.ChainVerification.Damage;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.security.Roles;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the hash chain from the first entry, checks each keyed entry's seal with the key its
 * segment names, and compares the end with the chain head kept outside the audit table; then checks each audited
 * file's bytes against the digest its entry recorded ({@link FileDigestCheck}). Reads in pages so that a long log does not fill memory.
 */
@Service
@Transactional(readOnly = true)
public class AuditVerifier {

    private static final int PAGE = 1000;

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository head;
    private final AuditKeyring keys;
    private final Messages messages;
    private final FileDigestCheck fileDigests;

    AuditVerifier(AuditEntryRepository entries, AuditChainHeadRepository head, AuditKeyring keys, Messages messages,
            FileDigestCheck fileDigests) {
        this.entries = entries;
        this.fileDigests = fileDigests;
        this.keys = keys;
        this.head = head;
        this.messages = messages;
    }

    @Roles.AuditChainReader
    public ChainVerification verify() {
        return verifyForOperator();
    }

    /** The same check without a signed-in user, for the operators' command line. */
    public ChainVerification verifyForOperator() {
        Walk walk = new Walk();
        long afterSeq = 0;
        List<AuditEntry> page;
        do {
            page = entries.chainAfter(afterSeq, PageRequest.of(0, PAGE));
            for (AuditEntry e : page) {
                ChainVerification broken = walk.check(e);
                if (broken != null) {
                    return broken;
                }
                afterSeq = e.getSeq();
            }
        } while (page.size() == PAGE);
        if (walk.key == null && walk.expectedSeq > 1) {
            // a keyed application always has a key entry: a chain without one was cut back to before it
            return ChainVerification.broken(walk.expectedSeq - 1, walk.expectedSeq, Damage.FORGED, messages.get("audit.chain.unkeyed"));
        }
        return compareWithHead(walk.expectedSeq - 1, walk.previousHash);
    }

    /**
     * The state of a walk along the chain: the next expected sequence and previous hash, and the
     * suite and key of the current segment, taken from the newest {@link AuditAction#AUDIT_KEY}
     * entry. Entries before the first key entry are the unkeyed SHA-256 chain of before issue 22.
     */
    private final class Walk {
        String previousHash = AuditChain.GENESIS;
        long expectedSeq = 1;
        AuditKey key;

        ChainVerification check(AuditEntry e) {
            long seq = expectedSeq;
            if (e.getSeq() != seq) {
                return ChainVerification.broken(seq - 1, seq, Damage.MISSING,
                    e.getSeq() - seq > 1 ? messages.get("audit.chain.missingRange", seq, e.getSeq() - 1)
                        : messages.get("audit.chain.missing", seq));
            }
            if (e.getAction() == AuditAction.AUDIT_KEY) {
                String fingerprint = AuditChain.keyDetails(e.getDetails()).get("key");
                key = fingerprint == null ? null : keys.byFingerprint(fingerprint).orElse(null);
                if (key == null) {
                    return ChainVerification.broken(seq - 1, seq, Damage.FORGED, messages.get("audit.chain.unknownKey", seq, fingerprint));
                }
            }
            AuditSuite suite = key == null ? AuditSuite.SHA256_HMAC : key.suite();
            if (!previousHash.equals(e.getPrevHash()) || !AuditChain.hash(suite, e.getPrevHash(), e).equals(e.getEntryHash())) {
                return ChainVerification.broken(seq - 1, seq, Damage.ALTERED, messages.get("audit.chain.altered", seq, e.getId()));
            }
            if (key != null && !key.verifies(e.getEntryHash(), e.getSeal())) {
                return ChainVerification.broken(seq - 1, seq, Damage.FORGED, messages.get("audit.chain.forged", seq, e.getId()));
            }
            previousHash = e.getEntryHash();
            expectedSeq++;
            return null;
        }
    }

    private ChainVerification compareWithHead(long lastSeq, String lastHash) {
        AuditChainHead recorded = head.findById(AuditChainHead.ID).orElseThrow();
        if (recorded.getLastSeq() > lastSeq) {
            return ChainVerification.broken(lastSeq, lastSeq + 1, Damage.TRUNCATED,
                messages.get("audit.chain.truncated", recorded.getLastSeq(), lastSeq));
        }
        if (recorded.getLastSeq() < lastSeq || !recorded.getLastHash().equals(lastHash)) {
            return ChainVerification.broken(lastSeq, Math.min(lastSeq, recorded.getLastSeq() + 1), Damage.ALTERED,
                messages.get("audit.chain.headMismatch"));
        }
        // only an intact chain's digests can be trusted to judge the files by
        return fileDigests.check(lastSeq, ChainVerification.intact(lastSeq, messages.get("audit.chain.intact", lastSeq)));
    }
}
