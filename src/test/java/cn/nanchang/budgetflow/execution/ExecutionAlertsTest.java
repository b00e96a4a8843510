package cn.nanchang.budgetflow.execution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.ledger.LedgerMoves;
import cn.nanchang.budgetflow.policy.PolicyThresholds;
import cn.nanchang.budgetflow.policy.ThresholdKey;
import cn.nanchang.budgetflow.testsupport.SignedIn;
import org.springframework.security.core.userdetails.UserDetailsService;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.AfterApprovalTestContext;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans.Funding;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The execution alert: a 指标 below the month's threshold is reported to its section's 科长 and to
 * 财务 once a month; a second check in the same month tells nobody, the next month tells again,
 * and before the end of April nobody is told. The rates are the administrator's percentages.
 */
@AfterApprovalTestContext
class ExecutionAlertsTest {

    private final ApiClient api;
    private final LedgerMoves moves;
    private final ExecutionAlerts alerts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    @Autowired
    PolicyThresholds thresholds;
    @Autowired
    UserDetailsService accounts;

    ExecutionAlertsTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired LedgerMoves moves,
            @Autowired ExecutionAlerts alerts, @Autowired JdbcTemplate jdbc, @Autowired PlatformTransactionManager transactions) {
        this.api = new ApiClient(mvc, json);
        this.moves = moves;
        this.alerts = alerts;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    @Test
    void a_line_behind_is_told_to_its_section_head_and_finance_once_a_month() {
        Funding f = api.plans().fundedLine("staff1", "80000.00");
        tx.executeWithoutResult(s -> moves.issueApproved(f.year(), "洪数字〔" + f.year() + "〕2号", "finance"));
        long headBefore = told("head1");
        long financeBefore = told("finance");
        long otherHeadBefore = told("head2");

        int first = alerts.check(LocalDate.of(f.year(), 7, 10));

        assertThat(first).as("the one 指标, nothing spent against 40 % by June").isEqualTo(1);
        assertThat(told("head1")).isEqualTo(headBefore + 1);
        assertThat(told("finance")).isEqualTo(financeBefore + 1);
        assertThat(told("head2")).as("another section's 科长").isEqualTo(otherHeadBefore);
        String body = jdbc.queryForObject("select body from notification where recipient = 'head1' and kind = 'EXECUTION_BEHIND'"
            + " order by id desc limit 1", String.class);
        assertThat(body).contains("40.00%").contains("支出进度 0.00%");
        assertThat(jdbc.queryForObject("select count(*) from execution_alert a join indicator i on i.id = a.indicator_id"
            + " where i.fiscal_year = ? and a.alert_month = ?", Long.class, f.year(), f.year() + "-07")).isEqualTo(1);

        int second = alerts.check(LocalDate.of(f.year(), 7, 28));

        assertThat(second).as("the same month again").isZero();
        assertThat(told("head1")).isEqualTo(headBefore + 1);
        assertThat(told("finance")).isEqualTo(financeBefore + 1);

        assertThat(alerts.check(LocalDate.of(f.year(), 8, 1))).as("a new month").isEqualTo(1);
        assertThat(told("head1")).isEqualTo(headBefore + 2);
    }

    @Test
    void before_the_end_of_april_no_threshold_is_in_force_and_nobody_is_told() {
        Funding f = api.plans().fundedLine("staff1", "30000.00");
        tx.executeWithoutResult(s -> moves.issueApproved(f.year(), "洪数字〔" + f.year() + "〕3号", "finance"));
        long before = told("head1");

        assertThat(alerts.check(LocalDate.of(f.year(), 4, 30))).isZero();
        assertThat(told("head1")).isEqualTo(before);
    }

    @Test
    void the_rates_are_percentages_the_administrator_sets_between_0_and_100() {
        for (String bad : java.util.List.of("101", "0", "abc", "25.555")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as(accounts, "admin",
                    () -> thresholds.change(ThresholdKey.executionAlertJunePercent.name(), bad)))
                .as(bad).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations().get(0).field()).isEqualTo("amountYuan"));
        }
        assertThat(thresholds.percent(ThresholdKey.executionAlertJunePercent)).isEqualByComparingTo("40");
        try {
            SignedIn.as(accounts, "admin", () -> thresholds.change(ThresholdKey.executionAlertJunePercent.name(), "45"));
            assertThat(thresholds.percent(ThresholdKey.executionAlertJunePercent)).isEqualByComparingTo("45");
        } finally {
            SignedIn.as(accounts, "admin", () -> thresholds.change(ThresholdKey.executionAlertJunePercent.name(), "40.00"));
        }
    }

    private long told(String user) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and kind = 'EXECUTION_BEHIND'",
            Long.class, user);
    }
}
