package cn.nanchang.budgetflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.FieldChange;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.Disclosures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The disclosure's texts as data: 财务 edits a year's texts (and no one else), each edit audited
 * field by field, bad input refused whole with the field named, a new year starting from the
 * latest earlier year's; and the text checks, which keep a year without its texts (or without a
 * budget) from being publishable — the read API saying so just as submission does.
 * Years 2026–2029 and 2032 are this test's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class DisclosureTextApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;
    Disclosures api;

    @BeforeEach
    void api() {
        api = new ApiClient(mvc, json).disclosures();
    }

    @Test
    void the_2023_texts_are_seeded_with_the_published_words() throws Exception {
        JsonNode read = api.texts("director", 2023);
        assertThat(read.path("stored").asBoolean()).isTrue();
        JsonNode t = read.path("texts");
        assertThat(t.path("duties").asText()).startsWith("南昌市数字科学研究中心是南昌市政务数据管理局下属全额拨款事业单位")
            .endsWith("完成市政务数据管理局交办的其他任务。");
        assertThat(t.path("sections")).hasSize(6);
        assertThat(t.path("staffing").path("authorized").asInt()).isEqualTo(34);
        assertThat(t.path("staffing").path("actual").asInt()).isEqualTo(48);
        assertThat(t.path("staffing").path("inService").asInt()).isEqualTo(34);
        assertThat(t.path("staffing").path("retired").asInt()).isEqualTo(14);
    }

    @Test
    void only_finance_edits_the_texts_and_only_finance_director_and_auditors_read_them() throws Exception {
        JsonNode read = api.texts("finance", 2026);
        for (String other : List.of("director", "auditor", "admin", "bureau", "staff1", "head1")) {
            assertThat(api.saveTexts(other, 2026, read.path("texts"), read.path("version")).getStatus()).as(other).isEqualTo(403);
        }
        for (String other : List.of("admin", "bureau", "staff1", "head1")) {
            assertThat(api.call(other, "/api/v1/reports/2026/disclosure/texts").getStatus()).as(other).isEqualTo(403);
        }
        assertThat(api.texts("auditor", 2026).path("stored").asBoolean()).isFalse();
    }

    @Test
    void a_new_year_starts_from_the_latest_earlier_years_texts_without_its_reasons() throws Exception {
        JsonNode read = api.texts("finance", 2027);
        assertThat(read.path("stored").asBoolean()).isFalse();
        assertThat(read.path("copiedFrom").asInt()).isLessThan(2027).isGreaterThanOrEqualTo(2023);
        assertThat(read.path("texts").path("duties").asText()).startsWith("南昌市数字科学研究中心是");
        assertThat(read.path("texts").path("functionReasons").size()).isZero();
        // nothing is stored until 财务 saves: the disclosure of 2027 does not borrow 2023's words
        assertThat(messages(api.disclosure("finance", 2027))).contains("未填报单位主要职责（第一部分），请在“预算公开文字”中填写");
    }

    @Test
    void an_edit_is_audited_field_by_field_and_a_stale_edit_is_refused() throws Exception {
        api.copyTextsForward(2028);
        JsonNode read = api.texts("finance", 2028);
        ObjectNode texts = read.path("texts").deepCopy();
        ((ObjectNode) texts.path("staffing")).put("inService", 35).put("actual", 49);
        texts.withArray("sections").add("数据安全科");

        var saved = api.saveTexts("finance", 2028, texts, read.path("version"));
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(api.texts("finance", 2028).path("texts").path("staffing").path("inService").asInt()).isEqualTo(35);

        var entry = audit.byActor("finance", AuditAction.DISCLOSURE_TEXT_EDIT).stream()
            .filter(e -> "YSGK-2028".equals(e.getDocumentNumber()) && e.getDetails().contains("修改")).findFirst().orElseThrow();
        assertThat(entry.getChanges()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
            .contains(org.assertj.core.groups.Tuple.tuple("在职人数", "34", "35"), org.assertj.core.groups.Tuple.tuple("实有人数", "48", "49"),
                org.assertj.core.groups.Tuple.tuple("科室名称", null, "数据安全科"));

        // saving over the version read before this edit would lose it
        assertThat(api.saveTexts("finance", 2028, texts, read.path("version")).getStatus()).isEqualTo(409);
    }

    @Test
    void bad_texts_are_refused_whole_with_each_field_named() throws Exception {
        api.copyTextsForward(2029);
        JsonNode read = api.texts("finance", 2029);
        ObjectNode texts = read.path("texts").deepCopy();
        ((ObjectNode) texts.path("staffing")).put("retired", 15);
        ((ObjectNode) texts.withArray("glossary").get(0)).put("term", " ");
        ((ObjectNode) texts.withArray("glossary").get(1)).put("code", "20A");
        texts.put("duties", "新的职责");

        var refused = api.saveTexts("finance", 2029, texts, read.path("version"));
        assertThat(refused.getStatus()).isEqualTo(400);
        JsonNode errors = json.readTree(refused.getContentAsString(StandardCharsets.UTF_8)).path("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).contains("staffing.actual", "glossary[0].term", "glossary[1].code");
        assertThat(errors.toString()).contains("实有人数（48）须等于在职人数（34）与退休人数（15）之和");
        assertThat(api.texts("finance", 2029).path("texts").path("duties").asText()).isNotEqualTo("新的职责");
        assertThat(api.texts("finance", 2029).path("version")).isEqualTo(read.path("version"));
    }

    @Test
    void the_years_2022_and_2024_are_not_publishable_and_their_findings_name_what_is_missing() throws Exception {
        for (int year : List.of(2022, 2024)) {
            JsonNode d = api.disclosure("finance", year);
            assertThat(d.path("publishable").asBoolean()).as(year + " publishable").isFalse();
            assertThat(messages(d)).as(String.valueOf(year)).contains(
                "未填报单位主要职责（第一部分），请在“预算公开文字”中填写",
                "未填报人员构成（第一部分），请在“预算公开文字”中填写",
                "未填报名词解释（第四部分），请在“预算公开文字”中填写");
        }
        // 2022 has no approved 2021 to compare with: no sentence invents a change
        List<String> text = Disclosures.paragraphs(api.disclosure("finance", 2022));
        assertThat(text).noneMatch(p -> p.contains("比上年") || p.contains("较上年") || p.contains("为新增") || p.contains("与上年保持一致"))
            .anyMatch(p -> p.contains("上年无可比预算数据"));
    }

    @Test
    void the_2022_projects_carry_their_own_2022_purpose_and_indicators() throws Exception {
        List<String> text = Disclosures.paragraphs(api.disclosure("finance", 2022));
        assertThat(text).contains("2、党政信息网运行维护项目：2022年度政务信息网网络维护，保障各应用系统、电子政务外网、政务云平台和政府门户网张安全稳定运行。",
                "时效指标：市委、市政府、人大和政协网络故障恢复时限；其他单位网络故障恢复时限；乡级别网络故障恢复时限；2022年12月25日前完成工作。")
            .noneMatch(p -> p.contains("2023年"));
    }

    @Test
    void a_year_without_approved_money_is_not_publishable_on_read_as_on_submit() throws Exception {
        JsonNode d = api.disclosure("finance", 2032);
        assertThat(d.path("publishable").asBoolean()).isFalse();
        assertThat(messages(d)).contains("2032年度没有已批复的预算：预算表与情况说明没有可公开的数据");
        assertThat(api.act("finance", 2032, "submit", null).getStatus()).isEqualTo(400);
    }

    static List<String> messages(JsonNode disclosure) {
        List<String> all = new ArrayList<>();
        disclosure.path("findings").forEach(f -> all.add(f.path("message").asText()));
        return all;
    }
}
