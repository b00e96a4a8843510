package cn.nanchang.budgetflow.reporting;

import static cn.nanchang.budgetflow.testsupport.Disclosures.paragraphs;
import static cn.nanchang.budgetflow.testsupport.Disclosures.row;
import static cn.nanchang.budgetflow.testsupport.Disclosures.table;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.Disclosures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The golden test: the 2023 disclosure generated from the demo's approved documents reproduces
 * the published 2023 unit budget (unit-budget-2023.txt part 3, DOMAIN.md §4) sentence by sentence
 * and the tables figure by figure. The seed's own slips are normalised where noted (a missing 元,
 * half-width punctuation) — every figure is compared as published.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class DisclosureGoldenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    Disclosures api;

    @BeforeEach
    void api() {
        api = new ApiClient(mvc, json).disclosures();
    }

    @Test
    void the_2023_text_repeats_the_published_figure_sentences() throws Exception {
        List<String> text = paragraphs(api.disclosure("finance", 2023));

        assertThat(text).containsSubsequence(
            "2023年市数字科学研究中心收入预算总额为1282.2万元，比上年增加166.37万元，增长14.9%。其中：财政拨款收入1282.2万元，较上年预算安排增加166.37万元。",
            "2023年市数字科学研究中心支出预算总额为1282.2万元，比上年增加166.37万元，增长14.9%，其中：",
            "按支出项目类别划分：基本支出823.58万元，较上年预算安排增加166.37万元，包括工资福利支出768.89万元、日常公用支出53.52万元、对个人和家庭的补助1.16万元；项目支出458.62万元，较上年预算安排增加0万元，包括商品和服务支出458.62万元。",
            "按支出功能科目划分：一般公共服务支出1145.5万元，较上年预算安排增加1145.5万元，主要因机构改革，功能科目改变；社会保障和就业支出67.59万元，较上年预算安排增加33.22万元；住房保障支出69.1万元，较上年预算安排增加9.53万元。",
            // the seed writes "对个人和家庭的补助1.16万，": the 元 is restored
            "按支出经济分类划分：工资福利支出768.89万元，较上年预算安排增加165.83万元；商品和服务支出512.14万元，较上年预算安排增加0.53万元；对个人和家庭的补助1.16万元，较上年预算安排增加0万元。",
            "2023年南昌市数字科学研究中心财政拨款支出预算1282.2万元，较上年增加166.37万元，增长14.9%。",
            "按支出功能科目划分：一般公共服务支出1145.5万元，较上年预算安排增加1145.5万元，主要因机构改革，功能科目改变；社会保障和就业支出67.59万元，较上年预算安排增加33.22万元；住房保障支出69.1万元，较上年预算安排增加9.53万元。",
            "按支出项目类别划分：基本支出823.58万元，较上年预算安排增加166.37万元，包括工资福利支出768.89万元、日常公用支出53.52万元、对个人和家庭的补助1.16万元；项目支出458.62万元，较上年预算安排增加0万元，包括商品和服务支出458.62万元。",
            "本单位没有政府性基金预算拨款安排的支出。",
            "本单位没有国有资本经营预算拨款安排的支出。",
            "本单位非行政参公单位，无机关运行经费",
            "2023年我单位政府采购预算共安排397万元。其中，政府采购货物预算15万元，政府采购工程预算0万元，政府采购服务预算382万元。",
            "截至2022年7月31日，单位共有车辆0辆，其中，一般公务用车0辆，执法执勤用车0辆。",
            "2023年单位预算安排购置车辆0辆。",
            // the seed: "其中:" and "4.公务用车购置费" with half-width punctuation
            "2023年本单位“三公”经费财政拨款安排7.95万元。其中：",
            "1．因公出国（境）经费4.6万元，比上年增加0万元。主要原因是与上年保持一致。",
            "2．公务接待费3.35万元，比上年增加0万元。主要原因是与上年保持一致。",
            "3．公务用车运行维护费0万元，比上年增加0万元。主要原因是与上年保持一致。",
            "4．公务用车购置费0万元，比上年增加0万元。主要原因是与上年保持一致。");
    }

    @Test
    void each_project_is_summarised_with_its_published_budget_and_indicator_names() throws Exception {
        List<String> text = paragraphs(api.disclosure("auditor", 2023));

        assertThat(text).containsSubsequence("1、南昌市政府网站集约化平台运维项目", "3）实施主体：南昌市数字科学研究中心",
            "4）实施周期：2023年全年", "5）年度预算安排：361万元",
            "数量指标：新媒体视频在线访谈期数；专题策划及制作服务个数；市政府门户网站优化次数；南昌市人民政府发布微信公众号运营；全市政府网站及政务新媒体监测月度报告；南昌市政府门户网站错敏字监测服务；网站云安全服务站点个数；网站中英文栏目更新个数；政策图解内容制作次数；音视频解读内容制作次数；信息公开重点领域优化及培训。",
            "满意度指标：集约化平台使用方和群众满意度。",
            "2、党政信息网运行维护项目", "1）项目概述：保障全市政务网网络（含乡乡通线路）稳定、快速运行，相关机房特别是关键设备正常运行。",
            "5）年度预算安排：97.62万元", "满意度指标：服务对象满意度。");
    }

    @Test
    void the_2023_performance_tables_list_each_projects_indicators_and_the_units_figures() throws Exception {
        JsonNode d = api.disclosure("finance", 2023);

        JsonNode projects = table(d, "十");
        assertThat(projects.path("title").asText()).isEqualTo("项目支出绩效目标表");
        List<String> firstRow = texts(projects.path("rows").get(0));
        assertThat(firstRow.get(0)).isEqualTo("南昌市政府网站集约化平台运维项目");
        assertThat(firstRow.subList(3, 6)).containsExactly("产出指标", "数量指标", "新媒体视频在线访谈期数");
        assertThat(row(projects, "南昌市政府网站集约化平台运维项目")).containsExactly("361.00");
        assertThat(row(projects, "党政信息网运行维护项目")).containsExactly("97.62");
        assertThat(projects.path("rows")).anySatisfy(r -> assertThat(texts(r)).contains("满意度指标", "服务对象满意度"));

        JsonNode unit = table(d, "十一");
        assertThat(unit.path("title").asText()).isEqualTo("部门（单位）整体支出绩效目标表");
        assertThat(row(unit, "南昌市数字科学研究中心")).containsExactly("1282.20", "823.58", "458.62");
        assertThat(texts(unit.path("rows").get(0))).contains("实施项目个数", "2个");
        assertThat(unit.path("rows")).anySatisfy(r -> assertThat(texts(r)).contains("党政信息网运行维护项目", "≤97.62万元"));
    }

    @Test
    void names_carry_the_official_full_width_brackets() throws Exception {
        JsonNode d = api.disclosure("finance", 2023);

        assertThat(texts(rowOf(table(d, "三"), "20103"))).contains("政府办公厅（室）及相关机构事务");
        assertThat(texts(rowOf(table(d, "六"), "30212"))).contains("因公出国（境）费用");
    }

    private static JsonNode rowOf(JsonNode table, String first) {
        for (JsonNode r : table.path("rows")) {
            if (r.path("cells").get(0).path("text").asText().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static List<String> texts(JsonNode row) {
        List<String> texts = new java.util.ArrayList<>();
        row.path("cells").forEach(c -> texts.add(c.path("text").asText()));
        return texts;
    }

    @Test
    void the_2023_tables_carry_the_published_figures_and_every_cross_check_holds() throws Exception {
        JsonNode d = api.disclosure("director", 2023);

        assertThat(d.path("findings")).isEmpty();
        assertThat(d.path("publishable").asBoolean()).isTrue();
        assertThat(row(table(d, "一"), "一、一般公共预算拨款收入")).containsExactly("1282.20", "1145.50");
        assertThat(row(table(d, "一"), "本年收入合计")).containsExactly("1282.20", "1282.20");
        assertThat(row(table(d, "二"), "合计")).containsExactly("1282.20", "1282.20", "0.00", "0.00", "0.00", "0.00", "0.00");
        assertThat(row(table(d, "三"), "合计")).containsExactly("1282.20", "823.58", "458.62");
        assertThat(row(table(d, "三"), "201")).containsExactly("1145.50", "686.88", "458.62");
        assertThat(row(table(d, "三"), "208")).containsExactly("67.59", "67.59", "0.00");
        assertThat(row(table(d, "三"), "221")).containsExactly("69.10", "69.10", "0.00");
        // 表四 splits each expenditure into 合计 · 一般公共预算 · 政府性基金预算 · 国有资本经营预算
        assertThat(row(table(d, "四"), "本年收入合计")).containsExactly("1282.20", "1282.20", "1282.20", "0.00", "0.00");
        assertThat(row(table(d, "四"), "一、一般公共预算拨款收入")).containsExactly("1282.20", "1145.50", "1145.50", "0.00", "0.00");
        assertThat(row(table(d, "四"), "三、国有资本经营预算拨款收入")).containsExactly("0.00", "69.10", "69.10", "0.00", "0.00");
        assertThat(row(table(d, "五"), "合计")).containsExactly("1282.20", "823.58", "458.62");
        assertThat(row(table(d, "六"), "合计")).containsExactly("823.58", "770.06", "53.52");
        assertThat(row(table(d, "六"), "301")).containsExactly("768.89", "768.89", "0.00");
        assertThat(row(table(d, "六"), "302")).containsExactly("53.52", "0.00", "53.52");
        assertThat(row(table(d, "六"), "303")).containsExactly("1.16", "1.16", "0.00");
        assertThat(table(d, "七").path("rows").get(0).path("cells")).extracting(c -> c.path("wan").asText())
            .containsExactly("7.95", "4.60", "0.00", "0.00", "0.00", "3.35");
        for (String empty : List.of("八", "九")) {
            assertThat(table(d, empty).path("empty").asBoolean()).isTrue();
            assertThat(table(d, empty).path("note").asText()).isEqualTo("本表为空表");
        }
    }

    @Test
    void the_2022_figures_follow_from_the_published_changes() throws Exception {
        JsonNode d = api.disclosure("finance", 2022);

        assertThat(row(table(d, "三"), "合计")).containsExactly("1115.83", "657.21", "458.62");
        assertThat(row(table(d, "三"), "206")).containsExactly("1021.89", "563.27", "458.62");
        assertThat(row(table(d, "三"), "208")).containsExactly("34.37", "34.37", "0.00");
        assertThat(row(table(d, "三"), "221")).containsExactly("59.57", "59.57", "0.00");
        assertThat(row(table(d, "六"), "301")).containsExactly("603.06", "603.06", "0.00");
        assertThat(paragraphs(d)).anyMatch(p -> p.startsWith("按支出经济分类划分：工资福利支出603.06万元")
            && p.contains("商品和服务支出511.61万元"));
    }
}
