package cn.nanchang.budgetflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.approval.ApprovalProgress;
import cn.nanchang.budgetflow.approval.DocumentProgress;
import cn.nanchang.budgetflow.approval.PathStep;
import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.SignedIn;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 审批进度, the read behind the timeline at the top of a document page: the recorded steps with
 * their deciders and opinions, the step the document waits at with its group or its holder and
 * due time, the steps ahead; for a reader of the document only.
 */
@ApiTestContext
class ApprovalProgressTest {

    private final ApiClient api;
    private final ApprovalProgress progress;
    private final UserDetailsService accounts;

    ApprovalProgressTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired ApprovalProgress progress,
            @Autowired UserDetailsService accounts) {
        this.api = new ApiClient(mvc, json);
        this.progress = progress;
        this.accounts = accounts;
    }

    @Test
    void a_draft_at_finance_shows_its_decisions_the_group_that_may_take_it_and_the_steps_ahead() {
        long id = api.drafts().submitted("staff5").id();
        api.decide("head5", id, "APPROVE", "同意上报");

        DocumentProgress shown = as("staff5", () -> progress.progress(id));

        assertThat(shown.done()).extracting(DocumentProgress.Done::action).containsExactly(AuditAction.SUBMIT, AuditAction.APPROVE);
        DocumentProgress.Done approval = shown.done().get(1);
        assertThat(approval.step()).isEqualTo(ApprovalStep.SECTION_HEAD_REVIEW);
        assertThat(approval.actorName()).isEqualTo("黄志刚");
        assertThat(approval.comment()).isEqualTo("同意上报");
        assertThat(shown.current()).singleElement().satisfies(c -> {
            assertThat(c.step()).isEqualTo(ApprovalStep.FINANCE_REVIEW);
            assertThat(c.holder()).isNull();
            assertThat(c.group()).contains("杨秀英");
            assertThat(c.since()).isNotNull();
            assertThat(c.due()).isAfter(c.since());
            assertThat(c.overdue()).isFalse();
        });
        assertThat(shown.ahead()).extracting(PathStep::step)
            .containsExactly(ApprovalStep.DIRECTOR_REVIEW, ApprovalStep.BUREAU_REVIEW);
    }

    @Test
    void a_claimed_task_names_the_person_who_holds_it() throws Exception {
        long id = api.drafts().submitted("staff5").id();
        api.post("head5", ApiClient.TASKS + "/{taskId}/claim", null, api.taskId("head5", id)).andExpect(status().isOk());

        DocumentProgress shown = as("auditor", () -> progress.progress(id));

        assertThat(shown.current()).singleElement().satisfies(c -> {
            assertThat(c.holder()).isEqualTo("黄志刚");
            assertThat(c.group()).isEmpty();
        });
    }

    @Test
    void an_approved_draft_has_nothing_current_or_ahead() {
        long id = api.drafts().submitted("staff5").id();
        api.approveAll(id, "head5", "finance", "director", "bureau");

        DocumentProgress shown = as("staff5", () -> progress.progress(id));

        assertThat(shown.current()).isEmpty();
        assertThat(shown.ahead()).isEmpty();
        assertThat(shown.done()).extracting(DocumentProgress.Done::step).containsExactly(null,
            ApprovalStep.SECTION_HEAD_REVIEW, ApprovalStep.FINANCE_REVIEW, ApprovalStep.DIRECTOR_REVIEW, ApprovalStep.BUREAU_REVIEW);
    }

    @Test
    void another_sections_staff_are_told_the_document_does_not_exist() {
        long id = api.drafts().submitted("staff5").id();

        assertThatThrownBy(() -> as("staff1", () -> progress.progress(id))).isInstanceOf(NotFoundException.class);
    }

    private <T> T as(String username, Supplier<T> call) {
        return SignedIn.as(accounts, username, call);
    }
}
