package cn.nanchang.budgetflow.procurement;

import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans.Funding;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 流程预测 of procurement plans over REST: below the public-tender threshold, at it, and with a
 * single-source item, the route predicted before submission is the route the plan then takes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcurementPathPreviewApiTest {

    private static final String STAFF = "staff3";

    private final ApiClient api;

    ProcurementPathPreviewApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "GOODS,    1200000.00, INQUIRY,       SECTION_HEAD_REVIEW FINANCE_REVIEW DIRECTOR_REVIEW",
        "SERVICES, 2000000.00, PUBLIC_TENDER, SECTION_HEAD_REVIEW FINANCE_REVIEW DIRECTOR_REVIEW BUREAU_REVIEW",
        "SERVICES, 300000.00,  SINGLE_SOURCE, SECTION_HEAD_REVIEW FINANCE_REVIEW DIRECTOR_REVIEW COLLECTIVE_DECISION BUREAU_REVIEW"})
    void the_route_predicted_for_a_plan_is_the_route_it_takes(String category, String amount, String method, String expected) {
        Funding f = api.plans().fundedLine(STAFF, "3000000.00");
        long id = api.plans().created(STAFF, planBody(f.year(), item(category, amount, method, f.lineId(), f.year() + "-06")))
            .path("id").asLong();

        List<String> predicted = steps(id);
        api.plans().submit(STAFF, id);

        assertThat(predicted).containsExactly(expected.split(" "));
        assertThat(approveToTheEnd(id)).containsExactlyElementsOf(predicted);
        assertThat(steps(id)).isEmpty();
    }

    private List<String> approveToTheEnd(long id) {
        List<String> taken = new ArrayList<>();
        for (String reviewer : List.of(ProcurementPlans.headOf(STAFF), "finance", "director", "director", "bureau")) {
            api.stepFor(reviewer, id).ifPresent(step -> {
                taken.add(step);
                if (step.equals("COLLECTIVE_DECISION")) {
                    api.plans().collective(id, true);
                } else {
                    api.approve(reviewer, id);
                }
            });
        }
        return taken;
    }

    private List<String> steps(long id) {
        JsonNode preview = api.body(api.expect(api.get(STAFF, "/api/v1/documents/{id}/path-preview", id), status().isOk()));
        return StreamSupport.stream(preview.spliterator(), false).map(s -> s.path("step").asText()).toList();
    }
}
