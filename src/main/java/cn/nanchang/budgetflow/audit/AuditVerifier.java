package cn.nanchang.budgetflow.audit;

import cn.nanchang.budgetflow.audit.ChainVerification.Damage;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.security.Roles;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the hash chain from the first entry and compares the end with the chain head kept
 * outside the audit table. Reads in pages so that a long log does not fill memory.
 */
@Service
@Transactional(readOnly = true)
public class AuditVerifier {

    private static final int PAGE = 1000;

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository head;
    private final Messages messages;

    AuditVerifier(AuditEntryRepository entries, AuditChainHeadRepository head, Messages messages) {
        this.entries = entries;
        this.head = head;
        this.messages = messages;
    }

    @Roles.AuditChainReader
    public ChainVerification verify() {
        return verifyForOperator();
    }

    /** The same check without a signed-in user, for the operators' command line. */
    public ChainVerification verifyForOperator() {
        String previousHash = AuditChain.GENESIS;
        long expectedSeq = 1;
        long afterSeq = 0;
        List<AuditEntry> page;
        do {
            page = entries.chainAfter(afterSeq, PageRequest.of(0, PAGE));
            for (AuditEntry e : page) {
                if (e.getSeq() != expectedSeq) {
                    return ChainVerification.broken(expectedSeq - 1, expectedSeq, Damage.MISSING,
                        e.getSeq() - expectedSeq > 1 ? messages.get("audit.chain.missingRange", expectedSeq, e.getSeq() - 1)
                            : messages.get("audit.chain.missing", expectedSeq));
                }
                if (!previousHash.equals(e.getPrevHash()) || !AuditChain.hash(e.getPrevHash(), e).equals(e.getEntryHash())) {
                    return ChainVerification.broken(expectedSeq - 1, expectedSeq, Damage.ALTERED,
                        messages.get("audit.chain.altered", expectedSeq, e.getId()));
                }
                previousHash = e.getEntryHash();
                expectedSeq++;
                afterSeq = e.getSeq();
            }
        } while (page.size() == PAGE);
        return compareWithHead(expectedSeq - 1, previousHash);
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
        return ChainVerification.intact(lastSeq, messages.get("audit.chain.intact", lastSeq));
    }
}
