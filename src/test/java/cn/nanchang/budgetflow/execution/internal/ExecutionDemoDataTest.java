package cn.nanchang.budgetflow.execution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.execution.ExecutionProgress;
import cn.nanchang.budgetflow.execution.Progress;
import cn.nanchang.budgetflow.execution.ProgressRow;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.ledger.PaymentView;
import cn.nanchang.budgetflow.ledger.Payments;
import cn.nanchang.budgetflow.testsupport.SignedIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo year's example payments (DemoPayments2023): twelve months of them, all marked as
 * examples; every line on time but 党政信息网运行维护项目, clearly behind; the procurement freezes
 * settled as the projects were paid; loading again adds nothing.
 */
@SpringBootTest
// MockMvc unused here: with it the configuration is that of the other demo-document tests, whose context (and its
// costly seeding) Spring then builds once for all of them
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class ExecutionDemoDataTest {

    @Autowired
    ExecutionProgress progress;
    @Autowired
    Indicators indicators;
    @Autowired
    Payments payments;
    @Autowired
    DemoPayments2023 demo;
    @Autowired
    UserDetailsService accounts;

    @Test
    void most_lines_are_on_time_and_one_project_is_clearly_behind() {
        Progress p = SignedIn.as(accounts, "finance", () -> progress.read(2023, null));

        assertThat(p.monthsElapsed()).isEqualTo(12);
        assertThat(p.thresholdPercent()).isEqualByComparingTo("80");
        List<ProgressRow> behind = p.rows().stream().filter(ProgressRow::below).toList();
        assertThat(behind).extracting(ProgressRow::projectName).containsExactly(DemoPayments2023.BEHIND_PROJECT);
        assertThat(behind.get(0).ratePercent()).isLessThan(new java.math.BigDecimal("40"));
        assertThat(p.rows().size()).isGreaterThan(3);
        assertThat(p.total().below()).as("the unit as a whole is on time").isFalse();
        ProgressRow website = p.rows().stream().filter(r -> "南昌市政府网站集约化平台运维项目".equals(r.projectName())).findFirst().orElseThrow();
        assertThat(website.below()).isFalse();
        assertThat(website.cumulativeUsed()).hasSize(12);
        assertThat(website.cumulativeUsed().get(5).compareTo(website.cumulativeUsed().get(4))).isPositive();
        assertThat(website.cumulativeUsed().get(11)).isEqualTo(website.used());
        assertThat(behind.get(0).cumulativeUsed().get(2)).as("nothing paid before April").isEqualTo(Money.ZERO);
    }

    @Test
    void the_payments_are_examples_and_the_ledger_still_adds_up_after_loading_twice() throws Exception {
        ApplicationArguments none = new DefaultApplicationArguments();
        demo.run(none);

        SignedIn.as(accounts, "finance", () -> {
            List<IndicatorSummary> year = indicators.list(2023, null);
            for (IndicatorSummary i : year) {
                assertThat(i.available()).as("indicator " + i.id()).isEqualTo(i.quota().minus(i.frozen()).minus(i.used()));
                assertThat(i.available().yuan().signum()).isNotNegative();
                List<PaymentView> paid = payments.ofIndicator(i.id());
                assertThat(paid).as("paid on " + i.id()).isNotEmpty().allMatch(PaymentView::example);
                assertThat(paid.stream().map(PaymentView::amount).reduce(Money.ZERO, Money::plus)).isEqualTo(i.used());
            }
            IndicatorSummary website = year.stream().filter(i -> "南昌市政府网站集约化平台运维项目".equals(i.projectName()))
                .findFirst().orElseThrow();
            assertThat(website.frozen()).as("its procurement settled as it was paid").isEqualTo(Money.ZERO);
            return null;
        });
    }
}
