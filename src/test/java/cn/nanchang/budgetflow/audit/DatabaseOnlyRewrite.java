package cn.nanchang.budgetflow.audit;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attack of issue 22, as someone with write access to the database but not the audit key
 * would make it: change entries with SQL, recompute every following hash with the suite each
 * segment names (the algorithm is in the code for anyone to read) and set the chain head to the
 * new end. The seals cannot be recomputed without the key, so they are left as they were.
 * {@link #undo} puts every changed row and the head back.
 */
final class DatabaseOnlyRewrite {

    private final JdbcTemplate jdbc;
    private final AuditEntryRepository entries;
    private List<Map<String, Object>> savedRows;
    private Map<String, Object> savedHead;

    DatabaseOnlyRewrite(JdbcTemplate jdbc, AuditEntryRepository entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    /** Names {@code actor} as the actor of each of {@code seqs} and recomputes the chain from the first of them. */
    void changeActorAndRecompute(String actor, long... seqs) {
        long from = java.util.Arrays.stream(seqs).min().orElseThrow();
        savedRows = jdbc.queryForList("SELECT seq, actor, prev_hash, entry_hash FROM audit_entry WHERE seq >= ? ORDER BY seq", from);
        savedHead = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
        for (long seq : seqs) {
            jdbc.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", actor, seq);
        }
        AuditSuite suite = AuditSuite.SHA256_HMAC;
        String previous = AuditChain.GENESIS;
        long afterSeq = 0;
        List<AuditEntry> page;
        do {
            page = entries.chainAfter(afterSeq, PageRequest.of(0, 1000));
            for (AuditEntry e : page) {
                if (e.getAction() == AuditAction.AUDIT_KEY) {
                    suite = AuditSuite.valueOf(AuditChain.keyDetails(e.getDetails()).get("suite"));
                }
                if (e.getSeq() >= from) {
                    String hash = AuditChain.hash(suite, previous, e);
                    jdbc.update("UPDATE audit_entry SET prev_hash = ?, entry_hash = ? WHERE seq = ?", previous, hash, e.getSeq());
                    previous = hash;
                } else {
                    previous = e.getEntryHash();
                }
                afterSeq = e.getSeq();
            }
        } while (page.size() == 1000);
        jdbc.update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", previous);
    }

    void undo() {
        for (Map<String, Object> row : savedRows) {
            jdbc.update("UPDATE audit_entry SET actor = ?, prev_hash = ?, entry_hash = ? WHERE seq = ?", row.get("actor"),
                row.get("prev_hash"), row.get("entry_hash"), row.get("seq"));
        }
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", savedHead.get("last_seq"),
            savedHead.get("last_hash"));
    }
}
