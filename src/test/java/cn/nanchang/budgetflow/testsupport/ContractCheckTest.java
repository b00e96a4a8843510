package cn.nanchang.budgetflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/** The contract check itself: a violation fails the call, and only the listed exceptions let one through. */
class ContractCheckTest {

    private static final String CONTRACT = """
        {"openapi": "3.0.1", "info": {"title": "t", "version": "1"},
         "paths": {"/api/v1/years/{year}": {"get": {"parameters": [
             {"name": "year", "in": "path", "required": true, "schema": {"type": "integer", "format": "int32"}}],
           "responses": {
             "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Year"}}}},
             "400": {"description": "bad", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Year"}}}}}}}},
         "components": {"schemas": {"Year": {"type": "object", "required": ["name", "note"], "properties": {
           "name": {"type": "string"}, "note": {"type": "string", "nullable": true}}}}}}
        """;

    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(CONTRACT).build();

    @Test
    void an_answer_as_the_contract_says_passes() throws Exception {
        assertThat(ContractCheck.violations(validator, call("/api/v1/years/2024", 200, "{\"name\":\"x\",\"note\":null}"))).isEmpty();
    }

    @Test
    void a_null_in_a_field_not_marked_nullable_fails_the_test_that_made_the_call() throws Exception {
        MvcResult result = call("/api/v1/years/2024", 200, "{\"name\":null,\"note\":\"n\"}");

        assertThatThrownBy(() -> ContractCheck.conformsTo(() -> validator, null).match(result))
            .isInstanceOf(AssertionError.class).hasMessageContaining("GET /api/v1/years/2024 -> 200").hasMessageContaining("/name");
    }

    @Test
    void a_field_left_out_of_an_answer_is_a_violation() throws Exception {
        assertThat(ContractCheck.violations(validator, call("/api/v1/years/2024", 200, "{\"name\":\"x\"}")))
            .singleElement().asString().contains("note");
    }

    @Test
    void full_width_digits_are_the_listed_exception_and_other_text_is_not() throws Exception {
        String wide = "/api/v1/years/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94";
        assertThat(ContractCheck.violations(validator, call(wide, 200, "{\"name\":\"x\",\"note\":null}"))).isEmpty();
        assertThat(ContractCheck.violations(validator, call("/api/v1/years/abc", 200, "{\"name\":\"x\",\"note\":null}")))
            .isNotEmpty();
    }

    @Test
    void a_refused_request_is_not_held_to_the_contract_but_its_answer_is() throws Exception {
        assertThat(ContractCheck.violations(validator, call("/api/v1/years/abc", 400, "{\"name\":\"x\",\"note\":null}"))).isEmpty();
        assertThat(ContractCheck.violations(validator, call("/api/v1/years/abc", 400, "{\"note\":null}"))).isNotEmpty();
    }

    @Test
    void each_deliberate_exception_gives_its_reason() throws Exception {
        assertThat(ContractCheck.EXCEPTIONS).isNotEmpty().allSatisfy(e -> assertThat(e.reason()).hasSizeGreaterThan(40));
    }

    private static MvcResult call(String uri, int status, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setPathInfo(URLDecoder.decode(uri, StandardCharsets.UTF_8)); // as MockMvc sets it
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        MvcResult result = mock(MvcResult.class);
        when(result.getRequest()).thenReturn(request);
        when(result.getResponse()).thenReturn(response);
        return result;
    }
}
