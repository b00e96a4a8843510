package cn.nanchang.budgetflow.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The disclosure endpoints (预算公开) by {@link ApiClient#disclosures()}, as a demo user, answered
 * as they come (JSON, a workbook or an error): reading the tables and text back is left to the test.
 */
public final class Disclosures {

    private final ApiClient api;

    Disclosures(ApiClient api) {
        this.api = api;
    }

    public MockHttpServletResponse call(String user, String uri) throws Exception {
        return api.send(user, get(uri)).andReturn().getResponse();
    }

    public JsonNode disclosure(String user, int year) throws Exception {
        return api.body(api.send(user, get("/api/v1/reports/" + year + "/disclosure")));
    }

    public MockHttpServletResponse act(String user, int year, String action, String body) throws Exception {
        var request = post("/api/v1/reports/" + year + "/disclosure/" + action);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return api.send(user, request).andReturn().getResponse();
    }

    /** The year's disclosure texts as the editor reads them. */
    public JsonNode texts(String user, int year) throws Exception {
        return api.body(api.send(user, get("/api/v1/reports/" + year + "/disclosure/texts")));
    }

    /** Saves a year's texts: {@code texts} as read (the "texts" node), with the version read (null when not yet stored). */
    public MockHttpServletResponse saveTexts(String user, int year, JsonNode texts, JsonNode version) throws Exception {
        var body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        body.set("version", version);
        body.set("texts", texts);
        return api.send(user, put("/api/v1/reports/" + year + "/disclosure/texts").contentType(MediaType.APPLICATION_JSON)
            .content(body.toString())).andReturn().getResponse();
    }

    /** A year's texts copied from the latest earlier year (as the editor offers them) and saved by 财务. */
    public void copyTextsForward(int year) throws Exception {
        JsonNode read = texts("finance", year);
        var saved = saveTexts("finance", year, read.path("texts"), read.path("version"));
        if (saved.getStatus() != 200) {
            throw new AssertionError("texts of " + year + " not saved: " + saved.getContentAsString());
        }
    }

    public static JsonNode table(JsonNode disclosure, String number) {
        for (JsonNode t : disclosure.path("tables")) {
            if (t.path("number").asText().equals(number)) {
                return t;
            }
        }
        throw new AssertionError("no table " + number);
    }

    /** The 万元 figures of the row whose first cell reads {@code first}, e.g. 合计 or 201. */
    public static List<String> row(JsonNode table, String first) {
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
    public static List<String> paragraphs(JsonNode disclosure) {
        List<String> all = new ArrayList<>();
        disclosure.path("text").forEach(s -> s.path("paragraphs").forEach(p -> all.add(p.asText())));
        return all;
    }
}
