package cn.nanchang.budgetflow.procurement;

import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.PLANS;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans.Funding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Procurement-intention notices (财库〔2020〕10号): one per item that needs a procedure, with its
 * name, demand overview, budget and expected time, to be public at least 30 days before the
 * start month begins.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcurementIntentionApiTest {

    private final ApiClient api;

    ProcurementIntentionApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void each_item_needing_a_procedure_gets_a_notice_due_thirty_days_before_its_start_month() throws Exception {
        Funding f = api.plans().fundedLine("staff4", "3000000.00");
        int y = f.year();
        long id = api.plans().created("staff4", planBody(y,
            with(item("SERVICES", "1200000.00", "COMPETITIVE_CONSULTATION", f.lineId(), y + "-03"),
                "name", "政府网站集约化平台运维服务"),
            with(with(item("GOODS", "30000.00", "INQUIRY", f.lineId(), y + "-04"), "inCatalogue", false),
                "name", "办公耗材"),
            with(item("GOODS", "150000.00", "INQUIRY", f.lineId(), y + "-01"), "name", "服务器"))).path("id").asLong();

        JsonNode notices = api.body(api.expect(api.get("staff4", PLANS + "/{id}/intentions", id), status().isOk()));

        assertThat(notices).hasSize(2);
        JsonNode first = notices.get(0);
        assertThat(first.path("itemNo").asInt()).isEqualTo(1);
        assertThat(first.path("name").asText()).isEqualTo("政府网站集约化平台运维服务");
        assertThat(first.path("demandOverview").asText()).isEqualTo("采购台式计算机，满足日常办公需要");
        assertThat(first.path("budgetAmount").asText()).isEqualTo("1200000.00");
        assertThat(first.path("budgetWanYuan").asText()).isEqualTo("120.00");
        assertThat(first.path("expectedStart").asText()).isEqualTo(y + "-03");
        assertThat(first.path("expectedTime").asText()).isEqualTo(y + "年3月");
        assertThat(first.path("publishBy").asText()).isEqualTo(LocalDate.of(y, 3, 1).minusDays(30).toString());
        JsonNode january = notices.get(1);
        assertThat(january.path("itemNo").asInt()).isEqualTo(3);
        assertThat(january.path("publishBy").asText()).isEqualTo((y - 1) + "-12-02");
        assertThat(api.plans().plan("staff4", id).path("intentions")).isEqualTo(notices);
    }

    @Test
    void the_latest_publication_date_leaves_at_least_thirty_days_before_the_first_day_of_the_start_month() {
        for (int month = 1; month <= 12; month++) {
            YearMonth start = YearMonth.of(2024, month);
            LocalDate publishBy = IntentionNotice.latestPublicationDate(start);
            assertThat(java.time.temporal.ChronoUnit.DAYS.between(publishBy, start.atDay(1))).isEqualTo(30);
        }
        assertThat(IntentionNotice.latestPublicationDate(YearMonth.of(2024, 3))).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(IntentionNotice.latestPublicationDate(YearMonth.of(2023, 3))).isEqualTo(LocalDate.of(2023, 1, 30));
    }
}
