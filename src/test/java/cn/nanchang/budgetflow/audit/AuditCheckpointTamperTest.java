package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.audit.CheckpointVerification.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checkpoints that left the building against damage a chain walk alone cannot see: the newest
 * entries deleted together with the head set back. Shares {@link AuditChainTamperTest}'s context;
 * each test puts back what it damaged.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.test.context=audit-tamper")
@WithMockUser(roles = "AUDITOR")
class AuditCheckpointTamperTest {

    @Autowired
    AuditLog log;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    AuditCheckpoints checkpoints;
    @Autowired
    AuditProofs proofs;
    @Autowired
    AuditEntryRepository entries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private long record(String comment) {
        return transactions.execute(s -> log.record(AuditRecord.of(AuditAction.APPROVE, "head1", "SECTION_HEAD")
            .document("BUDGET_DRAFT", 43L, "YS-2024-0043").comment(comment)).getSeq());
    }

    /** The checkpoint as the auditor holds it: the file's text, read back. */
    private AuditCheckpoint exported() throws Exception {
        AuditCheckpoint made = checkpoints.create();
        try (var files = Files.list(checkpoints.directory())) {
            List<Path> written = files.filter(f -> f.getFileName().toString().startsWith("audit-checkpoint-" + made.seq() + "-")).toList();
            assertThat(written).isNotEmpty();
            return AuditCheckpoints.parse(Files.readString(written.get(written.size() - 1))).orElseThrow();
        }
    }

    @Test
    void deleting_the_newest_entries_and_the_head_together_passes_the_chain_walk_but_not_the_exported_checkpoint() throws Exception {
        record("一");
        long second = record("二");
        long third = record("三");
        AuditCheckpoint held = exported();
        assertThat(held.seq()).isEqualTo(third);

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq", second);
        Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
        String firstHash = jdbc.queryForObject("SELECT entry_hash FROM audit_entry WHERE seq = ?", String.class, second - 1);
        jdbc.update("DELETE FROM audit_entry WHERE seq >= ?", second);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", second - 1, firstHash);
        try {
            assertThat(verifier.verifyForOperator().intact()).as("the walk alone cannot see a clean cut").isTrue();

            CheckpointVerification result = checkpoints.verify(List.of(held));

            assertThat(result.intact()).isFalse();
            assertThat(result.findings()).extracting(Finding::entrySeq, Finding::problem).containsExactly(org.assertj.core.groups.Tuple.tuple(third, "MISSING"));
            assertThat(result.findings().get(0).message()).contains("第" + third + "条");
        } finally {
            rows.forEach(row -> new SimpleJdbcInsert(jdbc).withTableName("audit_entry").execute(row));
            jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", head.get("last_seq"), head.get("last_hash"));
        }
        assertThat(checkpoints.verify(List.of(held)).intact()).isTrue();
    }

    @Test
    void entries_after_the_newest_checkpoint_are_counted_and_checked_for_their_seals() throws Exception {
        AuditCheckpoint older = exported();
        record("四");
        AuditCheckpoint newer = exported();
        record("五");
        record("六");

        CheckpointVerification result = checkpoints.verify(List.of(newer, older));

        assertThat(result.intact()).as(result.message()).isTrue();
        assertThat(result.newestCheckpointSeq()).isEqualTo(newer.seq());
        assertThat(result.entriesAfterNewest()).isEqualTo(2);
        assertThat(result.entriesAfterNewestKeyed()).isTrue();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void a_rewrite_with_recomputed_hashes_disagrees_with_the_checkpoint_and_a_forged_checkpoint_is_refused() throws Exception {
        long victim = record("七");
        AuditCheckpoint held = exported();
        DatabaseOnlyRewrite attack = new DatabaseOnlyRewrite(jdbc, entries);
        attack.changeActorAndRecompute("director", victim);
        try {
            CheckpointVerification result = checkpoints.verify(List.of(held));
            assertThat(result.findings()).extracting(Finding::problem).containsExactly("ALTERED");
            assertThat(result.chain().problem()).isEqualTo("FORGED");
        } finally {
            attack.undo();
        }
        AuditCheckpoint forged = new AuditCheckpoint(held.format(), held.seq() - 1, held.headHash(), held.merkleRoot(),
            held.createdAt(), held.suite(), held.keyFingerprint(), held.signature());
        assertThat(checkpoints.verify(List.of(forged)).findings()).extracting(Finding::problem).containsExactly("SIGNATURE");
    }

    @Test
    void an_inclusion_and_a_consistency_proof_check_out_against_the_checkpoints_without_the_database_and_fail_when_altered()
            throws Exception {
        long mine = record("八");
        AuditCheckpoint older = exported();
        record("九");
        AuditCheckpoint newer = exported();

        AuditProofs.InclusionProof inclusion = proofs.inclusion(mine, newer.seq());
        assertThat(AuditProofCheck.inclusion(inclusion, newer)).startsWith("OK");
        AuditProofs.InclusionProof altered = new AuditProofs.InclusionProof(inclusion.suite(), inclusion.seq(), inclusion.treeSize(),
            inclusion.prevHash(), inclusion.canonical().replace("八", "拾"), inclusion.entryHash(), inclusion.path(), inclusion.root());
        assertThat(AuditProofCheck.inclusion(altered, newer)).startsWith("FAILED");
        AuditProofs.InclusionProof otherEntry = proofs.inclusion(mine - 1, newer.seq());
        AuditProofs.InclusionProof swapped = new AuditProofs.InclusionProof(inclusion.suite(), inclusion.seq(), inclusion.treeSize(),
            otherEntry.prevHash(), otherEntry.canonical(), otherEntry.entryHash(), inclusion.path(), inclusion.root());
        assertThat(AuditProofCheck.inclusion(swapped, newer)).startsWith("FAILED");

        AuditProofs.ConsistencyProof consistency = proofs.consistency(older.seq(), newer.seq());
        assertThat(AuditProofCheck.consistency(consistency, older, newer)).startsWith("OK");

        // an old entry rewritten (with the key even): the tree now differs from the one the older checkpoint signed
        DatabaseOnlyRewrite attack = new DatabaseOnlyRewrite(jdbc, entries);
        attack.changeActorAndRecompute("director", mine);
        try {
            AuditProofs.ConsistencyProof afterRewrite = proofs.consistency(older.seq(), newer.seq());
            assertThat(AuditProofCheck.consistency(afterRewrite, older, newer)).startsWith("FAILED");
            assertThat(AuditProofCheck.inclusion(proofs.inclusion(mine, newer.seq()), newer)).startsWith("FAILED");
        } finally {
            attack.undo();
        }
    }
}
