package cn.nanchang.budgetflow.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.reporting.CheckFinding;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTextService;
import cn.nanchang.budgetflow.reporting.DisclosureTexts;
import cn.nanchang.budgetflow.security.ActingAs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Each text check against the demo's 2023 data and its seeded texts with one gap injected: the
 * check names what is missing; the untouched year passes them all.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class TextChecksTest {

    @Autowired
    SourceReader reader;
    @Autowired
    DisclosureTables tableBuilder;
    @Autowired
    ExplanatoryText explanatory;
    @Autowired
    TextChecks checks;
    @Autowired
    DisclosureTextService texts;
    @Autowired
    ActingAs acting;

    DisclosureSources sources;
    DisclosureTexts seeded;

    @BeforeEach
    void read2023() {
        sources = acting.run("finance", () -> reader.read(2023));
        seeded = acting.run("finance", () -> texts.get(2023)).texts();
    }

    @Test
    void the_seeded_2023_texts_pass_every_text_check() {
        assertThat(run(sources, seeded)).isEmpty();
    }

    @Test
    void a_function_class_new_this_year_needs_its_reason() {
        DisclosureTexts noReason = with(seeded, Map.of(), seeded.sanGongReasons(), seeded.glossary());

        assertThat(run(sources, noReason)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(TextChecks.REASON);
            assertThat(f.message()).isEqualTo("功能分类“201 一般公共服务支出”为本年新增（1145.5万元），须在“预算公开文字”中填写变动原因");
        });
    }

    @Test
    void a_changed_san_gong_item_needs_its_reason_and_with_it_passes() {
        List<ApprovedBudgetLine> noReception = sources.before().lines().stream()
            .filter(l -> !l.economicCode().equals(YearFigures.RECEPTION)).toList();
        DisclosureSources changed = new DisclosureSources(sources.now(), new YearFigures(2022, noReception,
            sources.before().functions(), sources.before().economics()), sources.procurement(), sources.projects());

        assertThat(run(changed, seeded)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(TextChecks.REASON);
            assertThat(f.difference()).isEqualTo(Money.yuan("33500.00"));
            assertThat(f.message()).isEqualTo("“三公”经费“公务接待费”由上年0万元变为3.35万元，须在“预算公开文字”中填写变动原因");
        });
        DisclosureTexts reasoned = with(seeded, seeded.functionReasons(), Map.of("reception", "新增对外交流接待任务"),
            seeded.glossary());
        assertThat(run(changed, reasoned)).isEmpty();
    }

    @Test
    void a_class_in_the_tables_without_its_glossary_entry_is_named() {
        DisclosureTexts gap = with(seeded, seeded.functionReasons(), seeded.sanGongReasons(),
            seeded.glossary().stream().filter(e -> !"2080506".equals(e.code())).toList());

        assertThat(run(sources, gap)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(TextChecks.GLOSSARY);
            assertThat(f.message()).isEqualTo("名词解释缺少本年度预算表所列科目“2080506 机关事业单位职业年金缴费支出”的解释");
        });
    }

    @Test
    void a_year_without_its_texts_is_told_each_part_that_is_missing() {
        assertThat(run(sources, DisclosureTexts.none())).extracting(CheckFinding::message).containsExactly(
            "未填报单位主要职责（第一部分），请在“预算公开文字”中填写",
            "未填报主要工作任务（第一部分），请在“预算公开文字”中填写",
            "未填报内设科室（第一部分），请在“预算公开文字”中填写",
            "未填报人员构成（第一部分），请在“预算公开文字”中填写",
            "未填报机关运行经费说明（第三部分），请在“预算公开文字”中填写",
            "未填报车辆占有使用情况（第三部分），请在“预算公开文字”中填写",
            "未填报名词解释（第四部分），请在“预算公开文字”中填写",
            "功能分类“201 一般公共服务支出”为本年新增（1145.5万元），须在“预算公开文字”中填写变动原因");
    }

    @Test
    void a_list_of_none_in_a_year_with_money_is_a_placeholder() {
        List<ApprovedBudgetLine> unplaced = sources.now().lines().stream().map(l -> new ApprovedBudgetLine(l.lineId(), l.draftId(),
            l.draftNumber(), l.sectionCode(), l.fiscalYear(), l.lineNo(), "2999999", "", "39999", "", l.kind(), l.amount(), l.note(),
            l.projectId())).toList();
        DisclosureSources broken = new DisclosureSources(new YearFigures(2023, unplaced, sources.now().functions(),
            sources.now().economics()), sources.before(), sources.procurement(), sources.projects());

        assertThat(run(broken, seeded)).filteredOn(f -> f.check().equals(TextChecks.PLACEHOLDER)).extracting(CheckFinding::message)
            .contains("情况说明“（二）支出预算情况”中“按支出功能科目划分：无。”是占位语句：本年度预算共12,822,020.00元，却没有列出任何科目",
                "情况说明“（二）支出预算情况”中“按支出经济分类划分：无。”是占位语句：本年度预算共12,822,020.00元，却没有列出任何科目");
    }

    @Test
    void a_project_without_its_purpose_sentence_is_named() {
        var first = sources.projects().get(0);
        var withoutPurpose = new DisclosureSources.ProjectText(first.name(), null, first.overview(), first.legalBasis(),
            first.implementingBody(), first.start(), first.end(), first.budgeted(), first.indicators(), first.targets());
        List<DisclosureSources.ProjectText> projects = new java.util.ArrayList<>(sources.projects());
        projects.set(0, withoutPurpose);
        DisclosureSources gap = new DisclosureSources(sources.now(), sources.before(), sources.procurement(), projects);

        assertThat(run(gap, seeded)).extracting(CheckFinding::message).containsExactly(
            "项目“南昌市政府网站集约化平台运维项目”未填报项目目的（第三部分（九）项目绩效情况），请在项目申报书中填写");
    }

    private List<CheckFinding> run(DisclosureSources s, DisclosureTexts t) {
        List<DisclosureTable> tables = tableBuilder.build(s.now());
        return checks.run(s, t, explanatory.build(s, tables, t));
    }

    private static DisclosureTexts with(DisclosureTexts t, Map<String, String> functionReasons, Map<String, String> sanGongReasons,
            List<DisclosureTexts.GlossaryEntry> glossary) {
        return new DisclosureTexts(t.duties(), t.tasks(), t.sections(), t.staffing(), functionReasons, sanGongReasons,
            t.operatingCosts(), t.vehicles(), glossary);
    }
}
