package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation upgraded from the unkeyed chain: its entries are not rewritten; the first start
 * with a key appends a keyed AUDIT_KEY entry over the existing head, which then covers them.
 * Builds such a chain in the audit-tamper context's database and puts the real one back after.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.test.context=audit-tamper")
class AuditChainMigrationTest {

    @Autowired
    AuditLog log;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    AuditEntryRepository entries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_unkeyed_chain_gets_a_keyed_entry_over_its_head_and_a_rewrite_beneath_it_is_caught_there() {
        List<Map<String, Object>> saved = jdbc.queryForList("SELECT * FROM audit_entry ORDER BY seq");
        Map<String, Object> head = jdbc.queryForMap("SELECT * FROM audit_chain_head WHERE id = 1");
        try {
            jdbc.update("DELETE FROM audit_entry");
            String previous = AuditChain.GENESIS;
            for (int seq = 1; seq <= 3; seq++) {
                previous = insertUnkeyed(seq, previous);
            }
            jdbc.update("UPDATE audit_chain_head SET last_seq = 3, last_hash = ?, key_fingerprint = NULL WHERE id = 1", previous);
            String unkeyedHead = previous;

            log.openKeySegment();

            Map<String, Object> opening = jdbc.queryForMap("SELECT action, prev_hash, seal, details FROM audit_entry WHERE seq = 4");
            assertThat(opening.get("action")).isEqualTo("AUDIT_KEY");
            assertThat(opening.get("prev_hash")).isEqualTo(unkeyedHead);
            assertThat((String) opening.get("details")).contains("previous=-");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE seq <= 3 AND seal IS NULL", Integer.class)).isEqualTo(3);
            transactions.execute(t -> log.record(AuditRecord.of(AuditAction.APPROVE, "head1", "SECTION_HEAD")));
            assertThat(verifier.verifyForOperator().intact()).isTrue();

            new DatabaseOnlyRewrite(jdbc, entries).changeActorAndRecompute("director", 2);

            assertThat(verifier.verifyForOperator()).extracting(ChainVerification::problem, ChainVerification::firstBrokenEntry)
                .containsExactly("FORGED", 4L);
        } finally {
            jdbc.update("DELETE FROM audit_entry");
            saved.forEach(row -> new SimpleJdbcInsert(jdbc).withTableName("audit_entry").execute(row));
            jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, key_fingerprint = ? WHERE id = 1", head.get("last_seq"),
                head.get("last_hash"), head.get("key_fingerprint"));
        }
        assertThat(verifier.verifyForOperator().intact()).isTrue();
    }

    /** An entry as the application wrote it before issue 22: SHA-256 chain, no seal. */
    private String insertUnkeyed(int seq, String previous) {
        Instant at = Instant.parse("2025-06-0" + seq + "T08:00:00Z");
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor, actor_role, action, comment_text, seq, prev_hash, entry_hash) "
            + "VALUES (?, 'head1', 'SECTION_HEAD', 'APPROVE', ?, ?, ?, 'pending')", java.sql.Timestamp.from(at), "同意 " + seq, seq, previous);
        AuditEntry stored = entries.findBySeq((long) seq).orElseThrow();
        String hash = AuditChain.hash(previous, stored);
        jdbc.update("UPDATE audit_entry SET entry_hash = ? WHERE seq = ?", hash, seq);
        return hash;
    }
}
