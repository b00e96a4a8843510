package cn.nanchang.budgetflow.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.AuditTrail;
import cn.nanchang.budgetflow.testsupport.ProjectApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A project application's particulars, cost lines and indicators on its approval sheet, and an edit recorded value by value. */
@ApiTestContext
class ProjectApplicationSheetApiTest {

    private final ApiClient api;
    private final AuditTrail trail;

    ProjectApplicationSheetApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
        this.trail = new AuditTrail(mvc, json);
    }

    @Test
    void the_approval_sheet_shows_the_project_its_cost_lines_with_the_total_and_its_performance_targets() {
        int year = ProjectApplications.freshYear();
        long id = api.projects().create("staff1", ProjectApplications.validApplication(year)).path("id").asLong();

        JsonNode sheet = api.answer(api.get("director", "/api/v1/audit/documents/{id}/approval-sheet", id), status().isOk());

        JsonNode contents = sheet.path("contents");
        assertThat(StreamSupport.stream(contents.spliterator(), false).map(c -> c.path("title").asText()))
            .containsExactly("项目基本信息", "成本明细", "绩效目标表");
        assertThat(rows(contents.get(0))).contains(List.of("项目名称", "测试运维项目" + year), List.of("项目类别", "运行维护类"),
            List.of("实施周期", year + "年1月至" + year + "年12月"), List.of("年度预算", "100,000.00 元（10.00 万元）"),
            List.of("立项依据", "洪编发[2021]118号"));
        assertThat(rows(contents.get(1))).containsExactly(
            List.of("1", "2010350 事业运行", "30213 维修（护）费", "60,000.00", "6.00", ""),
            List.of("2", "2010350 事业运行", "30227 委托业务费", "40,000.00", "4.00", ""));
        assertThat(texts(contents.get(1).path("footer"))).containsExactly("合计", "", "", "100,000.00", "10.00", "");
        assertThat(rows(contents.get(2))).hasSize(6).contains(List.of("产出指标", "数量指标", "运维站点个数", "≥", "10", "个", "", "示例值"));
    }

    @Test
    void an_edit_records_the_changed_header_field_and_the_changed_indicator_value() {
        int year = ProjectApplications.freshYear();
        Map<String, Object> body = ProjectApplications.validApplication(year);
        long id = api.projects().create("staff1", body).path("id").asLong();
        body.put("implementingBody", "数据治理科");
        ProjectApplications.indicators(body).get(1).put("targetValue", "99.5");
        api.answer(api.put("staff1", ProjectApplications.APPLICATIONS + "/{id}", body, id), status().isOk());

        List<String> changes = StreamSupport.stream(trail.events(id, "EDIT").get(0).path("changes").spliterator(), false)
            .map(c -> c.path("text").asText()).toList();
        assertThat(changes).containsExactly("实施主体：南昌市数字科学研究中心 → 数据治理科",
            "绩效目标表第2行 指标值：99 → 99.5");
    }

    private static List<List<String>> rows(JsonNode table) {
        return StreamSupport.stream(table.path("rows").spliterator(), false).map(ProjectApplicationSheetApiTest::texts).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
