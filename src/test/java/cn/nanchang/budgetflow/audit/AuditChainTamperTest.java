package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Damages the audit table the way someone with database access would, through JDBC, and checks
 * that verification pinpoints it: an altered row, a deleted middle row, deleted newest rows.
 * Each test restores what it damaged, so the chain is intact again for the next one.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.test.context=audit-tamper")
class AuditChainTamperTest {

    @Autowired
    AuditLog log;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditEntryRepository entries;
    @Autowired
    AuditKeyring keys;

    private List<Long> seqs;

    @BeforeEach
    void writeFiveEntries() {
        seqs = List.of(1, 2, 3, 4, 5).stream()
            .map(i -> transactions.execute(s -> log.record(AuditRecord.of(AuditAction.APPROVE, "head1", "SECTION_HEAD")
                .document("BUDGET_DRAFT", 42L, "YS-2024-0042").comment("同意 " + i)).getSeq()))
            .toList();
        assertThat(verifier.verifyForOperator().intact()).isTrue();
    }

    @Test
    void an_altered_row_is_reported_at_that_row() {
        long victim = seqs.get(2);
        String original = jdbc.queryForObject("SELECT comment_text FROM audit_entry WHERE seq = ?", String.class, victim);
        jdbc.update("UPDATE audit_entry SET comment_text = ? WHERE seq = ?", "退回", victim);
        try {
            ChainVerification result = verifier.verifyForOperator();

            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo("ALTERED");
            assertThat(result.firstBrokenEntry()).isEqualTo(victim);
        } finally {
            jdbc.update("UPDATE audit_entry SET comment_text = ? WHERE seq = ?", original, victim);
        }
        assertThat(verifier.verifyForOperator().intact()).isTrue();
    }

    @Test
    void an_altered_amount_in_the_details_is_caught_even_with_the_hash_column_left_alone() {
        long victim = seqs.get(0);
        jdbc.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", "director", victim);
        try {
            assertThat(verifier.verifyForOperator()).extracting(ChainVerification::problem, ChainVerification::firstBrokenEntry)
                .containsExactly("ALTERED", victim);
        } finally {
            jdbc.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", "head1", victim);
        }
    }

    @Test
    void an_altered_value_in_an_edits_field_changes_is_reported_at_that_entry() {
        long victim = transactions.execute(t -> log.record(AuditRecord.of(AuditAction.EDIT, "staff1", "STAFF")
            .document("BUDGET_DRAFT", 42L, "YS-2024-0042")
            .changes(List.of(new FieldChange("预算明细", 2, 2, "金额（元）", "1,000.00", "1,200.00")))).getSeq());
        assertThat(verifier.verifyForOperator().intact()).isTrue();
        String original = jdbc.queryForObject("SELECT field_changes FROM audit_entry WHERE seq = ?", String.class, victim);
        assertThat(original).contains("\"before\":\"1,000.00\"", "\"after\":\"1,200.00\"");
        jdbc.update("UPDATE audit_entry SET field_changes = ? WHERE seq = ?", original.replace("1,200.00", "1,100.00"), victim);
        try {
            assertThat(verifier.verifyForOperator()).extracting(ChainVerification::problem, ChainVerification::firstBrokenEntry)
                .containsExactly("ALTERED", victim);
        } finally {
            jdbc.update("UPDATE audit_entry SET field_changes = ? WHERE seq = ?", original, victim);
        }
        assertThat(verifier.verifyForOperator().intact()).isTrue();
    }

    @Test
    void a_deleted_middle_row_is_reported_as_a_gap() {
        long victim = seqs.get(1);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", victim);
        jdbc.update("DELETE FROM audit_entry WHERE seq = ?", victim);
        try {
            ChainVerification result = verifier.verifyForOperator();

            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo("MISSING");
            assertThat(result.firstBrokenEntry()).isEqualTo(victim);
        } finally {
            restore(row);
        }
        assertThat(verifier.verifyForOperator().intact()).isTrue();
    }

