package cn.nanchang.budgetflow.base.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21 §4: the answers the contract promises everywhere. Methods the API does not serve are a JSON
 * 405, an address the firewall refuses a JSON 400 naming the path, and a boolean or number sent where
 * the contract says text is a 400 naming the field instead of being stored as its text.
 */
@ApiTestContext
class ConsistentAnswersApiTest {

    private final ApiClient api;

    ConsistentAnswersApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void trace_and_options_are_a_json_405_even_before_signing_in() throws Exception {
        for (HttpMethod method : List.of(HttpMethod.TRACE, HttpMethod.OPTIONS)) {
            api.anonymous(request(method, "/api/v1/me"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(method.name())));
        }
        api.send("staff1", options("/api/v1/budget-drafts")).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void a_method_an_address_does_not_serve_is_a_json_405() throws Exception {
        api.send("staff1", delete("/api/v1/me"))
            .andExpect(status().isMethodNotAllowed())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.status").value(405));
    }

    @Test
    void an_address_the_firewall_refuses_is_a_json_400_naming_the_path() throws Exception {
        api.send("staff1", get("/api/v1/budget-drafts/1;jsessionid=x"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.errors[0].field").value("path"));
    }

    @Test
    void a_boolean_or_a_number_where_text_belongs_is_refused_naming_the_field() throws Exception {
        for (Object notText : List.of(true, 42, 1.5)) {
            api.post("staff1", "/api/v1/me/opinions", Map.of("text", notText))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        }
        api.answer(api.get("staff1", "/api/v1/me/opinions"), status().isOk()).forEach(opinion ->
            org.assertj.core.api.Assertions.assertThat(opinion.path("text").asText()).isNotIn("true", "42", "1.5"));
    }
}
