package cn.nanchang.budgetflow.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.procurement.ProcurementCategory;
import cn.nanchang.budgetflow.reporting.CheckFinding;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Cell;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Row;
import cn.nanchang.budgetflow.reporting.internal.DisclosureSources.ProcuredItem;
import cn.nanchang.budgetflow.security.ActingAs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Each cross-check against the demo's 2023 data with one mismatch injected: the check reports it
 * with the exact difference in yuan and where it comes from; the untouched data passes them all.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class DisclosureChecksTest {

    @Autowired
    SourceReader reader;
    @Autowired
    DisclosureTables tableBuilder;
    @Autowired
    DisclosureChecks checks;
    @Autowired
    ActingAs acting;

    DisclosureSources sources;
    List<DisclosureTable> tables;

    @BeforeEach
    void read2023() {
        sources = acting.run("finance", () -> reader.read(2023));
        tables = tableBuilder.build(sources.now());
    }

    @Test
    void the_approved_2023_data_passes_every_check() {
        assertThat(checks.run(tables, sources)).isEmpty();
    }

    @Test
    void a_line_whose_function_code_is_not_in_the_catalogue_breaks_function_total_equals_income_total() {
        DisclosureSources broken = withLine(line(9001, "2999999", "30201", "12345.67"));

        List<CheckFinding> found = checks.run(tableBuilder.build(broken.now()), broken);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(DisclosureChecks.TOTALS);
            assertThat(f.difference()).isEqualTo(Money.yuan("-12345.67"));
            assertThat(f.message()).contains("12,822,020.00", "12,834,365.67", "-12,345.67", "YS-2023-9999第1行（科目2999999不在分类目录中，12,345.67元）");
        });
    }

    @Test
    void a_line_whose_economic_code_is_not_in_the_catalogue_breaks_economic_total_equals_income_total() {
        DisclosureSources broken = withLine(line(9002, "2010350", "39999", "800.00"));

        List<CheckFinding> found = checks.run(tableBuilder.build(broken.now()), broken);

        assertThat(found).extracting(CheckFinding::check, CheckFinding::difference)
            .contains(org.assertj.core.groups.Tuple.tuple(DisclosureChecks.TOTALS, Money.yuan("-800.00")));
        assertThat(found).anyMatch(f -> f.message().startsWith("经济分类合计12,822,020.00元") && f.message().contains("科目39999"));
    }

    @Test
    void table_three_total_not_equal_to_basic_plus_project_is_reported_by_row() {
        List<DisclosureTable> broken = withCell("三", "201", 3, Money.yuan("100.00"));

        assertThat(checks.run(broken, sources)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(DisclosureChecks.TABLE_3);
            assertThat(f.difference()).isEqualTo(Money.yuan("-100.00"));
            assertThat(f.message()).startsWith("表三《单位支出总表》“201”行").contains("相差-100.00元", "基本支出+项目支出");
        });
    }

    @Test
    void table_six_total_not_equal_to_personnel_plus_public_is_reported_by_row() {
        List<DisclosureTable> broken = withCell("六", "合计", 4, Money.yuan("-0.01"));

        assertThat(checks.run(broken, sources)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(DisclosureChecks.TABLE_6);
            assertThat(f.difference()).isEqualTo(Money.yuan("0.01"));
            assertThat(f.message()).contains("人员经费+公用经费", "相差0.01元");
        });
    }

    @Test
    void san_gong_table_not_equal_to_its_economic_lines_is_reported() {
        DisclosureSources more = withLine(line(9003, "2010350", "30231", "8000.00"));

        List<CheckFinding> found = checks.run(tables, more).stream().filter(f -> f.check().equals(DisclosureChecks.SAN_GONG)).toList();

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.difference()).isEqualTo(Money.yuan("-8000.00"));
            assertThat(f.message()).contains("79,500.00", "87,500.00");
        });
    }

    @Test
    void procurement_beyond_the_line_that_funds_it_is_reported_with_the_excess() {
        ApprovedBudgetLine office = sources.now().lines().stream().filter(l -> l.economicCode().equals("30201")).findFirst().orElseThrow();
        List<ProcuredItem> items = new ArrayList<>(sources.procurement());
        items.add(new ProcuredItem("CG-2023-9999", 1, ProcurementCategory.GOODS, "复印纸", Money.yuan("40000.00"), office.lineId()));
        items.add(new ProcuredItem("CG-2023-9999", 2, ProcurementCategory.SERVICES, "无来源服务", Money.yuan("500.00"), 987654321L));

        List<CheckFinding> found = checks.run(tables, new DisclosureSources(sources.now(), sources.before(), items, sources.projects()));

        assertThat(found).extracting(CheckFinding::check).containsOnly(DisclosureChecks.PROCUREMENT);
        assertThat(found).extracting(CheckFinding::difference).containsExactly(Money.yuan("10000.00"), Money.yuan("500.00"));
        assertThat(found.get(0).message()).contains("180,000.00", "190,000.00", "超出10,000.00元", "CG-2023-9999第1项“复印纸”40,000.00元");
        assertThat(found.get(1).message()).contains("987654321", "不是本年度已批复的预算行");
    }

    private DisclosureSources withLine(ApprovedBudgetLine extra) {
        List<ApprovedBudgetLine> lines = new ArrayList<>(sources.now().lines());
        lines.add(extra);
        YearFigures now = new YearFigures(2023, lines, sources.now().functions(), sources.now().economics());
        return new DisclosureSources(now, sources.before(), sources.procurement(), sources.projects());
    }

    private static ApprovedBudgetLine line(long id, String function, String economic, String yuan) {
        return new ApprovedBudgetLine(id, 9999, "YS-2023-9999", "S01", 2023, 1, function, "", economic, "",
            ExpenditureKind.BASIC_PUBLIC, Money.yuan(yuan), "注入", null);
    }

    /** The tables with one amount of one row changed by {@code delta}, as a tampered or stale table would be. */
    private List<DisclosureTable> withCell(String number, String rowKey, int column, Money delta) {
        List<DisclosureTable> out = new ArrayList<>();
        for (DisclosureTable t : tables) {
            if (!t.number().equals(number)) {
                out.add(t);
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                if (r.cells().get(0).text().equals(rowKey)) {
                    List<Cell> cells = new ArrayList<>(r.cells());
                    cells.set(column, Cell.amount(r.amount(column).plus(delta)));
                    r = new Row(cells, r.level(), r.total());
                }
                rows.add(r);
            }
            out.add(new DisclosureTable(t.number(), t.title(), t.header(), rows, t.empty(), t.note()));
        }
        return out;
    }
}