    @Test
    void deleting_the_newest_rows_is_detected_against_the_chain_head() {
        long last = seqs.get(4);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq", last - 1);
        jdbc.update("DELETE FROM audit_entry WHERE seq >= ?", last - 1);
        try {
            ChainVerification result = verifier.verifyForOperator();

            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo("TRUNCATED");
            assertThat(result.firstBrokenEntry()).isEqualTo(last - 1);
        } finally {
            rows.forEach(this::restore);
        }
        assertThat(verifier.verifyForOperator().intact()).isTrue();
    }

    @Test
    void rewriting_an_old_and_the_newest_entry_with_recomputed_hashes_and_head_is_reported_at_the_old_one() {
        long old = seqs.get(1);
        long newest = seqs.get(4);
        DatabaseOnlyRewrite attack = new DatabaseOnlyRewrite(jdbc, entries);
        attack.changeActorAndRecompute("director", old, newest);
        try {
            ChainVerification result = verifier.verifyForOperator();

            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo("FORGED");
            assertThat(result.firstBrokenEntry()).isEqualTo(old);
            assertThat(result.message()).contains("第" + old + "条", "密钥封签不符");
        } finally {
            attack.undo();
        }
        assertThat(verifier.verifyForOperator().intact()).isTrue();
    }

    @Test
    void rewriting_only_the_newest_entry_with_recomputed_hash_and_head_is_reported_at_it() {
        long newest = seqs.get(4);
        DatabaseOnlyRewrite attack = new DatabaseOnlyRewrite(jdbc, entries);
        attack.changeActorAndRecompute("director", newest);
        try {
            assertThat(verifier.verifyForOperator()).extracting(ChainVerification::problem, ChainVerification::firstBrokenEntry)
                .containsExactly("FORGED", newest);
        } finally {
            attack.undo();
        }
    }

    @Test
    void every_entry_carries_a_seal_of_the_current_key_and_the_chain_names_that_key() {
        Map<String, Object> row = jdbc.queryForMap("SELECT entry_hash, seal FROM audit_entry WHERE seq = ?", seqs.get(0));
        assertThat(keys.current().verifies((String) row.get("entry_hash"), (String) row.get("seal"))).isTrue();
        List<String> keyEntries = jdbc.queryForList("SELECT details FROM audit_entry WHERE action = 'AUDIT_KEY' ORDER BY seq", String.class);
        assertThat(keyEntries).isNotEmpty();
        assertThat(keyEntries.get(keyEntries.size() - 1)).contains("key=" + keys.current().fingerprint());
    }

    @Test
    void a_rotated_key_and_a_switch_to_the_sm3_sm2_suite_each_open_a_segment_and_the_whole_chain_still_verifies() {
        AuditKey before = keys.current();
        AuditKey rotated = keys.rotate("audit-rotated-" + System.nanoTime(), AuditSuite.SHA256_HMAC);
        long rotatedAt = transactions.execute(t -> log.record(AuditRecord.of(AuditAction.APPROVE, "head1", "SECTION_HEAD")).getSeq()) - 1;
        AuditKey sm2 = keys.rotate("audit-sm2-" + System.nanoTime(), AuditSuite.SM3_SM2);
        long sm2At = transactions.execute(t -> log.record(AuditRecord.of(AuditAction.APPROVE, "head1", "SECTION_HEAD")).getSeq()) - 1;

        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE seq = ?", String.class, rotatedAt))
            .contains("suite=SHA256_HMAC", "key=" + rotated.fingerprint(), "previous=" + before.fingerprint());
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE seq = ?", String.class, sm2At))
            .contains("suite=SM3_SM2", "key=" + sm2.fingerprint(), "public=" + sm2.publicPart());
        assertThat(verifier.verifyForOperator().intact()).isTrue();
        // the entries before the rotation still verify with the old key, which the keyring keeps
        assertThat(keys.byFingerprint(before.fingerprint())).isPresent();

        DatabaseOnlyRewrite attack = new DatabaseOnlyRewrite(jdbc, entries);
        attack.changeActorAndRecompute("director", sm2At + 1);
        try {
            assertThat(verifier.verifyForOperator()).extracting(ChainVerification::problem, ChainVerification::firstBrokenEntry)
                .containsExactly("FORGED", sm2At + 1);
        } finally {
            attack.undo();
        }
    }

    private void restore(Map<String, Object> row) {
        new SimpleJdbcInsert(jdbc).withTableName("audit_entry").execute(row);
    }
}
