package cn.nanchang.budgetflow.budgetyear;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budgetyear.Comparison.Level;
import cn.nanchang.budgetflow.budgetyear.Comparison.Row;
import cn.nanchang.budgetflow.budgetyear.Comparison.SourceType;
import cn.nanchang.budgetflow.budgetyear.ComparisonBuilder.DocumentRef;
import cn.nanchang.budgetflow.budgetyear.ComparisonBuilder.ProjectInfo;
import cn.nanchang.budgetflow.budgetyear.ComparisonBuilder.RequestInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The versions side by side, without Spring: figures of every version for two sections, the
 * differences with their reasons and sources, a later split replacing an earlier one, and what
 * a section, the bureau and the auditors each see of it.
 */
class ComparisonBuilderTest {

    private static final Instant T1 = Instant.parse("2026-10-20T02:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-12T02:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-13T02:00:00Z");
    private static final Instant T4 = Instant.parse("2026-12-30T02:00:00Z");

    private final List<BudgetFigure> figures = new ArrayList<>();

    ComparisonBuilderTest() {
        // 一上: S01 asks 100,000 for the project, the proposal cut it to 90,000; S02 asks 50,000 public
        figures.add(figure(VersionKind.ONE_UP, "S01", ExpenditureKind.PROJECT, "30213", 7L, 90_000, 101L, "超出项目评审额度", T1));
        figures.add(figure(VersionKind.ONE_UP, "S02", ExpenditureKind.BASIC_PUBLIC, "30201", null, 50_000, 102L, null, T1));
        // 控制数 for the unit, and one project
        figures.add(figure(VersionKind.CEILINGS, null, ExpenditureKind.PROJECT, null, null, 120_000, null, null, T2));
        figures.add(figure(VersionKind.CEILINGS, null, ExpenditureKind.BASIC_PUBLIC, null, null, 45_000, null, null, T2));
        figures.add(figure(VersionKind.CEILINGS, null, ExpenditureKind.PROJECT, null, 7L, 80_000, null, null, T2));
        // a split, then a second one that replaces it
        figures.add(figure(VersionKind.SPLIT, "S01", ExpenditureKind.PROJECT, null, null, 70_000, null, null, T2));
        figures.add(figure(VersionKind.SPLIT, "S01", ExpenditureKind.PROJECT, null, null, 80_000, null, null, T3));
        figures.add(figure(VersionKind.SPLIT, "S02", ExpenditureKind.BASIC_PUBLIC, null, null, 40_000, null, null, T3));
        // 二上 within the split; 批复 cuts the project
        figures.add(figure(VersionKind.TWO_UP, "S01", ExpenditureKind.PROJECT, "30213", 7L, 80_000, 201L, null, T4));
        figures.add(figure(VersionKind.TWO_UP, "S02", ExpenditureKind.BASIC_PUBLIC, "30201", null, 40_000, 202L, null, T4));
        figures.add(figure(VersionKind.APPROVED, "S01", ExpenditureKind.PROJECT, "30213", 7L, 75_000, 201L, "按评审结果核减", T4));
        figures.add(figure(VersionKind.APPROVED, "S02", ExpenditureKind.BASIC_PUBLIC, "30201", null, 40_000, 202L, null, T4));
    }

