package cn.nanchang.budgetflow.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The periodic check closes a window nobody refreshes: its count is written as one closing entry,
 * and the next refusal of the same kind starts a new window with an entry of its own.
 */
@ApiTestContext
class RefusalWindowsTest {

    private static final String WHAT = "GET /api/v1/x/{id} → 404";

    @Autowired
    RefusalWindows windows;
    @Autowired
    AuditLog audit;

    @Test
    void a_window_closed_by_the_periodic_check_leaves_one_entry_with_its_count_and_the_next_refusal_starts_afresh() {
        String actor = "window-" + System.nanoTime() % 1_000_000;
        for (int i = 0; i < 3; i++) {
            windows.refused(AuditAction.ACCESS_DENIED, actor, "STAFF", "10.9.8.7", WHAT, WHAT);
        }
        assertThat(audit.byActor(actor, AuditAction.ACCESS_DENIED)).hasSize(1);

        windows.closeStartedBefore(Instant.now().plusSeconds(3600));

        assertThat(audit.byActor(actor, AuditAction.ACCESS_DENIED)).hasSize(2)
            .anySatisfy(e -> assertThat(e.getDetails()).contains("来自 10.9.8.7", "共 3 次"));

        windows.refused(AuditAction.ACCESS_DENIED, actor, "STAFF", "10.9.8.7", WHAT, WHAT);
        assertThat(audit.byActor(actor, AuditAction.ACCESS_DENIED)).hasSize(3);
    }
}
