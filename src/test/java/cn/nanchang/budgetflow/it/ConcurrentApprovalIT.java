package cn.nanchang.budgetflow.it;

import static cn.nanchang.budgetflow.testsupport.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.line;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.it.RaceClient.Answer;
import cn.nanchang.budgetflow.organization.OrganizationService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Concurrent use on MariaDB (issue 7 §3), with real threads released together by a barrier:
 * two members of one approval group deciding the same task at once, 200 times; an approval
 * racing an edit of the same draft, and two edits racing each other; 50 people submitting at
 * once. What is checked is what the server stored: one transition per task, one audit entry per
 * acknowledged action, no lost update, unique document numbers, an intact audit chain.
 */
@ExtendWith(FreshMariaDbDatabase.class)
@SpringBootTest(properties = {"budgetflow.demo-data=true", "budgetflow.demo-documents=false",
    "camunda.bpm.job-execution.enabled=false", "vaadin.allowed-packages=cn/nanchang/budgetflow"})
@AutoConfigureMockMvc
@ActiveProfiles("mysql")
@DirtiesContext
class ConcurrentApprovalIT {

    private static final int RACES = 200;
    private static final int SUBMITTERS = 50;
    private static final String TASK_TAKEN = "该任务已被他人办理，请刷新待办列表";
    private static final Map<String, Object> APPROVE = Map.of("decision", "APPROVE", "comment", "同意");

    private final RaceClient api;

