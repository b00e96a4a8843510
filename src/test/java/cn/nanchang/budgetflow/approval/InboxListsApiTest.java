package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.approval.DocumentHandover;
import cn.nanchang.budgetflow.approval.Eligible;
import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.HandledStep;
import cn.nanchang.budgetflow.document.TrackedDocument;
import cn.nanchang.budgetflow.document.TrackedDocuments;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 待办 searched, filtered and sorted over the API (400 naming the field for bad values), 已办 and
 * 我发起的 with the current holder, the bell counting only what still needs its owner, and the
 * people picker's reason when no one is eligible.
 */
@ApiTestContext
class InboxListsApiTest {

    private static final String TASKS = "/api/v1/tasks";

    private final ApiClient api;
    private final TrackedDocuments tracked;
    private final DocumentHandover handover;
    private final UserDetailsService accounts;

    InboxListsApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired TrackedDocuments tracked,
            @Autowired DocumentHandover handover, @Autowired UserDetailsService accounts) {
        this.accounts = accounts;
        this.api = new ApiClient(mvc, json);
        this.tracked = tracked;
        this.handover = handover;
    }

    /**
     * The inbox's read once held a connection while giving back a lapsed proxy's claims in a transaction of
     * its own, which waited for a second: ten read at once took the pool (10) and every request stalled 30 s.
     */
    @Test
    void twenty_inboxes_read_at_once_all_answer_without_exhausting_the_connection_pool() throws Exception {
        List<String> readers = List.of("head1", "head2", "head3", "head4", "head5", "head6", "finance", "director", "bureau");

        List<Integer> statuses = cn.nanchang.budgetflow.testsupport.AtOnce.run(20, java.time.Duration.ofSeconds(25),
            i -> api.get(readers.get(i % readers.size()), "/api/v1/tasks?limit=50").andReturn().getResponse().getStatus());

        assertThat(statuses).containsOnly(200);
    }

    @Test
    void the_inbox_finds_a_task_by_number_and_drafter_and_narrows_by_type_step_and_overdue() {
        Draft late = submittedAMonthAgo("staff5");
        Draft fresh = api.drafts().submitted("staff5");
        String number = late.json().path("number").asText();

        assertThat(documentIds("head5", "q=" + number)).containsExactly(late.id());
        assertThat(documentIds("head5", "q=staff5")).contains(late.id(), fresh.id());
        // other classes sharing this context may leave staff5's project applications with head5
        assertThat(documentIds("head5", "q=staff5&type=PROJECT_APPLICATION")).doesNotContain(late.id(), fresh.id());
        assertThat(documentIds("head5", "q=staff5&type=BUDGET_DRAFT&step=SECTION_HEAD_REVIEW")).contains(late.id(), fresh.id());
        assertThat(documentIds("head5", "q=staff5&step=FINANCE_REVIEW")).isEmpty();
        assertThat(documentIds("head5", "q=staff5&overdue=true")).contains(late.id()).doesNotContain(fresh.id());
        assertThat(documentIds("head5", "q=" + number.replace("-", "_"))).as("wildcards are taken literally").isEmpty();
    }

    @Test
    void the_inbox_sorts_by_due_time_and_by_arrival_both_ways_and_says_how_far_the_due_time_is() {
        Draft late = submittedAMonthAgo("staff6");
        Draft fresh = api.drafts().submitted("staff6");

        assertThat(documentIds("head6", "q=staff6&sort=DUE_ASC")).containsSubsequence(late.id(), fresh.id());
        assertThat(documentIds("head6", "q=staff6&sort=DUE_DESC")).containsSubsequence(fresh.id(), late.id());
        assertThat(documentIds("head6", "q=staff6&sort=ARRIVED_DESC")).containsSubsequence(fresh.id(), late.id());
        assertThat(documentIds("head6", "q=staff6&sort=ARRIVED_ASC")).containsSubsequence(late.id(), fresh.id());
        JsonNode lateTask = api.task("head6", late.id()).orElseThrow();
        assertThat(lateTask.path("dueKind").asText()).isEqualTo("OVERDUE");
        assertThat(lateTask.path("dueDays").asLong()).isGreaterThanOrEqualTo(20);
        assertThat(api.task("head6", fresh.id()).orElseThrow().path("dueKind").asText()).isIn("BY_DATE", "DAYS_LEFT");
    }

    @Test
    void bad_filter_values_answer_400_naming_their_parameter() throws Exception {
        api.get("head1", TASKS + "?type=INVOICE").andExpect(rejectedFor("type"));
        api.get("head1", TASKS + "?step=NOWHERE").andExpect(rejectedFor("step"));
        api.get("head1", TASKS + "?sort=RANDOM").andExpect(rejectedFor("sort"));
        api.get("head1", TASKS + "?q=" + "长".repeat(51)).andExpect(rejectedFor("q"));
    }

    @Test
    void a_task_notice_is_read_once_the_task_is_done_so_the_bell_counts_what_still_needs_me() throws Exception {
        long before = unread("head1");
        Draft draft = api.drafts().submitted("staff1");
        assertThat(unread("head1")).isEqualTo(before + 1);

        api.approve("head1", draft.id());

        assertThat(unread("head1")).isEqualTo(before);
        assertThat(StreamSupport.stream(api.body(api.get("head1", "/api/v1/notifications?limit=500")).spliterator(), false)
            .filter(n -> n.path("link").asText().endsWith("/" + draft.id())))
            .isNotEmpty().allSatisfy(n -> assertThat(n.path("read").asBoolean()).isTrue());
    }

    @Test
    void handled_shows_one_row_per_document_and_step_with_my_latest_decision_and_who_holds_it_now() {
        Draft draft = api.drafts().submitted("staff3");
        api.decide("head3", draft.id(), "RETURN", "请补充测算依据");
        api.drafts().submit("staff3", draft.id());
        api.approve("head3", draft.id());

        List<HandledStep> rows = as("head3", () -> tracked.handled(0, 500)).stream().filter(r -> r.document().id() == draft.id()).toList();

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.step()).isEqualTo(ApprovalStep.SECTION_HEAD_REVIEW);
            assertThat(row.decision()).isEqualTo(AuditAction.APPROVE);
            assertThat(row.document().status()).isEqualTo(DocumentStatus.IN_REVIEW);
            assertThat(row.holders()).singleElement().satisfies(h -> {
                assertThat(h.step()).isEqualTo(ApprovalStep.FINANCE_REVIEW);
                assertThat(h.claimed()).isFalse();
                assertThat(h.names()).isNotEmpty();
            });
        });
        assertThat(as("head3", tracked::handledCount)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void my_documents_name_the_step_each_waits_at_and_who_holds_it() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        api.post("head4", TASKS + "/{id}/claim", null, api.taskId("head4", draft.id())).andExpect(status().isOk());

        TrackedDocument mine = as("staff4", () -> tracked.documents(new DocumentFilter(null, draft.fiscalYear(), null, null), 0, 50)).stream()
            .filter(d -> d.document().id() == draft.id()).findFirst().orElseThrow();

        assertThat(mine.holders()).singleElement().satisfies(h -> {
            assertThat(h.step()).isEqualTo(ApprovalStep.SECTION_HEAD_REVIEW);
            assertThat(h.claimed()).isTrue();
            assertThat(h.names()).hasSize(1);
        });
    }

    @Test
    void the_transfer_picker_says_why_no_one_is_eligible_when_finance_has_no_other_member() {
        Draft draft = api.drafts().submitted("staff2");
        api.approve("head2", draft.id());
        String task = api.taskId("finance", draft.id());

        Eligible choice = as("finance", () -> handover.transferChoice(task));

        if (choice.people().isEmpty()) {
            assertThat(choice.whyNone()).contains("没有其他可办理的人员");
        } else {
            assertThat(choice.whyNone()).isNull();
            assertThat(choice.people()).noneMatch(u -> u.getUsername().equals("finance"));
        }
        assertThat(as("finance", () -> handover.delegateChoice(task)).whyNone()).as("colleagues who may read the draft exist").isNull();
    }

    /** Calls a service as this person, as a request of theirs would. */
    private <T> T as(String username, Supplier<T> call) {
        UserDetails details = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
            new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The inbox is read as two queries, the tasks someone holds and the groups' unclaimed ones, merged
     * for the page: a claimed task keeps its place by arrival and due time, and page after page of one
     * gives the whole list, in every order.
     */
    @Test
    void a_claimed_task_keeps_its_place_among_the_groups_tasks_on_every_page_in_every_order() throws Exception {
        Draft first = submittedAMonthAgo("staff3");
        Draft second = api.drafts().submitted("staff3");
        Draft third = api.drafts().submitted("staff3");
        api.post("head3", TASKS + "/{id}/claim", null, api.taskId("head3", second.id())).andExpect(status().isOk());

        assertThat(documentIds("head3", "q=staff3&sort=ARRIVED_ASC")).containsSubsequence(first.id(), second.id(), third.id());
        assertThat(documentIds("head3", "q=staff3&sort=ARRIVED_DESC")).containsSubsequence(third.id(), second.id(), first.id());
        for (String sort : List.of("ARRIVED_ASC", "ARRIVED_DESC", "DUE_ASC", "DUE_DESC")) {
            List<Long> whole = documentIds("head3", "q=staff3&sort=" + sort);
            List<Long> pageByPage = new ArrayList<>();
            for (int offset = 0; offset <= whole.size(); offset++) {
                pageByPage.addAll(ids(api.body(api.get("head3", TASKS + "?q=staff3&sort=" + sort + "&limit=1&offset=" + offset))));
            }
            assertThat(pageByPage).as(sort).containsExactlyElementsOf(whole);
            assertThat(whole).as(sort).contains(first.id(), second.id(), third.id()).doesNotHaveDuplicates();
        }
    }

    private List<Long> documentIds(String user, String query) {
        return ids(api.body(api.get(user, TASKS + "?limit=500&" + query)));
    }

    private static List<Long> ids(JsonNode inbox) {
        return StreamSupport.stream(inbox.spliterator(), false).map(t -> t.path("documentId").asLong()).toList();
    }

    private long unread(String user) {
        return api.body(api.get(user, "/api/v1/notifications/unread-count")).path("unread").asLong();
    }

    private Draft submittedAMonthAgo(String staff) {
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(30))));
        try {
            return api.drafts().submitted(staff);
        } finally {
            ClockUtil.reset();
        }
    }
}
