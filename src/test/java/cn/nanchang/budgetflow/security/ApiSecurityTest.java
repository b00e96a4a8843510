package cn.nanchang.budgetflow.security;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Who gets in at all: HTTP Basic on /api, the public health probe, the closed actuator, the API description. */
@ApiTestContext
class ApiSecurityTest {

    private final ApiClient api;

    ApiSecurityTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me", "/api/v1/budget-drafts", "/api/v1/tasks"})
    void an_api_call_without_credentials_is_answered_401_in_json(String uri) throws Exception {
        api.anonymous(get(uri))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            // no Basic challenge: a browser would prompt, keep the credentials and send them with other sites' requests
            .andExpect(header().doesNotExist("WWW-Authenticate"))
            .andExpect(jsonPath("$.status").value(401))
            .andExpect(jsonPath("$.message").isNotEmpty());
    }

    @Test
    void a_wrong_password_is_answered_401_in_json_and_creates_nothing() throws Exception {
        api.anonymous(post(BudgetDrafts.DRAFTS).with(httpBasic("staff1", "wrong-password"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"fiscalYear\":2090,\"lines\":[]}"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void me_tells_the_caller_their_role_section_and_approval_groups() throws Exception {
        api.get("head1", "/api/v1/me")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.username").value("head1"))
            .andExpect(jsonPath("$.role").value("SECTION_HEAD"))
            .andExpect(jsonPath("$.roleName").value("科长"))
            .andExpect(jsonPath("$.section").value("S01"))
            .andExpect(jsonPath("$.groups[0]").value("section-head-S01"));
    }

    @Test
    void the_health_probe_is_public_and_names_its_parts_but_shows_no_details() throws Exception {
        api.anonymous(get("/actuator/health"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP"))
            .andExpect(jsonPath("$.components.db.status").value("UP"))
            .andExpect(jsonPath("$.components.incidents.status").value("UP"))
            .andExpect(jsonPath("$.components.db", not(hasKey("details"))))
            .andExpect(jsonPath("$.components.incidents", not(hasKey("details"))));
    }

    @Test
    void the_version_is_public_and_nothing_else_of_the_build_or_environment() throws Exception {
        api.anonymous(get("/actuator/info"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.build.version", startsWith("0.")))
            .andExpect(jsonPath("$.build.name").value("budgetflow"))
            .andExpect(jsonPath("$", not(hasKey("env"))))
            .andExpect(jsonPath("$", not(hasKey("git"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
        "/actuator/configprops", "/actuator/loggers", "/actuator/heapdump"})
    void other_actuator_endpoints_are_closed_even_to_a_signed_in_administrator(String uri) throws Exception {
        api.anonymous(get(uri))
            .andExpect(status().isFound())
            .andExpect(redirectedUrlPattern("**/login"));
        api.anonymous(get(uri).with(user("admin").roles("ADMIN")))
            .andExpect(status().isForbidden());
    }

    @Test
    void the_openapi_description_of_the_api_is_served() throws Exception {
        api.anonymous(get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.openapi", startsWith("3.")))
            .andExpect(jsonPath("$.paths", hasKey("/api/v1/budget-drafts")))
            .andExpect(jsonPath("$.paths", hasKey("/api/v1/budget-drafts/{id}/withdraw")))
            .andExpect(jsonPath("$.paths", hasKey("/api/v1/tasks/{taskId}/decision")))
            .andExpect(jsonPath("$.paths", hasKey("/api/v1/documents/{id}/history")));
    }
}