    ConcurrentApprovalIT(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired OrganizationService organization) {
        this.api = new RaceClient(mvc, json, organization);
    }

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", FreshMariaDbDatabase::url);
        registry.add("spring.datasource.username", FreshMariaDbDatabase::user);
        registry.add("spring.datasource.password", FreshMariaDbDatabase::password);
    }

    /** A second member for every approval group, and 50 more 科员, so that different people can race. */
    @BeforeAll
    static void secondMembers(@Autowired OrganizationService organization) throws Exception {
        assertThat(organization.user("staff1")).as("demo users exist before more are added").isPresent();
        for (int s = 1; s <= 6; s++) {
            Rows.addUser("head" + s + "b", "副科长" + s, "SECTION_HEAD", "S0" + s);
        }
        Rows.addUser("finance2", "财务复核", "FINANCE", null);
        Rows.addUser("director2", "副主任", "DIRECTOR", null);
        Rows.addUser("bureau2", "数据局复核", "BUREAU", null);
        for (int i = 0; i < SUBMITTERS; i++) {
            Rows.addUser(submitter(i), "并发科员" + i, "STAFF", "S0" + (i % 6 + 1));
        }
    }

    @Test
    void two_approvers_deciding_the_same_task_at_once_leave_exactly_one_decision_and_a_409_for_the_other() throws Exception {
        List<long[]> documents = new ArrayList<>();
        for (int k = 0; k < RACES / 4; k++) {
            int section = k % 6 + 1;
            documents.add(new long[] {submittedDraft("staff" + section, 2060 + k / 6, "1000.00"), section});
        }
        String[][] groups = {{"head%d", "head%db"}, {"finance", "finance2"}, {"director", "director2"}, {"bureau", "bureau2"}};
        int race = 0;
        for (String[] group : groups) {
            for (long[] document : documents) {
                String first = group[race % 2].formatted(document[1]);
                String second = group[(race + 1) % 2].formatted(document[1]);
                race++;
                String taskId = Rows.openTaskOf(document[0]);
                List<Answer> answers = api.atOnce(decide(first, taskId), decide(second, taskId));

                assertThat(answers).as("race %d on task %s", race, taskId).extracting(Answer::status)
                    .containsExactlyInAnyOrder(200, 409);
                assertThat(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().message())
                    .isEqualTo(TASK_TAKEN);
                assertThat(Rows.strings("SELECT action FROM audit_entry WHERE task_id = ?", taskId)).containsExactly("APPROVE");
                assertThat(Rows.strings("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE ID_ = ? AND END_TIME_ IS NOT NULL", taskId))
                    .containsExactly("1");
            }
        }
        assertThat(race).isEqualTo(RACES);
        for (long[] document : documents) {
            assertThat(Rows.strings("SELECT status FROM document WHERE id = ?", document[0])).containsExactly("APPROVED");
            assertThat(Rows.strings("SELECT action FROM audit_entry WHERE document_id = ? ORDER BY id", document[0]))
                .containsExactly("CREATE", "SUBMIT", "APPROVE", "APPROVE", "APPROVE", "APPROVE");
            assertThat(Rows.strings("SELECT COUNT(*) FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_"
                + " WHERE p.BUSINESS_KEY_ = ?", String.valueOf(document[0]))).containsExactly("4");
            assertThat(Rows.strings("SELECT END_ACT_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", String.valueOf(document[0])))
                .containsExactly("EndEvent_BudgetApproved");
        }
        assertChainIntact();
    }

    @Test
    void an_approval_racing_an_edit_of_the_same_draft_keeps_the_approval_and_refuses_the_edit() throws Exception {
        for (int i = 0; i < 10; i++) {
            long id = submittedDraft("staff1", 2070 + i, "2000.00");
            long version = api.get("staff1", "/api/v1/budget-drafts/{id}", id).body().path("version").asLong();
            String head = Rows.openTaskOf(id);
            List<Answer> answers = api.atOnce(decide("head1", head), edit("staff1", id, 2070 + i, version, "9999.00"));

            assertThat(answers.get(0).status()).isEqualTo(200);
            assertThat(answers.get(1).status()).isEqualTo(409);
            assertThat(answers.get(1).message()).containsPattern("\\p{IsHan}");
            assertThat(Rows.strings("SELECT total_amount FROM document WHERE id = ?", id)).containsExactly("2000.00");
            assertThat(Rows.strings("SELECT action FROM audit_entry WHERE document_id = ? ORDER BY id", id))
                .containsExactly("CREATE", "SUBMIT", "APPROVE");
        }
        long id = submittedDraft("staff2", 2080, "3000.00");
        for (String reviewer : List.of("head2", "finance", "director")) {
            assertThat(api.post(reviewer, "/api/v1/tasks/{id}/decision", APPROVE, Rows.openTaskOf(id)).status()).isEqualTo(200);
        }
        long version = api.get("staff2", "/api/v1/budget-drafts/{id}", id).body().path("version").asLong();
        List<Answer> last = api.atOnce(decide("bureau", Rows.openTaskOf(id)), edit("staff2", id, 2080, version, "1.00"));
        assertThat(last).extracting(Answer::status).containsExactly(200, 409);
        assertThat(Rows.strings("SELECT CONCAT(status, ' ', total_amount) FROM document WHERE id = ?", id))
            .containsExactly("APPROVED 3000.00");
        assertChainIntact();
    }

    @Test
    void two_edits_of_the_same_version_are_never_both_kept() throws Exception {
        for (int i = 0; i < 20; i++) {
            int year = 2030 + i;
            long id = created("staff3", year, "500.00");
            long version = api.get("staff3", "/api/v1/budget-drafts/{id}", id).body().path("version").asLong();
            List<Answer> answers = api.atOnce(edit("staff3", id, year, version, "600.00"), edit("staff3", id, year, version, "700.00"));

            assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
            Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
            assertThat(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().message()).containsPattern("\\p{IsHan}");
            assertThat(Rows.strings("SELECT total_amount FROM document WHERE id = ?", id))
                .containsExactly(winner.body().path("totalAmount").asText());
            assertThat(Rows.strings("SELECT amount FROM budget_line WHERE draft_id = ?", id))
                .containsExactly(winner.body().path("totalAmount").asText());
            assertThat(Rows.strings("SELECT action FROM audit_entry WHERE document_id = ? ORDER BY id", id))
                .containsExactly("CREATE", "EDIT");
        }
    }

    @Test
    void fifty_people_submitting_at_once_are_all_stored_with_unique_numbers() throws Exception {
        @SuppressWarnings("unchecked")
        Function<RaceClient, Answer>[] submissions = new Function[SUBMITTERS];
        for (int i = 0; i < SUBMITTERS; i++) {
            String user = submitter(i);
            int year = 2090 + i / 6;
            submissions[i] = client -> {
                Answer created = client.post(user, "/api/v1/budget-drafts",
                    draftBody(year, List.of(line("2010350", "30201", "BASIC_PUBLIC", "100.00", user))));
                if (created.status() != 201) {
                    return created;
                }
                return client.post(user, "/api/v1/budget-drafts/{id}/submit", null, created.body().path("id").asLong());
            };
        }
        List<Answer> answers = api.atOnce(submissions);

        assertThat(answers).extracting(Answer::status).containsOnly(200);
        Set<String> numbers = new HashSet<>();
        for (Answer answer : answers) {
            assertThat(answer.body().path("status").asText()).isEqualTo("IN_REVIEW");
            numbers.add(answer.body().path("number").asText());
        }
        assertThat(numbers).hasSize(SUBMITTERS);
        assertThat(Rows.strings("SELECT COUNT(DISTINCT doc_number) FROM document WHERE drafter LIKE 'burst%' AND status = 'IN_REVIEW'"))
            .containsExactly(String.valueOf(SUBMITTERS));
        assertThat(Rows.strings("SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN document d ON e.BUSINESS_KEY_ = CAST(d.id AS CHAR)"
            + " WHERE d.drafter LIKE 'burst%' AND e.PARENT_ID_ IS NULL")).containsExactly(String.valueOf(SUBMITTERS));
        assertThat(Rows.strings("SELECT COUNT(*) FROM audit_entry WHERE actor LIKE 'burst%' AND action = 'SUBMIT'"))
            .containsExactly(String.valueOf(SUBMITTERS));
        assertChainIntact();
    }

    private static String submitter(int i) {
        return "burst%02d".formatted(i);
    }

    private long created(String staff, int year, String amount) {
        Answer created = api.post(staff, "/api/v1/budget-drafts", draftBody(year, List.of(line("2010350", "30201", "BASIC_PUBLIC", amount, "办公费"))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("id").asLong();
    }

    private long submittedDraft(String staff, int year, String amount) {
        long id = created(staff, year, amount);
        assertThat(api.post(staff, "/api/v1/budget-drafts/{id}/submit", null, id).status()).isEqualTo(200);
        return id;
    }

    private static Function<RaceClient, Answer> decide(String user, String taskId) {
        return client -> client.post(user, "/api/v1/tasks/{id}/decision", APPROVE, taskId);
    }

    private static Function<RaceClient, Answer> edit(String staff, long id, int year, long version, String amount) {
        Map<String, Object> body = draftBody(year, List.of(line("2010350", "30201", "BASIC_PUBLIC", amount, "办公费")));
        body.put("version", version);
        return client -> client.put(staff, "/api/v1/budget-drafts/{id}", body, id);
    }

    private void assertChainIntact() {
        Answer verification = api.get("auditor", "/api/v1/audit/verify");
        assertThat(verification.body().path("intact").asBoolean()).as(verification.body().toString()).isTrue();
    }
}
