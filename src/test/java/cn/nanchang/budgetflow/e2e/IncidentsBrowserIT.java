package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.nanchang.budgetflow.testsupport.DraftBodies;
import com.microsoft.playwright.Page;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 异常任务 (issue 20 §5) as the administrator uses it: a draft's deadline timer out of retries is
 * listed with its document; 重试 puts it back in the queue, says so, and the row goes from the
 * page, which stays whole.
 */
@BrowserTest
class IncidentsBrowserIT {

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Test
    void the_administrator_retries_a_failed_timer_and_its_row_leaves_the_page() {
        E2eApi api = browser.api();
        long id = api.post("staff5", "/api/v1/budget-drafts",
            DraftBodies.draftBody(2063, List.of(DraftBodies.line("2010350", "30201", "BASIC_PUBLIC", "800.00", "办公费")))).path("id").asLong();
        api.post("staff5", "/api/v1/budget-drafts/" + id + "/submit", null);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers().list().get(0);
        management.setJobRetries(timer.getId(), 0);

        Page admin = browser.loginAs("admin");
        browser.open(admin, "incidents");
        assertThat(admin.locator("#incidents-grid")).containsText(String.valueOf(id));
        assertThat(admin.locator("#incidents-grid")).containsText("预算草案审批");
        assertThat(admin.locator("#incidents-grid")).containsText("超期督办");
        E2eBrowser.screenshot(admin, "70-incidents");
        admin.locator("#incident-retry-" + timer.getId()).click();
        E2eBrowser.waitForVaadin(admin);

        // the grid keeps its row elements for reuse: the retried one is hidden, not removed
        assertThat(admin.locator("#incident-retry-" + timer.getId())).isHidden();
        assertThat(admin.locator("vaadin-notification-card").last()).containsText("已重新排队执行");
        assertThat(admin.locator("h2")).containsText("异常任务");
        E2eBrowser.screenshot(admin, "71-incidents-retried");
    }
}
