package cn.nanchang.budgetflow.procurement;

import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.AuditTrail;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A procurement plan's items on its approval sheet, and an edit of its items recorded value by value. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcurementPlanSheetApiTest {

    private final ApiClient api;
    private final AuditTrail trail;

    ProcurementPlanSheetApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
        this.trail = new AuditTrail(mvc, json);
    }

    @Test
    void the_approval_sheet_lists_each_item_with_category_method_form_funding_and_amounts_and_the_justifications() {
        ProcurementPlans.Funding f = api.plans().fundedLine("staff5", "5000000.00");
        long id = api.plans().created("staff5", planBody(f.year(),
            item("GOODS", "120000.00", "INQUIRY", f.lineId(), f.year() + "-04"),
            with(item("SERVICES", "2500000.00", "COMPETITIVE_NEGOTIATION", f.lineId(), f.year() + "-07"),
                "methodChangeJustification", "招标后没有供应商投标，拟改为竞争性谈判"))).path("id").asLong();

        JsonNode sheet = api.body(api.expect(api.get("head5", "/api/v1/audit/documents/{id}/approval-sheet", id), status().isOk()));

        JsonNode contents = sheet.path("contents");
        assertThat(StreamSupport.stream(contents.spliterator(), false).map(c -> c.path("title").asText()))
            .containsExactly("采购项目", "按品目类别", "变更采购方式说明");
        JsonNode items = contents.get(0);
        assertThat(items.path("headers").toString()).contains("品目类别", "采购方式", "组织形式", "资金来源", "预算金额（元）");
        assertThat(texts(items.path("rows").get(0))).startsWith("1", "货物", "办公设备采购", "10 台", "120,000.00", "12.00", "询价",
            "分散采购", "是");
        assertThat(texts(items.path("rows").get(0)).get(9)).contains("第1行", "30201 办公费");
        assertThat(texts(items.path("rows").get(0)).get(10)).as("a month shown as the glossary says").isEqualTo(f.year() + "年4月");
        assertThat(texts(items.path("rows").get(1))).contains("服务", "2,500,000.00", "250.00", "竞争性谈判");
        assertThat(texts(items.path("footer"))).contains("合计", "2,620,000.00", "262.00");
        assertThat(texts(contents.get(1).path("rows").get(0))).containsExactly("货物", "120,000.00", "12.00");
        assertThat(texts(contents.get(1).path("rows").get(2))).containsExactly("服务", "2,500,000.00", "250.00");
        assertThat(texts(contents.get(2).path("rows").get(0))).containsExactly("2", "办公设备采购", "竞争性谈判",
            "招标后没有供应商投标，拟改为竞争性谈判");
    }

    @Test
    void an_edit_of_the_items_records_each_changed_value_and_each_removed_item() {
        ProcurementPlans.Funding f = api.plans().fundedLine("staff5", "5000000.00");
        Map<String, Object> first = item("GOODS", "120000.00", "INQUIRY", f.lineId(), f.year() + "-04");
        Map<String, Object> second = with(item("SERVICES", "80000.00", "INQUIRY", f.lineId(), f.year() + "-05"), "name", "运维服务");
        long id = api.plans().created("staff5", planBody(f.year(), first, second)).path("id").asLong();

        api.expect(api.put("staff5", ProcurementPlans.PLANS + "/{id}", planBody(f.year(),
            with(with(first, "amount", "150000.00"), "method", "COMPETITIVE_CONSULTATION")), id), status().isOk());

        JsonNode edit = trail.events(id, "EDIT").get(0);
        List<String> changes = StreamSupport.stream(edit.path("changes").spliterator(), false)
            .map(c -> c.path("text").asText()).toList();
        assertThat(changes).startsWith(
            "采购项目第1行 预算金额（元）：120,000.00 → 150,000.00",
            "采购项目第1行 采购方式：询价 → 竞争性磋商");
        assertThat(changes).contains("采购项目原第2行（删除） 采购项目名称：运维服务 → （空）",
            "采购项目原第2行（删除） 预算金额（元）：80,000.00 → （空）");
        assertThat(edit.path("details").asText()).isEqualTo("采购项目2个，合计200,000.00元 → 采购项目1个，合计150,000.00元");
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
