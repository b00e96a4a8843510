package cn.nanchang.budgetflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.document.HistoryEntry;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.SignedIn;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The read model of a document page: what each reader may do now, read in one call; reading it
 * never marks a copy read, opening the page does.
 */
@ApiTestContext
class DocumentPageTest {

    private final ApiClient api;
    private final DocumentPage pages;
    private final UserDetailsService accounts;

    DocumentPageTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired DocumentPage pages,
            @Autowired UserDetailsService accounts) {
        this.api = new ApiClient(mvc, json);
        this.pages = pages;
        this.accounts = accounts;
    }

    @Test
    void the_drafter_of_a_submitted_draft_may_withdraw_chase_void_and_copy_but_holds_no_task() {
        long id = api.drafts().submitted("staff5").id();

        DocumentPageModel page = as("staff5", () -> pages.of(id));

        assertThat(page.anyFailed()).isFalse();
        assertThat(page.drafter()).isTrue();
        assertThat(page.mayAct()).isTrue();
        assertThat(page.withdrawable().get()).isTrue();
        assertThat(page.returned().get()).isEmpty();
        assertThat(page.operations().get()).satisfies(may -> {
            assertThat(may.canChase()).isTrue();
            assertThat(may.canVoid()).isTrue();
            assertThat(may.withdrawableApproval()).isEmpty();
            assertThat(may.removableSigner()).isEmpty();
        });
        assertThat(page.copies().get().canSend()).isTrue();
        assertThat(page.task().get()).isEmpty();
        assertThat(page.history().get()).extracting(HistoryEntry::action).contains(AuditAction.SUBMIT);
        assertThat(page.progress().get().current()).singleElement()
            .satisfies(c -> assertThat(c.step()).isEqualTo(ApprovalStep.SECTION_HEAD_REVIEW));
    }

    @Test
    void the_section_head_gets_the_task_with_where_a_return_may_go_and_their_opinions() {
        long id = api.drafts().submitted("staff5").id();

        DocumentPageModel page = as("head5", () -> pages.of(id));

        assertThat(page.drafter()).isFalse();
        assertThat(page.withdrawable().get()).isFalse();
        assertThat(page.operations().get().canVoid()).isFalse();
        assertThat(page.task().get()).hasValueSatisfying(task -> {
            assertThat(task.item().step()).isEqualTo(ApprovalStep.SECTION_HEAD_REVIEW);
            assertThat(task.returnTargets()).contains(ApprovalStep.REVISE);
            assertThat(task.opinions()).isNotEmpty();
        });
    }

    @Test
    void an_auditor_reads_everything_and_may_do_nothing() {
        long id = api.drafts().submitted("staff5").id();

        DocumentPageModel page = as("auditor", () -> pages.of(id));

        assertThat(page.anyFailed()).isFalse();
        assertThat(page.mayAct()).isFalse();
        assertThat(page.operations().get()).isEqualTo(new DocumentPageModel.Operations(Optional.empty(), Optional.empty(),
            false, false));
        assertThat(page.task().get()).isEmpty();
        assertThat(page.copies().get().canSend()).isFalse();
        assertThat(page.history().get()).isNotEmpty();
    }

    @Test
    void a_reader_of_another_section_finds_nothing() {
        long id = api.drafts().submitted("staff5").id();

        assertThatThrownBy(() -> as("staff4", () -> pages.of(id))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void reading_the_page_leaves_a_copy_unread_and_opening_it_marks_it_read() throws Exception {
        long id = api.drafts().submitted("staff5").id();
        api.post("staff5", "/api/v1/documents/{id}/cc", Map.of("recipients", List.of("head4")), id).andExpect(status().isOk());

        assertThat(readAt(as("head4", () -> pages.of(id)))).isFalse();
        as("head4", () -> {
            pages.open(id);
            return null;
        });
        assertThat(readAt(as("head4", () -> pages.of(id)))).isTrue();
    }

    private static boolean readAt(DocumentPageModel page) {
        return page.copies().get().recipients().stream().filter(r -> r.username().equals("head4"))
            .findFirst().orElseThrow().readAt() != null;
    }

    private <T> T as(String username, Supplier<T> call) {
        return SignedIn.as(accounts, username, call);
    }
}
