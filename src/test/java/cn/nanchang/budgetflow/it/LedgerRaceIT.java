package cn.nanchang.budgetflow.it;

import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.it.RaceClient.Answer;
import cn.nanchang.budgetflow.ledger.LedgerChecks;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing takes an 指标 below zero 可用, on MariaDB with real threads released together (issue 15
 * §1): two procurement plans, each saved while the money was there, submitted at the same instant
 * for more than the line holds — exactly one is frozen, the other gets a 409 naming the shortfall in
 * yuan, and the ledger adds up. Two plans that together fit both pass.
 */
@ExtendWith(FreshMariaDbDatabase.class)
@SpringBootTest(properties = {"budgetflow.demo-data=true", "budgetflow.demo-documents=false",
    "camunda.bpm.job-execution.enabled=false", "vaadin.allowed-packages=cn/nanchang/budgetflow"})
@AutoConfigureMockMvc
@ActiveProfiles("mysql")
@DirtiesContext
class LedgerRaceIT {

    private static final int RACES = 10;

    private final ApiClient api;
    private final RaceClient race;
    private final LedgerChecks checks;
    private final JdbcTemplate jdbc;

    LedgerRaceIT(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired OrganizationService organization,
            @Autowired JdbcTemplate jdbc) {
        this.api = new ApiClient(mvc, json);
        this.race = new RaceClient(mvc, json, organization);
        this.checks = new LedgerChecks(jdbc);
        this.jdbc = jdbc;
    }

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", FreshMariaDbDatabase::url);
        registry.add("spring.datasource.username", FreshMariaDbDatabase::user);
        registry.add("spring.datasource.password", FreshMariaDbDatabase::password);
    }

    @Test
    void two_plans_racing_for_the_last_money_of_one_line_leave_one_frozen_and_a_409_with_the_shortfall_for_the_other() throws Exception {
        int year = api.plans().freshYear();
        String[] amounts = new String[RACES];
        java.util.Arrays.fill(amounts, "100000.00");
        List<Long> lines = api.plans().approvedBudget("staff1", year, amounts);

        for (long line : lines) {
            long first = plan(year, line, "60000.00");
            long second = plan(year, line, "60000.00");

            List<Answer> answers = race.atOnce(c -> c.post("staff1", "/api/v1/procurement-plans/{id}/submit", null, first),
                c -> c.post("staff1", "/api/v1/procurement-plans/{id}/submit", null, second));

            assertThat(answers).as("line %d", line).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
            Answer refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertThat(refused.message()).contains("指标可用余额不足", "差额 20,000.00 元");
            long indicator = indicatorOf(line);
            assertThat(jdbc.queryForObject("select frozen from indicator where id = ?", java.math.BigDecimal.class, indicator))
                .isEqualByComparingTo("60000.00");
            assertThat(Rows.strings("SELECT status FROM document WHERE id IN (?, ?) ORDER BY status", first, second))
                .containsExactly("DRAFT", "IN_REVIEW");
            checks.assertAddsUp(indicator);
        }
    }

    @Test
    void two_plans_that_together_fit_the_line_are_both_frozen_when_submitted_at_once() throws Exception {
        int year = api.plans().freshYear();
        long line = api.plans().approvedBudget("staff2", year, "100000.00").get(0);
        long first = plan("staff2", year, line, "50000.00");
        long second = plan("staff2", year, line, "50000.00");

        List<Answer> answers = race.atOnce(c -> c.post("staff2", "/api/v1/procurement-plans/{id}/submit", null, first),
            c -> c.post("staff2", "/api/v1/procurement-plans/{id}/submit", null, second));

        assertThat(answers).extracting(Answer::status).containsExactly(200, 200);
        long indicator = indicatorOf(line);
        assertThat(jdbc.queryForObject("select quota - frozen - used from indicator where id = ?", java.math.BigDecimal.class, indicator))
            .isEqualByComparingTo("0.00");
        checks.assertAddsUp(indicator);
    }

    private long plan(int year, long line, String amount) {
        return plan("staff1", year, line, amount);
    }

    private long plan(String staff, int year, long line, String amount) {
        return api.plans().created(staff, planBody(year, item("GOODS", amount, "INQUIRY", line, year + "-05"))).path("id").asLong();
    }

    private long indicatorOf(long line) {
        return jdbc.queryForObject("select id from indicator where budget_line_id = ?", Long.class, line);
    }
}
