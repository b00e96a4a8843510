package cn.nanchang.budgetflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.it.AppProcess.Target;
import cn.nanchang.budgetflow.it.DraftApprovals.Draft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Upgrades that migrate (issue 20 §4): the last released version (CHANGELOG.md; the commit is
 * {@code it.upgrade.from}, updated by the release procedure) runs on a fresh MariaDB database and
 * leaves budget drafts in every state there; then the current build starts on that database. Flyway
 * brings it to the newest migration, Camunda's schema is at the engine's version, the documents read
 * as before, the open approvals continue to the end, and the audit chain verifies.
 */
@ExtendWith(FreshMariaDbDatabase.class)
class SchemaUpgradeIT {

    /** The commit of the last release (CHANGELOG.md). */
    private static final String RELEASED = System.getProperty("it.upgrade.from", "7a53a352d78f");

    private static final String DOCUMENTS = "SELECT CONCAT(id, ' ', doc_type, ' ', doc_number, ' ', status, ' ', total_amount) FROM document ORDER BY id";

    @Test
    void the_current_build_migrates_a_released_database_and_its_open_approvals_run_to_the_end() throws Exception {
        Path released = ReleasedJar.of(RELEASED);
        List<Draft> drafts;
        List<String> documents;
        try (AppProcess old = AppProcess.start("upgrade-released", Target.fresh().running(released))) {
            drafts = DraftApprovals.submitted(old, 3, 2040);
            assertThat(DraftApprovals.approve(old, DraftApprovals.openTask(drafts.get(0))).status()).isEqualTo(200);
            DraftApprovals.approveToEnd(old, drafts.get(1));
            documents = Rows.strings(DOCUMENTS);
        }
        String versionBefore = newestApplied();

        try (AppProcess current = AppProcess.start("upgrade-current")) {
            assertThat(newestApplied()).as("Flyway ran up to the newest migration (was %s)", versionBefore).isEqualTo(newestOnClasspath());
            assertThat(Rows.strings("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")).containsExactly("0");
            assertThat(Rows.strings("SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG ORDER BY TIMESTAMP_ DESC, ID_ DESC LIMIT 1"))
                .as("Camunda's schema log: created or updated to the engine's version").containsExactly(ProductPropertiesUtil.getProductVersion());
            assertThat(Rows.strings(DOCUMENTS)).as("documents, statuses and numbers read as before").isEqualTo(documents);
            assertThat(current.get("staff1", "/api/v1/budget-drafts/" + drafts.get(0).id()).status()).isEqualTo(200);
            DraftApprovals.assertAuditChainIntact(current);

            for (Draft draft : List.of(drafts.get(0), drafts.get(2))) {
                DraftApprovals.approveToEnd(current, draft);
                DraftApprovals.assertStatusIsProcessState(draft);
            }
            DraftApprovals.assertNoApprovalTwice();
            DraftApprovals.assertAuditChainIntact(current);
        }
    }

    private static String newestApplied() throws Exception {
        return Rows.strings("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL").stream()
            .max(Comparator.comparingInt(Integer::parseInt)).orElseThrow();
    }

    private static String newestOnClasspath() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                .map(n -> n.substring(1, n.indexOf("__"))).max(Comparator.comparingInt(Integer::parseInt)).orElseThrow();
        }
    }
}
