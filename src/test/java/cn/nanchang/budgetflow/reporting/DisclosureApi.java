package cn.nanchang.budgetflow.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The disclosure endpoints as the tests call them, as a demo user. */
record DisclosureApi(MockMvc mvc, ObjectMapper json) {

    MockHttpServletResponse call(String user, String uri) throws Exception {
        return mvc.perform(get(uri).with(httpBasic(user, "demo123"))).andReturn().getResponse();
    }

    JsonNode disclosure(String user, int year) throws Exception {
        return json.readTree(call(user, "/api/v1/reports/" + year + "/disclosure").getContentAsString(StandardCharsets.UTF_8));
    }

    MockHttpServletResponse act(String user, int year, String action, String body) throws Exception {
        var request = post("/api/v1/reports/" + year + "/disclosure/" + action).with(httpBasic(user, "demo123"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static JsonNode table(JsonNode disclosure, String number) {
        for (JsonNode t : disclosure.path("tables")) {
            if (t.path("number").asText().equals(number)) {
                return t;
            }
        }
        throw new AssertionError("no table " + number);
    }

    /** The 万元 figures of the row whose first cell reads {@code first}, e.g. 合计 or 201. */
    static List<String> row(JsonNode table, String first) {
        for (JsonNode r : table.path("rows")) {
            if (r.path("cells").get(0).path("text").asText().equals(first)) {
                List<String> wan = new ArrayList<>();
                r.path("cells").forEach(c -> {
                    if (!c.path("wan").isNull() && !c.path("wan").isMissingNode()) {
                        wan.add(c.path("wan").asText());
                    }
                });
                return wan;
            }
        }
        throw new AssertionError("no row " + first + " in table " + table.path("number").asText());
    }

    /** Every paragraph of the explanatory text, in order. */
    static List<String> paragraphs(JsonNode disclosure) {
        List<String> all = new ArrayList<>();
        disclosure.path("text").forEach(s -> s.path("paragraphs").forEach(p -> all.add(p.asText())));
        return all;
    }
}
