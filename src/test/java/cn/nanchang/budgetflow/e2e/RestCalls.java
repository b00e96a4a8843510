package cn.nanchang.budgetflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The set-ups several browser tests share (a submitted draft, a step approved) and calls with a
 * JSON text body, over {@link E2eApi}: for what a browser test needs prepared, or what a second
 * person does while the first watches their page.
 */
final class RestCalls {

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
    void approve(String user, long documentId) {
        browser.api().approve(user, documentId);
    }

    JsonNode call(String user, String method, String path, String body) throws Exception {
        return browser.api().call(user, method, path, body == null ? null : json.readTree(body));
    }
}
