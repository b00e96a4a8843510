package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.it.FreshMariaDbDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 22's database-only attack on MariaDB with the production profile: change an old entry
 * and the newest one, recompute every hash and the head the way the code does, update the
 * database directly. Without the audit key the seals cannot follow, and verification names the
 * old entry as the first that disagrees.
 */
@ExtendWith(FreshMariaDbDatabase.class)
@SpringBootTest(properties = {"budgetflow.demo-data=true", "budgetflow.demo-documents=false"})
@ActiveProfiles("mysql")
@DirtiesContext
class AuditChainMariaDbIT {

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

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        FreshMariaDbDatabase.register(registry);
    }

    @Test
    void a_database_only_rewrite_with_recomputed_hashes_and_head_is_reported_at_the_first_rewritten_entry() {
        List<Long> seqs = List.of(1, 2, 3, 4).stream()
            .map(i -> transactions.execute(s -> log.record(AuditRecord.of(AuditAction.APPROVE, "head1", "SECTION_HEAD")
                .document("BUDGET_DRAFT", 42L, "YS-2024-0042").comment("同意 " + i)).getSeq()))
            .toList();
        assertThat(verifier.verifyForOperator().intact()).isTrue();

        new DatabaseOnlyRewrite(jdbc, entries).changeActorAndRecompute("director", seqs.get(0), seqs.get(3));
        ChainVerification result = verifier.verifyForOperator();

        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo("FORGED");
        assertThat(result.firstBrokenEntry()).isEqualTo(seqs.get(0));
        // the rewrite itself went through: the hashes and the head agree with the changed rows
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_entry WHERE seq = ?", String.class, seqs.get(3))).isEqualTo("director");
    }
}
