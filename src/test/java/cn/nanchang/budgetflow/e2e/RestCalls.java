package cn.nanchang.budgetflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The REST API beside the browser, for what a browser test needs prepared (a submitted draft, a
 * step approved) or what a second person does while the first watches their page.
 */
final class RestCalls {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final E2eBrowser browser;

    RestCalls(E2eBrowser browser) {
        this.browser = browser;
    }

    /** A one-line draft of the staff member's section for this year, submitted: its id and number. */
    JsonNode submittedDraft(String staff, int year, String amount) throws Exception {
        JsonNode draft = call(staff, "POST", "/api/v1/budget-drafts", "{\"fiscalYear\":" + year + ",\"lines\":[{"
            + "\"functionCode\":\"2010350\",\"economicCode\":\"30201\",\"kind\":\"BASIC_PUBLIC\",\"amount\":\"" + amount + "\"}]}");
        call(staff, "POST", "/api/v1/budget-drafts/" + draft.path("id").asLong() + "/submit", null);
        return draft;
    }

    /** Approves the user's task on the document. */
    void approve(String user, long documentId) throws Exception {
        String task = call(user, "GET", "/api/v1/tasks?limit=500", null).findParents("documentId").stream()
            .filter(t -> t.path("documentId").asLong() == documentId).findFirst().orElseThrow().path("taskId").asText();
        call(user, "POST", "/api/v1/tasks/" + task + "/decision", "{\"decision\":\"APPROVE\"}");
    }

    JsonNode call(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
            .header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + E2eBrowser.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json").header("Content-Type", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }
}
