package cn.nanchang.budgetflow.it;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.AccountDetails;
import cn.nanchang.budgetflow.security.AccountDetailsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Calls the REST API as signed-in users, many at once. Users are signed in as the security
 * filter would after HTTP Basic, without the bcrypt check on every call (that would make the
 * password hash, not the race, the slowest part), so the requests arrive close together.
 */
final class RaceClient {

    /** An answer: HTTP status and the JSON body. */
    record Answer(int status, JsonNode body) {
        String message() {
            return body.path("message").asText();
        }
    }

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final OrganizationService organization;
    private final Map<String, AccountDetails> accounts = new ConcurrentHashMap<>();

    RaceClient(MockMvc mvc, ObjectMapper json, OrganizationService organization) {
        this.mvc = mvc;
        this.json = json;
        this.organization = organization;
    }

    Answer get(String username, String uri, Object... vars) {
        return perform(username, MockMvcRequestBuilders.get(uri, vars), null);
    }

    Answer post(String username, String uri, Object body, Object... vars) {
        return perform(username, MockMvcRequestBuilders.post(uri, vars), body);
    }

    Answer put(String username, String uri, Object body, Object... vars) {
        return perform(username, MockMvcRequestBuilders.put(uri, vars), body);
    }

    /**
     * Runs every call on a thread of its own, all released at the same instant by a barrier,
     * and returns their answers in the order given.
     */
    @SafeVarargs
    final List<Answer> atOnce(Function<RaceClient, Answer>... calls) throws Exception {
        CyclicBarrier gate = new CyclicBarrier(calls.length);
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Answer>> pending = new ArrayList<>();
            for (Function<RaceClient, Answer> call : calls) {
                pending.add(threads.submit(() -> {
                    gate.await(30, TimeUnit.SECONDS);
                    return call.apply(this);
                }));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private Answer perform(String username, MockHttpServletRequestBuilder request, Object body) {
        AccountDetails account = accounts.computeIfAbsent(username,
            u -> AccountDetailsFactory.of(organization.user(u).orElseThrow(() -> new IllegalArgumentException("no user " + u))));
        try {
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
            }
            MockHttpServletResponse response = mvc.perform(request.with(user(account)).accept(MediaType.APPLICATION_JSON)
                    .header(cn.nanchang.budgetflow.testsupport.ApiClient.SCRIPT_HEADER, "XMLHttpRequest"))
                .andReturn().getResponse();
            String text = response.getContentAsString(StandardCharsets.UTF_8);
            return new Answer(response.getStatus(), text.isEmpty() ? json.createObjectNode() : json.readTree(text));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
