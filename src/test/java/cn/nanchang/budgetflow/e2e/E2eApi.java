package cn.nanchang.budgetflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The REST API of the application under a browser test, called as the demo users (HTTP Basic,
 * password demo123; the API has no CSRF token), so that a browser test can bring a document to
 * the state it wants to look at without clicking its way there. Every call expects success and
 * fails with the answer's status and body otherwise.
 */
final class E2eApi {

    static final String TASKS = "/api/v1/tasks";
    static final String DOCUMENTS = "/api/v1/documents";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;

    E2eApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    JsonNode get(String user, String path) {
        return call(user, "GET", path, null);
    }

    JsonNode post(String user, String path, Object body) {
        return call(user, "POST", path, body);
    }

    /** The user's inbox entry on the document: a task the user holds or may take, or a delegated one. */
    Optional<JsonNode> task(String user, long documentId) {
        return StreamSupport.stream(get(user, TASKS + "?limit=500").spliterator(), false)
            .filter(t -> t.path("documentId").asLong() == documentId).findFirst();
    }

    String taskId(String user, long documentId) {
        return task(user, documentId).orElseThrow(() -> new AssertionError(user + " has no task on document " + documentId))
            .path("taskId").asText();
    }

    /** Decides the user's task on the document: APPROVE or RETURN, with returnTo (a step) or null. */
    JsonNode decide(String user, long documentId, String decision, String comment, String returnTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("comment", comment);
        if (returnTo != null) {
            body.put("returnTo", returnTo);
        }
        return post(user, TASKS + "/" + taskId(user, documentId) + "/decision", body);
    }

    void approve(String user, long documentId) {
        decide(user, documentId, "APPROVE", "同意", null);
    }

    /** An operation on the user's task on the document, e.g. transfer, delegate, add-signer. */
    JsonNode onTask(String user, long documentId, String operation, Map<String, Object> body) {
        return post(user, TASKS + "/" + taskId(user, documentId) + "/" + operation, body);
    }

    /** An operation on the document itself, e.g. void, chase, cc, withdraw-approval, remove-signer. */
    JsonNode onDocument(String user, long documentId, String operation, Map<String, Object> body) {
        return post(user, DOCUMENTS + "/" + documentId + "/" + operation, body);
    }

    /** Puts a raw body, e.g. a PNG signature, as the user. */
    void put(String user, String path, String contentType, byte[] body) {
        send(user, "PUT", path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** Any call with a JSON body (an object to serialise, or null for none); the answer as JSON. */
    JsonNode call(String user, String method, String path, Object body) {
        try {
            String answer = send(user, method, path, "application/json", body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
            return answer.isBlank() ? json.nullNode() : json.readTree(answer);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private String send(String user, String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + E2eBrowser.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", contentType)
                .method(method, body).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new AssertionError(user + ": " + method + " " + path + " answered " + response.statusCode() + " "
                    + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path, e);
        }
    }
}
