package cn.nanchang.budgetflow.testsupport;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;

/** Reading back what the history and the directory say, for the approval-operation API tests. */
public final class HistoryLookup {

    private HistoryLookup() {
    }

    /** The newest history entry of this action on the document, as the user sees the history. */
    public static JsonNode lastOf(ApiClient api, String user, long documentId, String action) throws Exception {
        return StreamSupport.stream(api.history(user, documentId).spliterator(), false)
            .filter(e -> action.equals(e.path("action").asText())).reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError("no " + action + " in the history of " + documentId));
    }

    /** The display name a user signs in with, e.g. 杨秀英 for finance. */
    public static String displayName(ApiClient api, String username) throws Exception {
        return api.body(api.get(username, "/api/v1/me").andExpect(status().isOk())).path("displayName").asText();
    }
}
