package cn.nanchang.budgetflow.adjustment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentDetails;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentService;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.budgetyear.Comparison;
import cn.nanchang.budgetflow.budgetyear.VersionKind;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.ledger.EntryKind;
import cn.nanchang.budgetflow.ledger.EntryView;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.ledger.SourceType;
import cn.nanchang.budgetflow.security.ActingAs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's 2023 调剂 (an example): approved along its route, 20万 moved inside 数字政务与网站管理科's
 * website project from 维修(护)费 to a new 委托业务费 指标, and the ledger carrying exactly that.
 */
@SpringBootTest
// MockMvc unused here: with it the configuration is that of the other demo-document tests, whose context (and its
// costly seeding) Spring then builds once for all of them
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class AdjustmentDemoDataTest {

    @Autowired
    DemoAdjustment2023 demo;
    @Autowired
    BudgetAdjustmentService adjustments;
    @Autowired
    Indicators indicators;
    @Autowired
    DocumentQueries queries;
    @Autowired
    ActingAs acting;
    @Autowired
    BudgetYears years;

    @Test
    void one_transfer_of_2023_is_approved_and_moved_the_website_projects_indicators() {
        List<DocumentSummary> filed = filed();
        assertThat(filed).hasSize(1);
        BudgetAdjustmentDetails adjustment = acting.run("finance", () -> adjustments.get(filed.get(0).id()));
        assertThat(adjustment.status()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(adjustment.sectionCode()).isEqualTo("S04");
        assertThat(adjustment.total().toString()).isEqualTo("200000.00");
        assertThat(adjustment.reason()).contains("2023年7月");
        assertThat(adjustment.routingReason()).isEqualTo("同一项目内经济分类之间调剂，总额不变，由中心审批");
        assertThat(adjustment.financeBureauApproval()).isFalse();

        List<IndicatorSummary> s04 = acting.run("finance", () -> indicators.list(2023, "S04"));
        IndicatorSummary maintenance = s04.stream().filter(i -> i.economicCode().equals("30213")).findFirst().orElseThrow();
        IndicatorSummary commissioned = s04.stream().filter(i -> i.economicCode().equals("30227")).findFirst().orElseThrow();
        assertThat(maintenance.quota().toString()).isEqualTo("3410000.00");
        assertThat(commissioned.quota().toString()).isEqualTo("200000.00");
        assertThat(commissioned.sourceType()).isEqualTo(SourceType.TRANSFER);
        assertThat(commissioned.sourceRef()).isEqualTo(adjustment.number());
        assertThat(commissioned.projectId()).isEqualTo(maintenance.projectId());
        List<EntryView> entries = acting.run("finance", () -> indicators.entries(maintenance.id()));
        assertThat(entries).filteredOn(e -> e.kind() == EntryKind.DECREASE).singleElement()
            .satisfies(e -> assertThat(e.documentNumber()).isEqualTo(adjustment.number()));
    }

    @Test
    void the_2023_comparison_shows_the_adjusted_version_beside_the_approved_one_where_the_lines_moved() {
        Comparison comparison = acting.run("finance", () -> years.comparison(2023));

        assertThat(comparison.versions()).endsWith(VersionKind.APPROVED, VersionKind.ADJUSTED);
        List<Comparison.Row> s04 = comparison.rows().stream()
            .filter(r -> r.level() == Comparison.Level.LINE && "S04".equals(r.sectionCode())).toList();
        Comparison.Row maintenance = s04.stream().filter(r -> "30213".equals(r.economicCode())).findFirst().orElseThrow();
        Comparison.Row commissioned = s04.stream().filter(r -> "30227".equals(r.economicCode())).findFirst().orElseThrow();
        assertThat(maintenance.amounts()).containsEntry(VersionKind.APPROVED, Money.yuan("3610000.00"))
            .containsEntry(VersionKind.ADJUSTED, Money.yuan("3410000.00"));
        assertThat(commissioned.amounts()).containsEntry(VersionKind.APPROVED, Money.ZERO)
            .containsEntry(VersionKind.ADJUSTED, Money.yuan("200000.00"));
        assertThat(maintenance.differences()).last().satisfies(d -> {
            assertThat(d.to()).isEqualTo(VersionKind.ADJUSTED);
            assertThat(d.source().type()).isEqualTo(Comparison.SourceType.ADJUSTMENT);
        });
        Comparison.Row s04Project = comparison.rows().stream().filter(r -> r.level() == Comparison.Level.SECTION
            && "S04".equals(r.sectionCode()) && r.kind() == cn.nanchang.budgetflow.budget.ExpenditureKind.PROJECT)
            .findFirst().orElseThrow();
        assertThat(s04Project.amounts().get(VersionKind.ADJUSTED)).isEqualTo(s04Project.amounts().get(VersionKind.APPROVED));
    }

    @Test
    void seeding_again_adds_nothing() {
        demo.run(null);

        assertThat(filed()).hasSize(1);
    }

    private List<DocumentSummary> filed() {
        return acting.run("finance", () -> queries.list(new DocumentFilter(DocumentType.BUDGET_ADJUSTMENT, 2023, null, null), 0, 10));
    }
}
