package cn.nanchang.budgetflow.it;

import static cn.nanchang.budgetflow.testsupport.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.line;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.AccountDetails;
import cn.nanchang.budgetflow.security.AccountDetailsFactory;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application on the {@code mysql} profile against a real MariaDB through MySQL
 * Connector/J, in a database created for this run: Flyway's and the engine's schemas must come
 * up there, a draft must go through all four approvals and through a return and resubmission,
 * and Chinese text (including characters outside the BMP, which need utf8mb4) must come back
 * exactly as sent.
 */
@ExtendWith(FreshMariaDbDatabase.class)
@SpringBootTest(properties = "budgetflow.demo-data=true")
@AutoConfigureMockMvc
@ActiveProfiles("mysql")
@DirtiesContext
class MariaDbApprovalIT {

    /** 𠮷 (U+20BB7) takes four bytes in UTF-8: it survives only in utf8mb4, not in MySQL's old utf8. */
    private static final String NOTE = "办公设备购置（含𠮷字库授权）";
    private static final String RETURN_COMMENT = "请补充采购依据；金额偏高，压减至8000元以内。";

    private final ApiClient api;
    private final BudgetDraftService drafts;
    private final OrganizationService organization;

    MariaDbApprovalIT(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired BudgetDraftService drafts,
            @Autowired OrganizationService organization) {
        this.api = new ApiClient(mvc, json);
        this.drafts = drafts;
        this.organization = organization;
    }

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", FreshMariaDbDatabase::url);
        registry.add("spring.datasource.username", FreshMariaDbDatabase::user);
        registry.add("spring.datasource.password", FreshMariaDbDatabase::password);
    }

    @Test
    void flyway_and_the_engine_create_their_tables_in_the_fresh_database() throws Exception {
        List<String> tables = strings("SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
            FreshMariaDbDatabase.name());

        assertThat(tables).contains("org_unit", "app_user", "classification_code", "document", "budget_draft",
            "budget_line", "document_sequence", "audit_entry", "flyway_schema_history");
        assertThat(tables).contains("ACT_GE_PROPERTY", "ACT_RE_PROCDEF", "ACT_RU_EXECUTION", "ACT_RU_TASK",
            "ACT_RU_VARIABLE", "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_COMMENT");
        assertThat(strings("SELECT version FROM flyway_schema_history WHERE success = 1 AND version <> '0' ORDER BY installed_rank"))
            .containsExactlyElementsOf(migrationVersions());
        assertThat(strings("SELECT table_collation FROM information_schema.tables WHERE table_schema = ? AND table_name IN"
                + " ('document', 'budget_line', 'audit_entry', 'app_user')", FreshMariaDbDatabase.name()))
            .hasSize(4).allMatch(collation -> collation.startsWith("utf8mb4"));
        assertThat(strings("SELECT name FROM org_unit WHERE code = 'S02'")).containsExactly("基础设施与安全科");
        // V31's REPLACE of the catalogue's brackets runs on MariaDB too
        assertThat(strings("SELECT name FROM classification_code WHERE code IN ('20103', '30212') ORDER BY code"))
            .containsExactly("政府办公厅（室）及相关机构事务", "因公出国（境）费用");
    }

    /** The versions of the migration scripts on the classpath, in order: every one must have run. */
    private static List<String> migrationVersions() throws java.io.IOException {
        return java.util.Arrays.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath:db/migration/V*__*.sql"))
            .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")))
            .sorted(java.util.Comparator.comparing(Integer::valueOf))
            .toList();
    }

    @Test
    void a_draft_goes_through_all_four_approvals() throws Exception {
        Draft draft = api.drafts().create("staff1", api.drafts().freshYear("staff1"),
            List.of(line("2010350", "31002", "BASIC_PUBLIC", "9876.54", NOTE)));
        assertThat(draft.json().path("lines").get(0).path("note").asText()).isEqualTo(NOTE);
        assertThat(draft.json().path("lines").get(0).path("economicName").asText()).isEqualTo("办公设备购置");

        assertThat(api.drafts().submit("staff1", draft.id()).path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(api.approveAll(draft.id(), "head1", "finance", "director", "bureau")).isEqualTo("APPROVED");

        JsonNode approved = api.drafts().draft("auditor", draft.id());
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("totalAmount").asText()).isEqualTo("9876.54");
        assertThat(approved.path("drafterName").asText()).isEqualTo("李晓明");
        assertThat(strings("SELECT note FROM budget_line WHERE draft_id = ?", draft.id())).containsExactly(NOTE);
        assertThat(strings("SELECT CONCAT(d.status, '/', COALESCE(b.open_key, '-')) FROM document d"
            + " JOIN budget_draft b ON b.id = d.id WHERE d.id = ?", draft.id())).containsExactly("APPROVED/-");
        assertThat(strings("SELECT end_act_id_ FROM ACT_HI_PROCINST WHERE business_key_ = ?", String.valueOf(draft.id())))
            .containsExactly("EndEvent_BudgetApproved");
        assertThat(api.history("auditor", draft.id()).findValuesAsText("action"))
            .containsExactly("CREATE", "SUBMIT", "APPROVE", "APPROVE", "APPROVE", "APPROVE");
    }

    @Test
    void a_returned_draft_is_revised_resubmitted_and_reviewed_again_from_the_section_head() throws Exception {
        Draft draft = api.drafts().submitted("staff2");
        api.approve("head2", draft.id());

        assertThat(api.decide("finance", draft.id(), "RETURN", RETURN_COMMENT)).isEqualTo("RETURNED");
        Map<String, Object> revision = draftBody(draft.fiscalYear(),
            List.of(line("2010350", "31002", "BASIC_PUBLIC", "7999.00", NOTE)));
        revision.put("version", api.drafts().draft("staff2", draft.id()).path("version").asLong());
        assertThat(api.drafts().edit("staff2", draft.id(), revision).path("status").asText()).isEqualTo("RETURNED");
        assertThat(api.drafts().submit("staff2", draft.id()).path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(api.task("head2", draft.id())).get()
            .extracting(t -> t.path("step").asText()).isEqualTo("SECTION_HEAD_REVIEW");
        assertThat(api.approveAll(draft.id(), "head2", "finance", "director", "bureau")).isEqualTo("APPROVED");

        JsonNode history = api.history("staff2", draft.id());
        assertThat(history.findValuesAsText("action")).containsExactly("CREATE", "SUBMIT", "APPROVE", "RETURN", "EDIT",
            "RESUBMIT", "APPROVE", "APPROVE", "APPROVE", "APPROVE");
        assertThat(history.get(3).path("comment").asText()).isEqualTo(RETURN_COMMENT);
        assertThat(history.get(3).path("actorName").asText()).isEqualTo("杨秀英");
        assertThat(strings("SELECT comment_text FROM audit_entry WHERE document_id = ? AND action = 'RETURN'", draft.id()))
            .containsExactly(RETURN_COMMENT);
        assertThat(strings("SELECT message_ FROM ACT_HI_COMMENT WHERE root_proc_inst_id_ IN"
            + " (SELECT id_ FROM ACT_HI_PROCINST WHERE business_key_ = ?) AND message_ LIKE '请补充%'", String.valueOf(draft.id())))
            .containsExactly(RETURN_COMMENT);
        assertThat(api.drafts().draft("staff2", draft.id()).path("lines").get(0).path("note").asText()).isEqualTo(NOTE);
    }

    @Test
    void the_auditor_finds_a_draft_by_its_reviewer_reads_its_timeline_and_exports_it() throws Exception {
        Draft draft = api.drafts().submitted("staff2");
        api.approve("head2", draft.id());

        JsonNode found = api.body(api.get("auditor", "/api/v1/audit/documents?person=刘国强&fiscalYear=" + draft.fiscalYear()
            + "&minAmount=0.01&from=2000-01-01"));
        assertThat(api.ids(found)).contains(draft.id());
        JsonNode timeline = api.body(api.get("auditor", "/api/v1/audit/documents/{id}/timeline", draft.id()));
        assertThat(timeline.path("tasks")).hasSize(2);
        assertThat(timeline.path("tasks").get(0).path("completedByName").asText()).isEqualTo("刘国强");
        assertThat(api.get("auditor", "/api/v1/audit/documents/{id}/timeline.xlsx", draft.id()).andReturn().getResponse()
            .getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
        JsonNode events = api.body(api.get("auditor", "/api/v1/audit/documents/{id}/timeline", draft.id())).path("events");
        assertThat(events.get(events.size() - 1).path("action").asText()).isEqualTo("EXPORT");
    }

    @Test
    void timestamps_are_stored_as_utc_whatever_the_zone_of_the_jvm() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Draft draft = api.drafts().submitted("staff3");

        Instant created = Instant.parse(draft.json().path("createdAt").asText());
        assertThat(created).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(strings("SELECT ABS(TIMESTAMPDIFF(SECOND, created_at, UTC_TIMESTAMP())) < 120 FROM document WHERE id = ?",
            draft.id())).as("document.created_at is UTC").containsExactly("1");
        assertThat(strings("SELECT ABS(TIMESTAMPDIFF(SECOND, occurred_at, UTC_TIMESTAMP())) < 120 FROM audit_entry"
            + " WHERE document_id = ? AND action = 'SUBMIT'", draft.id())).as("audit_entry.occurred_at is UTC").containsExactly("1");
        assertThat(strings("SELECT ABS(TIMESTAMPDIFF(SECOND, start_time_, UTC_TIMESTAMP())) < 120 FROM ACT_HI_PROCINST"
            + " WHERE business_key_ = ?", String.valueOf(draft.id()))).as("engine times are UTC").containsExactly("1");
        Instant received = Instant.parse(api.task("head3", draft.id()).orElseThrow().path("created").asText());
        assertThat(received).isBetween(before, Instant.now().plusSeconds(1));
    }

    @Test
    void every_section_may_create_the_first_draft_of_a_new_year_at_the_same_moment() throws Exception {
        int year = 2099;
        assertThat(strings("SELECT COALESCE(MAX(last_number), 0) FROM document_sequence WHERE fiscal_year = ? AND prefix = 'YS'", year))
            .as("no budget draft of the year yet").containsExactly("0");
        List<String> staff = List.of("staff1", "staff2", "staff3", "staff4", "staff5", "staff6");
        CyclicBarrier start = new CyclicBarrier(staff.size());
        ExecutorService pool = Executors.newFixedThreadPool(staff.size());
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (String username : staff) {
                AccountDetails account = AccountDetailsFactory.of(organization.user(username).orElseThrow());
                numbers.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
                    try {
                        start.await(30, TimeUnit.SECONDS);
                        return drafts.create(new BudgetDraftInput(year, List.of(new BudgetDraftInput.LineInput(
                            "2010350", "30201", "BASIC_PUBLIC", "100.00", username)))).number();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<String> created = new ArrayList<>();
            for (Future<String> number : numbers) {
                created.add(number.get(60, TimeUnit.SECONDS));
            }
            assertThat(created).containsExactlyInAnyOrder("YS-2099-0001", "YS-2099-0002", "YS-2099-0003",
                "YS-2099-0004", "YS-2099-0005", "YS-2099-0006");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Demo mode seeds the 2022 and 2023 projects and the 2023 procurement plans through the real
     * processes at start-up, so both routed models have run here: projects through 主任办公会 and the bureau,
     * plans through the routing table's three outcomes. Checked in what MariaDB stored.
     */
    @Test
    void both_routed_processes_run_to_the_end_on_mariadb_with_the_decision_table() throws Exception {
        assertThat(strings("SELECT proc_def_key_ FROM ACT_HI_PROCINST WHERE state_ = 'COMPLETED' AND end_act_id_ = 'EndEvent_Approved'"))
            .filteredOn("project-application-approval"::equals).hasSize(4);
        assertThat(strings("SELECT proc_def_key_ FROM ACT_HI_PROCINST WHERE state_ = 'COMPLETED' AND end_act_id_ = 'EndEvent_Approved'"))
            .filteredOn("procurement-plan-approval"::equals).hasSize(3);
        assertThat(strings("SELECT COUNT(*) FROM ACT_HI_DECINST WHERE dec_def_key_ = 'approval-routing'"))
            .containsExactly("7");
        // the meeting also passed the demo's two 2023 unit proposals (JY-): only the projects' count here
        assertThat(strings("SELECT d.doc_number FROM collective_decision c JOIN document d ON d.id = c.document_id"
            + " WHERE c.passed = TRUE AND d.doc_type = 'PROJECT_APPLICATION'")).hasSize(4);
        assertThat(strings("SELECT status FROM document WHERE fiscal_year = 2023 AND doc_type IN ('PROJECT_APPLICATION', 'PROCUREMENT_PLAN')"))
            .hasSize(5).containsOnly("APPROVED");
        assertThat(strings("SELECT SUM(amount) FROM procurement_item")).containsExactly("3970000.00");
    }

    /** Reads through a connection of its own, so that what is checked is what the server stored. */
    private static List<String> strings(String sql, Object... parameters) throws Exception {
        try (Connection connection = FreshMariaDbDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
