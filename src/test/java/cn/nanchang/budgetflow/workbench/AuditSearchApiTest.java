package cn.nanchang.budgetflow.workbench;

import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import cn.nanchang.budgetflow.testsupport.DraftBodies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The auditors' search over every section. Other tests share the database, so each filter is
 * checked on three documents of this class's own: which of them it finds, and that everything
 * it finds fits. The person filter finds a reviewer's documents from the audit log.
 */
@ApiTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditSearchApiTest {

    private static final String SEARCH = "/api/v1/audit/documents?limit=500&";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final ApiClient api;
    private int year;
    private long approved;
    private long withFinance;
    private long neverSubmitted;

    AuditSearchApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    /**
     * In S06, in a year it had no draft: one approved at every level (12,345.67 yuan) and one
     * waiting for finance (800 yuan). In S05: one never submitted (50,000 yuan).
     */
    @BeforeAll
    void threeDocuments() {
        Draft first = api.drafts().submitted("staff6");
        year = first.fiscalYear();
        approved = first.id();
        api.approveAll(approved, "head6", "finance", "director", "bureau");
        withFinance = api.drafts().create("staff6", year, List.of(DraftBodies.line("2010350", "30205", "BASIC_PUBLIC", "800.00", "水费"))).id();
        api.drafts().submit("staff6", withFinance);
        api.approve("head6", withFinance);
        int otherYear = api.drafts().freshYear("staff5");
        if (otherYear == year) {
            otherYear = api.drafts().freshYear("staff5");
        }
        neverSubmitted = api.drafts().create("staff5", otherYear,
            List.of(DraftBodies.line("2010350", "30201", "BASIC_PUBLIC", "50000.00", "办公设备"))).id();
    }

    @Test
    void year_and_section_find_exactly_that_sections_documents_of_the_year() {
        JsonNode found = search("fiscalYear=" + year + "&section=S06");
        assertThat(ids(found)).containsExactly(withFinance, approved);
        assertThat(found.get(0).path("currentSteps").get(0).path("stepName").asText()).isEqualTo("财务审核");
        assertThat(found.get(1).path("statusName").asText()).isEqualTo("已批复");
        assertThat(found.get(1).path("currentSteps")).isEmpty();
        assertThat(mine(search("fiscalYear=" + year))).containsExactlyInAnyOrder(approved, withFinance);
        assertThat(search("fiscalYear=" + year)).allSatisfy(d -> assertThat(d.path("fiscalYear").asInt()).isEqualTo(year));
    }

    @Test
    void status_and_type_narrow_to_documents_in_that_state_and_of_that_type() {
        assertThat(mine(search("status=APPROVED"))).containsExactly(approved);
        assertThat(mine(search("status=IN_REVIEW"))).containsExactly(withFinance);
        assertThat(mine(search("status=DRAFT"))).containsExactly(neverSubmitted);
        assertThat(mine(search("type=BUDGET_DRAFT"))).containsExactlyInAnyOrder(approved, withFinance, neverSubmitted);
        assertThat(search("type=PROJECT_APPLICATION")).allSatisfy(d -> assertThat(d.path("type").asText()).isEqualTo("PROJECT_APPLICATION"));
        assertThat(search("status=APPROVED")).allSatisfy(d -> assertThat(d.path("status").asText()).isEqualTo("APPROVED"));
    }

    @Test
    void a_person_finds_what_they_drafted_and_what_the_audit_log_shows_them_acting_on() {
        assertThat(mine(search("person=staff6"))).containsExactlyInAnyOrder(approved, withFinance);
        assertThat(mine(search("person=head6"))).containsExactlyInAnyOrder(approved, withFinance);
        assertThat(mine(search("person=finance"))).containsExactly(approved);
        assertThat(mine(search("person=马丽华"))).containsExactly(approved);
        assertThat(mine(search("person=丽华"))).containsExactly(approved);
        assertThat(mine(search("person=staff5"))).containsExactly(neverSubmitted);
        assertThat(search("person=nobody-at-all")).isEmpty();
    }

    @Test
    void the_creation_date_range_includes_both_ends() {
        assertThat(mine(search("from=" + TODAY + "&to=" + TODAY))).containsExactlyInAnyOrder(approved, withFinance, neverSubmitted);
        assertThat(mine(search("to=" + TODAY.minusDays(1)))).isEmpty();
        assertThat(mine(search("from=" + TODAY.plusDays(1)))).isEmpty();
    }

    @Test
    void the_amount_range_is_in_yuan_and_includes_both_ends() {
        assertThat(mine(search("minAmount=10000"))).containsExactlyInAnyOrder(approved, neverSubmitted);
        assertThat(mine(search("maxAmount=1000"))).containsExactly(withFinance);
        assertThat(mine(search("minAmount=800&maxAmount=800"))).containsExactly(withFinance);
        assertThat(mine(search("minAmount=12345.67&maxAmount=12345.67"))).containsExactly(approved);
        assertThat(search("minAmount=10000")).allSatisfy(d ->
            assertThat(new java.math.BigDecimal(d.path("totalAmount").asText())).isGreaterThanOrEqualTo(new java.math.BigDecimal("10000")));
    }

    @Test
    void filters_combine_and_the_total_is_in_a_header() {
        ResultActions answer = api.get("auditor", SEARCH + "fiscalYear=" + year + "&section=S06&person=bureau&minAmount=10000");
        assertThat(ids(api.body(answer))).containsExactly(approved);
        assertThat(answer.andReturn().getResponse().getHeader("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void contradictory_or_malformed_ranges_are_refused_naming_the_field() throws Exception {
        api.get("auditor", SEARCH + "from=" + TODAY + "&to=" + TODAY.minusDays(1)).andExpect(rejectedFor("to"));
        api.get("auditor", SEARCH + "minAmount=2&maxAmount=1").andExpect(rejectedFor("maxAmount"));
        api.get("auditor", SEARCH + "minAmount=abc").andExpect(rejectedFor("minAmount"));
        api.get("auditor", SEARCH + "from=yesterday").andExpect(rejectedFor("from"));
        api.get("auditor", SEARCH + "person=" + "x".repeat(51)).andExpect(rejectedFor("person"));
    }

    private JsonNode search(String query) {
        ResultActions answer = api.get("auditor", SEARCH + query);
        assertThat(answer.andReturn().getResponse().getStatus()).as(query).isEqualTo(200);
        return api.body(answer);
    }

    private static List<Long> ids(JsonNode found) {
        return StreamSupport.stream(found.spliterator(), false).map(d -> d.path("id").asLong()).toList();
    }

    /** Which of this class's documents the answer holds. */
    private List<Long> mine(JsonNode found) {
        Set<Long> own = Set.of(approved, withFinance, neverSubmitted);
        return ids(found).stream().filter(own::contains).collect(Collectors.toList());
    }
}
