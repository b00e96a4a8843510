package cn.nanchang.budgetflow.audit;

import cn.nanchang.budgetflow.audit.ChainVerification.Damage;
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

    AuditVerifier(AuditEntryRepository entries, AuditChainHeadRepository head) {
        this.entries = entries;
        this.head = head;
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
                        "第" + expectedSeq + "条记录缺失" + (e.getSeq() - expectedSeq > 1 ? "（至第" + (e.getSeq() - 1) + "条）" : "") + "：记录已被删除");
                }
                if (!previousHash.equals(e.getPrevHash()) || !AuditChain.hash(e.getPrevHash(), e).equals(e.getEntryHash())) {
                    return ChainVerification.broken(expectedSeq - 1, expectedSeq, Damage.ALTERED,
                        "第" + expectedSeq + "条记录（ID " + e.getId() + "）内容与哈希不符：记录已被修改");
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
                "审计链应有" + recorded.getLastSeq() + "条记录，实际只到第" + lastSeq + "条：最新的记录已被删除");
        }
        if (recorded.getLastSeq() < lastSeq || !recorded.getLastHash().equals(lastHash)) {
            return ChainVerification.broken(lastSeq, Math.min(lastSeq, recorded.getLastSeq() + 1), Damage.ALTERED,
                "审计链末端与链头记录不符：记录已被修改或伪造");
        }
        return ChainVerification.intact(lastSeq);
    }
}
