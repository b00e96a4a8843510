package cn.nanchang.budgetflow.budgetyear;

import static cn.nanchang.budgetflow.testsupport.ProposalYears.PROPOSALS;
import static cn.nanchang.budgetflow.testsupport.ProposalYears.body;
import static cn.nanchang.budgetflow.testsupport.ProposalYears.cut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ProposalYears;
import cn.nanchang.budgetflow.testsupport.ProposalYears.Year;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.ProjectApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The unit proposal over the API on years walked by the real processes: 财务 consolidates the
 * round's accepted requests, cuts only with reasons, and sends it 主任办公会 → 中心主任 → 数据局;
 * the bureau's approval makes the round's version and moves the year on. Only unit-wide roles see it.
 */
@ApiTestContext
class UnitProposalApiTest {

    private final ApiClient api;
    private final ProposalYears years;

    UnitProposalApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
        this.years = new ProposalYears(api);
    }

    @Test
    void the_consolidation_previews_every_accepted_request_as_requested_for_unit_wide_readers() {
        Year year = years.atOneUpProposal();

        JsonNode preview = api.answer(api.get("director", PROPOSALS + "/consolidation?fiscalYear={y}", year.fiscalYear()),
            status().isOk());

        assertThat(preview.path("round").asText()).isEqualTo("ONE_UP");
        assertThat(preview.path("lines")).hasSize(2 * ProposalYears.SECTIONS);
        assertThat(preview.path("sections").findValuesAsText("sectionCode")).containsExactly("S01", "S02", "S03", "S04",
            "S05", "S06");
        assertThat(preview.path("total").path("requested").asText()).isEqualTo(preview.path("total").path("proposed").asText());
        assertThat(new BigDecimal(preview.path("total").path("requested").asText())).isEqualByComparingTo(expectedTotal());
        JsonNode reception = threePublicUnitRow(preview, "30217");
        assertThat(reception.path("amounts").path("requested").asText()).isEqualTo("6000.00");
        for (String reader : List.of("finance", "bureau", "auditor")) {
            api.expect(api.get(reader, PROPOSALS + "/consolidation?fiscalYear={y}", year.fiscalYear()), status().isOk());
        }
        for (String sectionBound : List.of("staff1", "head1")) {
            api.expect(api.get(sectionBound, PROPOSALS + "/consolidation?fiscalYear={y}", year.fiscalYear()),
                status().isForbidden());
        }
        api.expect(api.get("finance", PROPOSALS + "/consolidation?fiscalYear={y}", 1850), status().isNotFound());
    }

    @Test
    void finance_consolidates_the_round_into_a_proposal_of_the_center_changed_only_by_cuts_with_reasons() {
        Year year = years.atOneUpProposal();
        long draft = year.requests().get(0).id();

        JsonNode created = api.answer(api.post("finance", PROPOSALS, body(year.fiscalYear(),
            List.of(cut(draft, 2, "4500.00", "公务接待费压减25%")))), status().isCreated());

        long id = created.path("id").asLong();
        assertThat(created.path("number").asText()).startsWith("JY-" + year.fiscalYear());
        assertThat(created.path("section").asText()).isEqualTo("C00");
        assertThat(created.path("round").asText()).isEqualTo("ONE_UP");
        assertThat(created.path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.path("drafter").asText()).isEqualTo("finance");
        JsonNode lines = created.path("consolidation").path("lines");
        assertThat(lines).hasSize(2 * ProposalYears.SECTIONS);
        List<JsonNode> changed = StreamSupport.stream(lines.spliterator(), false)
            .filter(l -> !l.path("proposed").asText().equals(l.path("requested").asText())).toList();
        assertThat(changed).singleElement().satisfies(l -> {
            assertThat(l.path("draftId").asLong()).isEqualTo(draft);
            assertThat(l.path("lineNo").asInt()).isEqualTo(2);
            assertThat(l.path("requested").asText()).isEqualTo("6000.00");
            assertThat(l.path("proposed").asText()).isEqualTo("4500.00");
            assertThat(l.path("cutReason").asText()).isEqualTo("公务接待费压减25%");
        });
        assertThat(StreamSupport.stream(lines.spliterator(), false).filter(l -> !l.path("cutReason").isNull()))
            .hasSize(1);
        assertThat(new BigDecimal(created.path("totalAmount").asText()))
            .isEqualByComparingTo(expectedTotal().subtract(new BigDecimal("1500.00")));
        assertThat(threePublicUnitRow(created.path("consolidation"), "30217").path("amounts").path("cut").asText())
            .isEqualTo("1500.00");
        api.expect(api.post("finance", PROPOSALS, body(year.fiscalYear(), List.of())), status().isBadRequest());

        JsonNode sheet = api.answer(api.get("director", "/api/v1/audit/documents/{id}/approval-sheet", id), status().isOk());
        assertThat(sheet.path("contents").findValuesAsText("title")).containsExactly("按科室和支出类型", "调减明细");
        assertThat(sheet.path("contents").get(0).path("rows")).hasSize(ProposalYears.SECTIONS);
        assertThat(sheet.path("contents").get(1).path("rows")).singleElement().satisfies(row ->
            assertThat(row.toString()).contains("6,000.00", "4,500.00", "1,500.00", "公务接待费压减25%"));
    }

    @Test
    void creating_answers_the_location_and_refuses_a_second_open_proposal_of_the_round() throws Exception {
        Year year = years.atOneUpProposal();

        var created = api.expect(api.post("finance", PROPOSALS, body(year.fiscalYear(), List.of())), status().isCreated());
        long id = api.body(created).path("id").asLong();
        created.andExpect(header().string("Location", PROPOSALS + "/" + id));

        JsonNode second = api.answer(api.post("finance", PROPOSALS, body(year.fiscalYear(), List.of())),
            status().isBadRequest());
        assertThat(second.path("errors").findValuesAsText("field")).containsExactly("fiscalYear");
        assertThat(second.path("errors").findValuesAsText("message").get(0)).contains(api.body(created).path("number").asText());
    }

    @Test
    void finance_edits_its_cuts_on_the_version_read_and_a_cut_taken_back_restores_the_request() {
        Year year = years.atOneUpProposal();
        long draft = year.requests().get(2).id();
        JsonNode created = api.answer(api.post("finance", PROPOSALS, body(year.fiscalYear(),
            List.of(cut(draft, 1, "9000", "办公费按定额核减")))), status().isCreated());
        long id = created.path("id").asLong();
        var edit = body(year.fiscalYear(), List.of(cut(draft, 1, "8000.00", "办公费按定额核减，压减一般性支出")));
        edit.put("version", created.path("version").asLong());

        JsonNode edited = api.answer(api.put("finance", PROPOSALS + "/{id}", edit, id), status().isOk());

        assertThat(line(edited, draft, 1).path("proposed").asText()).isEqualTo("8000.00");
        assertThat(line(edited, draft, 1).path("cutReason").asText()).isEqualTo("办公费按定额核减，压减一般性支出");
        api.expect(api.put("finance", PROPOSALS + "/{id}", edit, id), status().isConflict());

        JsonNode restored = api.answer(api.put("finance", PROPOSALS + "/{id}", body(year.fiscalYear(), List.of()), id),
            status().isOk());
        assertThat(line(restored, draft, 1).path("proposed").asText()).isEqualTo(line(restored, draft, 1).path("requested").asText());
        assertThat(line(restored, draft, 1).path("cutReason").isNull()).isTrue();
        JsonNode history = api.history("finance", id);
        assertThat(history.findValuesAsText("action")).containsSubsequence("CREATE", "EDIT", "EDIT");
        assertThat(history.toString()).contains("9,000.00", "8,000.00");
    }

    @Test
    void a_bad_cut_is_refused_on_its_field_in_chinese_and_nothing_is_stored() {
        Year year = years.atOneUpProposal();
        long draft = year.requests().get(1).id();

        JsonNode above = api.answer(api.post("finance", PROPOSALS, body(year.fiscalYear(),
            List.of(cut(draft, 1, "10002.00", "理由")))), status().isBadRequest());
        assertThat(above.path("errors").findValuesAsText("field")).containsExactly("cuts[0].amount");
        assertThat(above.path("errors").findValuesAsText("message").get(0)).contains("须低于申报数 10,002.00 元");
        JsonNode silent = api.answer(api.post("finance", PROPOSALS, body(year.fiscalYear(),
            List.of(cut(draft, 1, "100.00", " ")))), status().isBadRequest());
        assertThat(silent.path("errors").findValuesAsText("field")).containsExactly("cuts[0].reason");
        JsonNode elsewhere = api.answer(api.post("finance", PROPOSALS, body(year.fiscalYear(),
            List.of(cut(draft, 3, "100.00", "理由")))), status().isBadRequest());
        assertThat(elsewhere.path("errors").findValuesAsText("field")).containsExactly("cuts[0].lineNo");
        assertThat(api.body(api.get("finance", PROPOSALS + "?fiscalYear={y}", year.fiscalYear()))).isEmpty();
    }

    @Test
    void a_proposal_is_made_only_while_the_year_waits_for_it() {
        Year year = years.awaitingOneSection();

        JsonNode pending = api.answer(api.post("finance", PROPOSALS, body(year.fiscalYear(), List.of())),
            status().isBadRequest());
        assertThat(pending.path("errors").findValuesAsText("field")).containsExactly("fiscalYear");
        assertThat(pending.path("errors").findValuesAsText("message").get(0)).contains("未经财务审核");

        JsonNode unopened = api.answer(api.post("finance", PROPOSALS, body(1999, List.of())), status().isBadRequest());
        assertThat(unopened.path("errors").findValuesAsText("field")).containsExactly("fiscalYear");
    }

    @Test
    void only_unit_wide_roles_see_the_proposal_and_only_finance_writes_it() {
        Year year = years.atOneUpProposal();
        JsonNode created = api.answer(api.post("finance", PROPOSALS, body(year.fiscalYear(), List.of())), status().isCreated());
        long id = created.path("id").asLong();

        for (String reader : List.of("finance", "director", "bureau", "auditor")) {
            assertThat(api.answer(api.get(reader, PROPOSALS + "/{id}", id), status().isOk()).path("number").asText())
                .isEqualTo(created.path("number").asText());
        }
        for (String sectionBound : List.of("staff1", "head1", "staff4", "head4")) {
            api.expect(api.get(sectionBound, PROPOSALS + "/{id}", id), status().isNotFound());
            api.expect(api.get(sectionBound, "/api/v1/documents/{id}/history", id), status().isNotFound());
            assertThat(api.body(api.get(sectionBound, PROPOSALS + "?fiscalYear={y}", year.fiscalYear()))).isEmpty();
        }
        assertThat(api.ids(api.body(api.get("bureau", PROPOSALS + "?fiscalYear={y}", year.fiscalYear())))).contains(id);
        for (String other : List.of("staff1", "director", "bureau", "auditor")) {
            api.expect(api.post(other, PROPOSALS, body(year.fiscalYear(), List.of())), status().isForbidden());
            api.expect(api.post(other, PROPOSALS + "/{id}/submit", null, id), status().isForbidden());
        }
    }

    @Test
    void the_bureaus_approval_records_the_rounds_version_with_the_cut_and_moves_the_year_on() {
        Year year = years.atOneUpProposal();
        long draft = year.requests().get(0).id();
        long id = api.answer(api.post("finance", PROPOSALS, body(year.fiscalYear(),
            List.of(cut(draft, 2, "4500.00", "公务接待费压减25%")))), status().isCreated()).path("id").asLong();

        assertThat(api.answer(api.post("finance", PROPOSALS + "/{id}/submit", null, id), status().isOk()).path("status")
            .asText()).isEqualTo("IN_REVIEW");
        assertThat(api.stepFor("director", id)).contains("COLLECTIVE_DECISION");
        assertThat(api.decide("director", id, "APPROVE", "会议通过", ProjectApplications.meeting())).isEqualTo("IN_REVIEW");
        assertThat(api.stepFor("director", id)).contains("DIRECTOR_REVIEW");
        api.approve("director", id);
        assertThat(api.stepFor("bureau", id)).contains("BUREAU_REVIEW");
        assertThat(api.task("finance", id)).as("the drafter never reviews").isEmpty();
        assertThat(api.approve("bureau", id)).isEqualTo("APPROVED");

        JsonNode versions = years.year(year.fiscalYear()).path("versions");
        JsonNode oneUp = StreamSupport.stream(versions.spliterator(), false)
            .filter(v -> v.path("version").asText().equals("ONE_UP")).findFirst().orElseThrow();
        assertThat(new BigDecimal(oneUp.path("total").asText()))
            .isEqualByComparingTo(expectedTotal().subtract(new BigDecimal("1500.00")));
        assertThat(years.stage(year.fiscalYear())).isEqualTo("CEILINGS");
        JsonNode history = api.history("auditor", id);
        assertThat(history.findValuesAsText("action")).contains("VERSION_RECORDED");
        assertThat(history.toString()).contains("公务接待费压减25%");
        api.expect(api.put("finance", PROPOSALS + "/{id}", body(year.fiscalYear(), List.of()), id), status().isConflict());
    }

    @Test
    void a_returned_proposal_goes_back_to_finance_who_revises_and_resubmits_it() {
        Year year = years.atOneUpProposal();
        long id = api.answer(api.post("finance", PROPOSALS, body(year.fiscalYear(), List.of())), status().isCreated())
            .path("id").asLong();
        api.answer(api.post("finance", PROPOSALS + "/{id}/submit", null, id), status().isOk());
        api.decide("director", id, "APPROVE", "会议通过", ProjectApplications.meeting());

        assertThat(api.decide("director", id, "RETURN", "人员经费请按核定编制复核")).isEqualTo("RETURNED");

        long draft = year.requests().get(3).id();
        api.answer(api.put("finance", PROPOSALS + "/{id}", body(year.fiscalYear(),
            List.of(cut(draft, 2, "190000.00", "按核定编制复核人员经费"))), id), status().isOk());
        assertThat(api.answer(api.post("finance", PROPOSALS + "/{id}/submit", null, id), status().isOk())
            .path("status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void finance_voids_its_proposal_and_consolidates_the_round_anew() {
        Year year = years.atOneUpProposal();
        long id = api.answer(api.post("finance", PROPOSALS, body(year.fiscalYear(), List.of())), status().isCreated())
            .path("id").asLong();

        api.expect(api.post("finance", "/api/v1/documents/{id}/void", Map.of("reason", "汇总口径有误，重新汇总"), id),
            status().isOk());

        assertThat(api.answer(api.get("finance", PROPOSALS + "/{id}", id), status().isOk()).path("status").asText())
            .isEqualTo("VOIDED");
        api.expect(api.post("finance", PROPOSALS, body(year.fiscalYear(), List.of())), status().isCreated());
    }

    /** Six sections' 办公费 (10001…10006) and, but for S01's 公务接待费 6000, their 基本工资 (200002.50…200006.50). */
    private static BigDecimal expectedTotal() {
        BigDecimal total = new BigDecimal("6000.00");
        for (int n = 1; n <= ProposalYears.SECTIONS; n++) {
            total = total.add(new BigDecimal(10000 + n));
            if (n > 1) {
                total = total.add(new BigDecimal((200000 + n) + ".50"));
            }
        }
        return total;
    }

    private static JsonNode threePublicUnitRow(JsonNode consolidation, String code) {
        return StreamSupport.stream(consolidation.path("threePublic").spliterator(), false)
            .filter(t -> t.path("economicCode").asText().equals(code) && t.path("sectionCode").isNull())
            .findFirst().orElseThrow();
    }

    private static JsonNode line(JsonNode proposal, long draftId, int lineNo) {
        return StreamSupport.stream(proposal.path("consolidation").path("lines").spliterator(), false)
            .filter(l -> l.path("draftId").asLong() == draftId && l.path("lineNo").asInt() == lineNo)
            .findFirst().orElseThrow();
    }
}
