package cn.nanchang.budgetflow.project.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The seed's two 2023 projects in demo mode: filed by their sections' 科员, carried through the
 * real route including the 主任办公会, in the library with their codes, with the published
 * figures, texts and indicator names, and filed only once however often the application starts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class ProjectDemoDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    DemoProjects demo;

    @Test
    void the_two_seed_projects_are_approved_in_the_2023_library_adding_up_to_the_published_458_62_wan() throws Exception {
        JsonNode library = call("auditor", "/api/v1/projects?fiscalYear=2023");
        JsonNode websites = project(library, "南昌市政府网站集约化平台运维项目");
        JsonNode network = project(library, "党政信息网运行维护项目");
        assertThat(websites.path("annualBudget").asText()).isEqualTo("3610000.00");
        assertThat(websites.path("section").asText()).isEqualTo("S04");
        assertThat(websites.path("projectCode").asText()).matches("XM-2023-S04-\\d{4}");
        assertThat(network.path("annualBudget").asText()).isEqualTo("976200.00");
        assertThat(network.path("section").asText()).isEqualTo("S02");
        assertThat(network.path("projectCode").asText()).matches("XM-2023-S02-\\d{4}");
        assertThat(new BigDecimal("3610000.00").add(new BigDecimal("976200.00"))).isEqualByComparingTo("4586200.00");
    }

    @Test
    void each_went_through_the_route_with_the_directors_meeting() throws Exception {
        JsonNode library = call("auditor", "/api/v1/projects?fiscalYear=2023");
        for (String name : List.of("南昌市政府网站集约化平台运维项目", "党政信息网运行维护项目")) {
            long id = project(library, name).path("id").asLong();
            JsonNode history = call("auditor", "/api/v1/documents/" + id + "/history");
            List<String> steps = StreamSupport.stream(history.spliterator(), false)
                .map(e -> e.path("action").asText() + "/" + e.path("actor").asText()).toList();
            assertThat(steps).as(name).containsExactly("CREATE/" + drafterOf(name), "SUBMIT/" + drafterOf(name),
                "APPROVE/" + headOf(name), "APPROVE/finance", "APPROVE/director", "COLLECTIVE_DECISION/director",
                "APPROVE/bureau",
                // the demo's example file (示例_可行性研究报告.pdf), added afterwards and said to be one in its entry
                "ATTACHMENT_ADD/" + drafterOf(name));
            assertThat(history.get(history.size() - 1).path("details").asText()).as(name).startsWith("演示数据添加的示例附件");
        }
    }

    @Test
    void applications_carry_the_published_texts_and_indicator_names_with_example_values_marked() throws Exception {
        JsonNode library = call("auditor", "/api/v1/projects?fiscalYear=2023");
        JsonNode websites = call("auditor", "/api/v1/project-applications/"
            + project(library, "南昌市政府网站集约化平台运维项目").path("id").asLong());
        JsonNode network = call("auditor", "/api/v1/project-applications/"
            + project(library, "党政信息网运行维护项目").path("id").asLong());
        assertThat(websites.path("overview").asText()).startsWith("对集约化平台进行统一基础环境及安全运维监管和安全防护")
            .endsWith("推动我市政府网站工作。");
        assertThat(websites.path("legalBasis").asText()).contains("洪编发[2021]73号", "洪府厅抄字[2019]702号");
        assertThat(network.path("overview").asText()).isEqualTo("保障全市政务网网络（含乡乡通线路）稳定、快速运行，相关机房特别是关键设备正常运行。");
        assertThat(network.path("legalBasis").asText()).contains("洪府厅抄字[2006]397号");
        // 项目目的 over the API, as the seed opens each summary with it
        assertThat(websites.path("purpose").asText()).startsWith("为我市全面推进政府门户网站集约化工作提供相关运维支撑保障");
        assertThat(network.path("purpose").asText()).isEqualTo("2023年度政务信息网网络维护，保障各应用系统、电子政务外网、政务云平台和政府门户网张安全稳定运行。");
        assertThat(names(websites)).hasSize(36).contains("新媒体视频在线访谈期数", "迎检迎评专项服务", "集约化平台使用方和群众满意度");
        assertThat(names(network)).hasSize(22).contains("三级安全等级保护测评", "政务外网互联网出口非不可抗拒因素瘫痪次数",
            "2023年12月25日前完成工作", "服务对象满意度");
        for (JsonNode a : List.of(websites, network)) {
            assertThat(a.path("implementingBody").asText()).isEqualTo("南昌市数字科学研究中心");
            assertThat(a.path("periodStart").asText() + "/" + a.path("periodEnd").asText()).isEqualTo("2023-01/2023-12");
            BigDecimal costs = StreamSupport.stream(a.path("costLines").spliterator(), false)
                .map(l -> new BigDecimal(l.path("amount").asText())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(costs).isEqualByComparingTo(a.path("annualBudget").asText());
            assertThat(a.path("costLines")).allSatisfy(l -> assertThat(l.path("functionCode").asText()).isEqualTo("2010350"));
            assertThat(a.path("indicators")).allSatisfy(i -> assertThat(i.path("note").asText()).contains("示例值"));
        }
    }

    private static List<String> names(JsonNode application) {
        return StreamSupport.stream(application.path("indicators").spliterator(), false).map(i -> i.path("name").asText()).toList();
    }

    @Test
    void starting_again_files_nothing_twice() throws Exception {
        int before = call("auditor", "/api/v1/project-applications?fiscalYear=2023").size();
        demo.run(null);
        assertThat(call("auditor", "/api/v1/project-applications?fiscalYear=2023")).hasSize(before);
        assertThat(call("auditor", "/api/v1/projects?fiscalYear=2023")).hasSize(before);
    }

    private static String drafterOf(String name) {
        return name.startsWith("南昌市政府网站") ? "staff4" : "staff2";
    }

    private static String headOf(String name) {
        return name.startsWith("南昌市政府网站") ? "head4" : "head2";
    }

    private static JsonNode project(JsonNode library, String name) {
        return StreamSupport.stream(library.spliterator(), false).filter(p -> p.path("name").asText().equals(name))
            .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + library));
    }

    private JsonNode call(String user, String uri) throws Exception {
        String body = mvc.perform(get(uri).with(httpBasic(user, "demo123"))).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }
}
