package cn.nanchang.budgetflow.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcRequest;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every MockMvc call of every test context is checked against the contract (issue 21 §2): the answer always,
 * the request whenever the API accepted it. The contract is the document the context itself publishes at
 * /v3/api-docs, which {@code OpenApiDocumentTest} holds equal to the committed docs/openapi.json; so a test
 * checks against the code it runs, and a stale file fails that one test, not all. Found by the application's
 * component scan (it lives under the application's package), so it reaches the tests that build their own
 * context as well as those with {@link ApiTestContext}.
 * <p>
 * Only /api/ addresses are checked: /v3/api-docs, the UI and the actuator are not part of the contract. Any
 * other violation fails the test that made the call, unless it is one of the {@link #EXCEPTIONS}, the one list
 * of deliberate exceptions, each with its reason.
 */
@Configuration(proxyBeanMethods = false)
public class ContractCheck {

    /**
     * Strict by default: a violation fails the test that made the call (issue 21 §2). For a survey after a change
     * to many answers, -Dcontract.strict=false lists the violating calls in target/contract-violations.log instead
     * (or in FILE with -Dcontract.report=FILE) and lets the tests go on.
     */
    private static final String REPORT = System.getProperty("contract.report",
        Boolean.parseBoolean(System.getProperty("contract.strict", "true")) ? null : "target/contract-violations.log");

    private static synchronized void report(String file, MvcResult result, List<String> violations) throws IOException {
        String line = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " -> "
            + result.getResponse().getStatus() + "\n  " + String.join("\n  ", violations) + "\n";
        Files.writeString(Path.of(file), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Bean
    MockMvcBuilderCustomizer openApiContractCheck(WebApplicationContext context) {
        Supplier<OpenApiInteractionValidator> validator = memoized(() -> validator(context));
        return builder -> builder.alwaysExpect(conformsTo(validator, REPORT));
    }

    /** The context's own document, read once through a MockMvc of its own (no filters, no checks). */
    private static OpenApiInteractionValidator validator(WebApplicationContext context) {
        try {
            String document = MockMvcBuilders.webAppContextSetup(context).build().perform(get("/v3/api-docs"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            return OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the API's own OpenAPI document", e);
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        AtomicReference<T> value = new AtomicReference<>();
        return () -> value.updateAndGet(v -> v != null ? v : supplier.get());
    }

    /** The call as the contract allows it; fails with every violation listed. */
    static ResultMatcher conformsTo(Supplier<OpenApiInteractionValidator> validator, String report) {
        return result -> {
            List<String> violations = violations(validator.get(), result);
            if (!violations.isEmpty() && report != null) {
                report(report, result, violations);
            } else if (!violations.isEmpty()) {
                throw new AssertionError("contract violation: " + result.getRequest().getMethod() + " "
                    + result.getRequest().getRequestURI() + " -> " + result.getResponse().getStatus() + "\n  "
                    + String.join("\n  ", violations));
            }
        };
    }

    /** A deliberate exception: a violation it matches does not fail the call. */
    record DeliberateException(String reason, BiPredicate<ValidationReport.Message, MvcResult> matches) {
    }

    /** The deliberate exceptions (issue 21 §2: "the few deliberate exceptions are listed, each with its reason"). */
    static final List<DeliberateException> EXCEPTIONS = List.of(
        new DeliberateException("A request the API refused (4xx) is not checked against the contract: sending what the contract "
            + "rules out (a missing field, a number as text, an unknown address or method) is what those tests do; "
            + "the answer still is, so each refusal must be a documented status with the error shape.",
            (m, result) -> refused(result) && m.getKey().startsWith("validation.request")),
        new DeliberateException("A JSON null where the contract has a nullable reference to another schema: OpenAPI 3.0 can only "
            + "say \"this object or null\" as nullable around allOf: [$ref], and the validator checks the null against "
            + "the referenced object schema itself. Only when the value at the path is JSON null.",
            ContractCheck::nullForNullableReference),
        new DeliberateException("Full-width digits (２０２４) where the contract says a number: the API reads them as the number, "
            + "as a Chinese input method types them (issue 12 §5, FullWidthDigitsApiTest); the contract describes the "
            + "ASCII form integrators send. Only a request that carries full-width digits.",
            (m, result) -> m.getKey().startsWith("validation.request") && fullWidthDigits(result)),
        new DeliberateException("A field the contract does not name, in a request body the API accepted: it is ignored, "
            + "never stored (DraftLifecycleApiTest sends status: APPROVED with a draft to prove that a caller cannot set it).",
            (m, result) -> m.getKey().equals("validation.request.body.schema.additionalProperties")),
        new DeliberateException("A body sent to an operation that takes none (a sign-in, read-all, a checkpoint) is "
            + "ignored: the authorization matrix and the token tests send {} to every POST alike.",
            (m, result) -> m.getKey().equals("validation.request.body.unexpected")));

    private static boolean refused(MvcResult result) {
        return result.getResponse().getStatus() >= 400 && result.getResponse().getStatus() < 500;
    }

    private static final Pattern FULL_WIDTH_DIGIT = Pattern.compile("[０-９]");

    private static boolean fullWidthDigits(MvcResult result) {
        // MockMvc keeps the address percent-encoded, as a client sends it
        String query = result.getRequest().getQueryString();
        byte[] body = result.getRequest().getContentAsByteArray();
        return Stream.of(result.getRequest().getRequestURI(), query == null ? "" : query)
            .anyMatch(t -> FULL_WIDTH_DIGIT.matcher(URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8)).find())
            || body != null && FULL_WIDTH_DIGIT.matcher(new String(body, StandardCharsets.UTF_8)).find();
    }

    private static final Pattern AT = Pattern.compile("^\\[Path '([^']*)'\\]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean nullForNullableReference(ValidationReport.Message m, MvcResult result) {
        Matcher at = AT.matcher(m.getMessage());
        if (!m.getKey().equals("validation.response.body.schema.allOf") || !at.find()) {
            return false;
        }
        try {
            return JSON.readTree(result.getResponse().getContentAsByteArray()).at(at.group(1)).isNull();
        } catch (IOException e) {
            return false;
        }
    }

    static List<String> violations(OpenApiInteractionValidator validator, MvcResult result) {
        if (!result.getRequest().getRequestURI().startsWith("/api/")) {
            return List.of();
        }
        ValidationReport report = validator.validate(MockMvcRequest.of(result.getRequest()), MockMvcResponse.of(result.getResponse()));
        return report.getMessages().stream()
            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
            .filter(m -> EXCEPTIONS.stream().noneMatch(e -> e.matches().test(m, result)))
            .map(m -> m.getKey() + ": " + m.getMessage() + m.getContext().map(c -> " " + c.getLocation()).orElse(""))
            .collect(Collectors.toList());
    }
}