    @Test
    void a_later_split_replaces_the_earlier_as_the_version() {
        Versions versions = Versions.of(figures);

        assertThat(versions.split().get("S01").get(ExpenditureKind.PROJECT)).isEqualTo(Money.yuan(80_000));
        assertThat(versions.ceilings().get(ExpenditureKind.PROJECT)).as("project ceilings are part of it")
            .isEqualTo(Money.yuan(120_000));
        assertThat(versions.projectCeilings()).containsExactly(Map.entry(7L, Money.yuan(80_000)));
        assertThat(versions.totals(new Sight(null, true))).extracting(VersionTotals::version, VersionTotals::total)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(VersionKind.ONE_UP, Money.yuan(140_000)),
                org.assertj.core.groups.Tuple.tuple(VersionKind.CEILINGS, Money.yuan(165_000)),
                org.assertj.core.groups.Tuple.tuple(VersionKind.SPLIT, Money.yuan(120_000)),
                org.assertj.core.groups.Tuple.tuple(VersionKind.TWO_UP, Money.yuan(120_000)),
                org.assertj.core.groups.Tuple.tuple(VersionKind.APPROVED, Money.yuan(115_000)));
    }

    @Test
    void each_difference_carries_its_reason_and_the_decision_that_made_it() {
        Comparison comparison = ComparisonBuilder.build(Versions.of(figures), context(), new Sight(null, true));

        Row line = row(comparison, Level.LINE, "S01", ExpenditureKind.PROJECT);
        assertThat(line.amounts()).containsExactly(Map.entry(VersionKind.ONE_UP, Money.yuan(90_000)),
            Map.entry(VersionKind.TWO_UP, Money.yuan(80_000)), Map.entry(VersionKind.APPROVED, Money.yuan(75_000)));
        assertThat(line.projectCode()).isEqualTo("XM-2027-S01-0001");
        assertThat(line.differences()).hasSize(2);
        assertThat(line.differences().get(0).amount()).isEqualTo(Money.yuan(-10_000));
        assertThat(line.differences().get(0).source().type()).as("the section revised its request").isEqualTo(SourceType.BUDGET_DRAFT);
        assertThat(line.differences().get(0).source().number()).isEqualTo("YS-2027-0201");
        assertThat(line.differences().get(1).reason()).isEqualTo("按评审结果核减");
        assertThat(line.differences().get(1).source().type()).isEqualTo(SourceType.APPROVAL);
        assertThat(line.differences().get(1).source().number()).isEqualTo("洪数字〔2027〕3号");

        Row unit = row(comparison, Level.UNIT, null, ExpenditureKind.PROJECT);
        assertThat(unit.amounts()).containsEntry(VersionKind.CEILINGS, Money.yuan(120_000))
            .containsEntry(VersionKind.SPLIT, Money.yuan(80_000));
        assertThat(unit.differences().stream().map(d -> d.source().type()).toList()).containsExactly(SourceType.CEILINGS,
            SourceType.SPLIT, SourceType.APPROVAL);
        assertThat(unit.differences().get(1).source().decidedBy()).as("the split counts from its approval").isEqualTo("徐振东");

        Row project = comparison.rows().stream().filter(r -> r.level() == Level.PROJECT).findFirst().orElseThrow();
        assertThat(project.amounts()).containsEntry(VersionKind.CEILINGS, Money.yuan(80_000));
        assertThat(project.differences().get(0).source().type()).isEqualTo(SourceType.CEILINGS);

        Row sectionRow = row(comparison, Level.SECTION, "S02", ExpenditureKind.BASIC_PUBLIC);
        assertThat(sectionRow.differences().get(0).amount()).as("一上 → 分解").isEqualTo(Money.yuan(-10_000));
        assertThat(comparison.bySection()).extracting(Comparison.Total::key).containsExactly("S01", "S02");
    }

    @Test
    void a_cut_in_the_proposal_points_to_the_proposal() {
        List<BudgetFigure> oneUpOnly = figures.stream().filter(f -> f.getVersionKind() == VersionKind.ONE_UP).toList();
        List<BudgetFigure> withRequest = new ArrayList<>(oneUpOnly);
        withRequest.add(figure(VersionKind.TWO_UP, "S01", ExpenditureKind.PROJECT, "30213", 7L, 60_000, 201L, "压减", T4));

        Row line = row(ComparisonBuilder.build(Versions.of(withRequest), context(), new Sight(null, true)), Level.LINE, "S01",
            ExpenditureKind.PROJECT);

        assertThat(line.differences().get(0).source().type()).isEqualTo(SourceType.UNIT_PROPOSAL);
        assertThat(line.differences().get(0).source().number()).isEqualTo("JY-2027-0002");
    }

    @Test
    void a_section_sees_its_own_rows_and_the_bureau_the_unit() {
        Comparison section = ComparisonBuilder.build(Versions.of(figures), context(), new Sight("S02", true));
        assertThat(section.rows()).allSatisfy(r -> assertThat(r.sectionCode()).isEqualTo("S02"));
        assertThat(section.rows()).extracting(Row::level).doesNotContain(Level.UNIT);
        assertThat(section.byKind().get(1).amounts()).doesNotContainKey(VersionKind.CEILINGS);
        assertThat(Versions.of(figures).totals(new Sight("S02", true))).extracting(VersionTotals::version)
            .doesNotContain(VersionKind.CEILINGS);

        Comparison bureau = ComparisonBuilder.build(Versions.of(figures), context(), new Sight(null, false));
        assertThat(bureau.rows()).extracting(Row::level).containsOnly(Level.UNIT, Level.PROJECT);
        assertThat(bureau.rows()).allSatisfy(r -> assertThat(r.sectionCode()).isNull());
        assertThat(bureau.bySection()).isEmpty();
        assertThat(Versions.of(figures).totals(new Sight(null, false))).allSatisfy(v -> assertThat(v.bySection()).isEmpty());
    }

    private static ComparisonBuilder.Context context() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("S01", "综合科");
        sections.put("S02", "技术科");
        Map<Long, RequestInfo> requests = Map.of(201L, new RequestInfo("YS-2027-0201", "李晓明", T4),
            202L, new RequestInfo("YS-2027-0202", "陈思远", T4));
        Map<VersionKind, DocumentRef> proposals = new EnumMap<>(Map.of(VersionKind.ONE_UP, new DocumentRef(301L, "JY-2027-0001"),
            VersionKind.TWO_UP, new DocumentRef(302L, "JY-2027-0002")));
        return new ComparisonBuilder.Context(2027, sections, Map.of("2010350", "事业运行"), Map.of("30213", "维修（护）费"),
            Map.of(7L, new ProjectInfo("XM-2027-S01-0001", "运维项目", "S01")), requests, proposals, "洪数字〔2026〕12号",
            "洪数字〔2027〕3号", "徐振东", T3, Map.of(ExpenditureKind.BASIC_PERSONNEL, "人员经费",
                ExpenditureKind.BASIC_PUBLIC, "公用经费", ExpenditureKind.PROJECT, "项目支出"));
    }

    private static Row row(Comparison comparison, Level level, String section, ExpenditureKind kind) {
        return comparison.rows().stream().filter(r -> r.level() == level && java.util.Objects.equals(r.sectionCode(), section)
            && r.kind() == kind).findFirst().orElseThrow();
    }

    private static BudgetFigure figure(VersionKind version, String section, ExpenditureKind kind, String economic, Long project,
            long amount, Long source, String reason, Instant at) {
        return new BudgetFigure(1L, version, section, kind, economic == null ? null : "2010350", economic, project,
            Money.yuan(amount), source, source == null ? null : 1, reason, "someone", at);
    }
}
