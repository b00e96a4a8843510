package cn.nanchang.budgetflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.nanchang.apiclient.ApiClient;
import cn.nanchang.apiclient.ApiException;
import cn.nanchang.apiclient.api.BudgetflowApi;
import cn.nanchang.apiclient.model.ApiError;
import cn.nanchang.apiclient.model.DecisionRequest;
import cn.nanchang.apiclient.model.DecisionResponse;
import cn.nanchang.apiclient.model.DraftRequest;
import cn.nanchang.apiclient.model.DraftResponse;
import cn.nanchang.apiclient.model.LineInput;
import cn.nanchang.apiclient.model.TaskResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A client generated from docs/openapi.json alone (issue 21 §3, target/generated-test-sources/openapi)
 * works against the running API over real HTTP: it walks a budget draft through its four approvals and
 * reads a refusal as the contract's error model. Also what only a real server shows: TRACE is a JSON 405.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedClientIT {

    private static final String PASSWORD = "demo123";

    @LocalServerPort
    int port;

    @Test
    void a_generated_client_walks_a_draft_through_its_four_approvals() throws Exception {
        BudgetflowApi staff = as("staff6");
        DraftResponse draft = staff.budgetDraftCreate(null, new DraftRequest().fiscalYear(2031).lines(List.of(
            new LineInput().functionCode("2010350").economicCode("30201").kind("BASIC_PUBLIC").amount("12345.67").note("办公用品"))));
        assertThat(draft.getStatus()).isEqualTo("DRAFT");
        assertThat(staff.budgetDraftSubmit(draft.getId(), "client").getStatus()).isEqualTo("IN_REVIEW");

        String status = null;
        for (String reviewer : List.of("head6", "finance", "director", "bureau")) {
            BudgetflowApi api = as(reviewer);
            TaskResponse task = api.taskInbox(0, 500, null, null, null, null, null).stream()
                .filter(t -> t.getDocumentId() == draft.getId()).findFirst()
                .orElseThrow(() -> new AssertionError(reviewer + " has no task on the draft"));
            DecisionResponse decided = api.taskDecide(task.getTaskId(),
                new DecisionRequest().decision(DecisionRequest.DecisionEnum.APPROVE).comment("同意"), null);
            status = decided.getDocumentStatus();
        }

        assertThat(status).isEqualTo("APPROVED");
        assertThat(staff.budgetDraftGet(draft.getId()).getStatus()).isEqualTo("APPROVED");
    }

    @Test
    void a_refusal_reads_as_the_typed_error_naming_the_field() throws Exception {
        ApiClient client = client("staff6");
        ApiException refused = catchThrowableOfType(ApiException.class,
            () -> new BudgetflowApi(client).budgetDraftCreate(null, new DraftRequest()));

        ApiError error = client.getObjectMapper().readValue(refused.getResponseBody(), ApiError.class);
        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(error.getStatus()).isEqualTo(400);
        assertThat(error.getErrors()).extracting(e -> e.getField()).contains("fiscalYear");
    }

    @Test
    void trace_is_a_json_405_on_the_real_server() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
            .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("Authorization", basic("staff6")).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(answer.body()).contains("\"status\":405").contains("TRACE");
    }

    private BudgetflowApi as(String user) {
        return new BudgetflowApi(client(user));
    }

    private ApiClient client(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base());
        client.setRequestInterceptor(request -> request.header("Authorization", basic(user)));
        return client;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
