package cn.nanchang.budgetflow.budget;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static cn.nanchang.budgetflow.testsupport.BudgetDrafts.DRAFTS;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.line;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.officeSupplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How a draft's status moves: only through submit, withdraw and decisions; edits only while it
 * is DRAFT or RETURNED and on the current version; a return sends it back to the drafter and,
 * once resubmitted, to the 科长 again; the history tells who did what, in order.
 */
@ApiTestContext
class DraftLifecycleApiTest {

    private static final Map<String, Object> WATER = line("2010350", "30205", "BASIC_PUBLIC", "800.00", "水费");

    private final ApiClient api;

    DraftLifecycleApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void withdrawing_before_the_section_head_decides_makes_it_an_editable_draft_again() throws Exception {
        Draft draft = api.drafts().submitted("staff5");

        assertThat(api.drafts().withdraw("staff5", draft.id()).path("status").asText()).isEqualTo("DRAFT");

        assertThat(api.task("head5", draft.id())).isEmpty();
        assertThat(api.drafts().edit("staff5", draft.id(), draftBody(draft.fiscalYear(), List.of(WATER))).path("status").asText())
            .isEqualTo("DRAFT");
        assertThat(api.drafts().submit("staff5", draft.id()).path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(api.task("head5", draft.id())).get()
            .extracting(t -> t.path("step").asText()).isEqualTo("SECTION_HEAD_REVIEW");
    }

    @Test
    void withdrawing_after_the_section_head_approved_is_refused() throws Exception {
        Draft draft = api.drafts().submitted("staff5");
        api.approve("head5", draft.id());

        api.post("staff5", DRAFTS + "/{id}/withdraw", null, draft.id()).andExpect(error(409));

        assertThat(api.drafts().statusOf("staff5", draft.id())).isEqualTo("IN_REVIEW");
        assertThat(api.task("finance", draft.id())).isPresent();
    }

    @Test
    void a_draft_that_was_never_submitted_cannot_be_withdrawn() throws Exception {
        Draft draft = api.drafts().create("staff5");

        api.post("staff5", DRAFTS + "/{id}/withdraw", null, draft.id()).andExpect(error(409));

        assertThat(api.drafts().statusOf("staff5", draft.id())).isEqualTo("DRAFT");
    }

    @Test
    void a_status_in_the_request_body_is_ignored() throws Exception {
        Map<String, Object> body = draftBody(api.drafts().freshYear("staff5"), List.of(officeSupplies()));
        body.put("status", "APPROVED");

        JsonNode created = api.body(api.post("staff5", DRAFTS, body).andExpect(status().isCreated()));
        assertThat(created.path("status").asText()).isEqualTo("DRAFT");

        body.put("fiscalYear", created.path("fiscalYear").asInt());
        assertThat(api.drafts().edit("staff5", created.path("id").asLong(), body).path("status").asText()).isEqualTo("DRAFT");
        JsonNode listed = api.body(api.get("staff5", DRAFTS + "?status=APPROVED&fiscalYear={y}",
            created.path("fiscalYear").asInt()).andExpect(status().isOk()));
        assertThat(api.ids(listed)).doesNotContain(created.path("id").asLong());
    }

    @Test
    void an_edit_based_on_a_stale_version_is_refused() throws Exception {
        Draft draft = api.drafts().create("staff5");
        Map<String, Object> first = draftBody(draft.fiscalYear(), List.of(WATER));
        first.put("version", draft.version());
        JsonNode afterFirst = api.drafts().edit("staff5", draft.id(), first);
        assertThat(afterFirst.path("version").asLong()).isGreaterThan(draft.version());

        Map<String, Object> stale = draftBody(draft.fiscalYear(), List.of(officeSupplies()));
        stale.put("version", draft.version());
        api.put("staff5", DRAFTS + "/{id}", stale, draft.id()).andExpect(error(409));

        JsonNode now = api.drafts().draft("staff5", draft.id());
        assertThat(now.path("lines")).isEqualTo(afterFirst.path("lines"));
        assertThat(now.path("version")).isEqualTo(afterFirst.path("version"));
    }

    @Test
    void a_draft_in_review_cannot_be_edited() throws Exception {
        Draft draft = api.drafts().submitted("staff5");
        JsonNode before = api.drafts().draft("staff5", draft.id());

        api.put("staff5", DRAFTS + "/{id}", draftBody(draft.fiscalYear(), List.of(WATER)), draft.id())
            .andExpect(error(409));

        assertThat(api.drafts().draft("staff5", draft.id()).path("lines")).isEqualTo(before.path("lines"));
    }

    @Test
    void an_approved_draft_is_locked() throws Exception {
        Draft draft = api.drafts().submitted("staff6");

        assertThat(api.approveAll(draft.id(), "head6", "finance", "director", "bureau")).isEqualTo("APPROVED");

        assertThat(api.drafts().statusOf("staff6", draft.id())).isEqualTo("APPROVED");
        api.put("staff6", DRAFTS + "/{id}", draftBody(draft.fiscalYear(), List.of(WATER)), draft.id())
            .andExpect(error(409));
        api.post("staff6", DRAFTS + "/{id}/submit", null, draft.id()).andExpect(error(409));
        api.post("staff6", DRAFTS + "/{id}/withdraw", null, draft.id()).andExpect(error(409));
        assertThat(api.drafts().draft("staff6", draft.id()).path("lines")).isEqualTo(draft.json().path("lines"));
        for (String reviewer : List.of("head6", "finance", "director", "bureau")) {
            assertThat(api.task(reviewer, draft.id())).as(reviewer + "'s inbox").isEmpty();
        }
    }

    @Test
    void a_returned_draft_can_be_revised_and_resubmitted_and_goes_back_to_the_section_head() throws Exception {
        Draft draft = api.drafts().submitted("staff6");
        api.approve("head6", draft.id());

        assertThat(api.decide("finance", draft.id(), "RETURN", "水电费请单列")).isEqualTo("RETURNED");
        assertThat(api.drafts().statusOf("staff6", draft.id())).isEqualTo("RETURNED");
        assertThat(api.task("staff6", draft.id())).get()
            .extracting(t -> t.path("step").asText()).isEqualTo("REVISE");

        JsonNode revised = api.drafts().edit("staff6", draft.id(), draftBody(draft.fiscalYear(), List.of(officeSupplies(), WATER)));
        assertThat(revised.path("status").asText()).isEqualTo("RETURNED");
        assertThat(revised.path("totalAmount").asText()).isEqualTo("13145.67");

        assertThat(api.drafts().submit("staff6", draft.id()).path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(api.task("head6", draft.id())).get()
            .extracting(t -> t.path("step").asText()).isEqualTo("SECTION_HEAD_REVIEW");
        assertThat(api.task("finance", draft.id())).isEmpty();
        assertThat(api.task("staff6", draft.id())).isEmpty();
    }

    @Test
    void the_history_tells_who_in_which_role_did_what_with_which_comment_in_order() throws Exception {
        Draft draft = api.drafts().create("staff5");
        api.drafts().edit("staff5", draft.id(), draftBody(draft.fiscalYear(), List.of(officeSupplies(), WATER)));
        api.drafts().submit("staff5", draft.id());
        String headTask = api.taskId("head5", draft.id());
        api.post("head5", TASKS + "/{taskId}/claim", null, headTask).andExpect(status().isOk());
        api.decide("head5", draft.id(), "APPROVE", "同意上报");
        api.decide("finance", draft.id(), "RETURN", "差旅费偏高，请压减");
        api.drafts().edit("staff5", draft.id(), draftBody(draft.fiscalYear(), List.of(officeSupplies())));
        api.drafts().submit("staff5", draft.id());
        api.approveAll(draft.id(), "head5", "finance", "director", "bureau");

        JsonNode history = api.history("auditor", draft.id());

        assertThat(StreamSupport.stream(history.spliterator(), false)
                .map(e -> tuple(text(e, "actor"), text(e, "role"), text(e, "action"), text(e, "step"),
                    text(e, "comment"), text(e, "statusBefore"), text(e, "statusAfter"))))
            .containsExactly(
                tuple("staff5", "STAFF", "CREATE", null, null, null, "DRAFT"),
                tuple("staff5", "STAFF", "EDIT", null, null, "DRAFT", "DRAFT"),
                tuple("staff5", "STAFF", "SUBMIT", null, null, "DRAFT", "IN_REVIEW"),
                tuple("head5", "SECTION_HEAD", "CLAIM", "SECTION_HEAD_REVIEW", null, "IN_REVIEW", "IN_REVIEW"),
                tuple("head5", "SECTION_HEAD", "APPROVE", "SECTION_HEAD_REVIEW", "同意上报", "IN_REVIEW", "IN_REVIEW"),
                tuple("finance", "FINANCE", "RETURN", "FINANCE_REVIEW", "差旅费偏高，请压减", "IN_REVIEW", "RETURNED"),
                tuple("staff5", "STAFF", "EDIT", null, null, "RETURNED", "RETURNED"),
                tuple("staff5", "STAFF", "RESUBMIT", null, null, "RETURNED", "IN_REVIEW"),
                tuple("head5", "SECTION_HEAD", "APPROVE", "SECTION_HEAD_REVIEW", "同意", "IN_REVIEW", "IN_REVIEW"),
                tuple("finance", "FINANCE", "APPROVE", "FINANCE_REVIEW", "同意", "IN_REVIEW", "IN_REVIEW"),
                tuple("director", "DIRECTOR", "APPROVE", "DIRECTOR_REVIEW", "同意", "IN_REVIEW", "IN_REVIEW"),
                tuple("bureau", "BUREAU", "APPROVE", "BUREAU_REVIEW", "同意", "IN_REVIEW", "APPROVED"));
        JsonNode returned = history.get(5);
        assertThat(returned.path("actorName").asText()).isEqualTo("杨秀英");
        assertThat(returned.path("roleName").asText()).isEqualTo("财务审核");
        assertThat(returned.path("actionName").asText()).isEqualTo("退回");
        assertThat(returned.path("stepName").asText()).isEqualTo("财务审核");
        assertThat(returned.path("at").asText()).isNotBlank();
    }

    @Test
    void the_drafter_sees_the_history_of_their_own_draft_too() throws Exception {
        Draft draft = api.drafts().submitted("staff5");

        api.get("staff5", "/api/v1/documents/{id}/history", draft.id())
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].action").value("CREATE"))
            .andExpect(jsonPath("$[0].actorName").value("郑欣怡"))
            .andExpect(jsonPath("$[1].action").value("SUBMIT"));
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
