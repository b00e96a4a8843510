package cn.nanchang.budgetflow.testsupport;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.ResultMatcher;

/** What API answers must look like: every error is JSON with status and message, a 400 names its fields. */
public final class ApiExpectations {

    private ApiExpectations() {
    }

    /** A 400 whose errors name exactly these fields. */
    public static ResultMatcher rejectedFor(String... fields) {
        return ResultMatcher.matchAll(
            status().isBadRequest(),
            jsonPath("$.status").value(400),
            jsonPath("$.message").isNotEmpty(),
            jsonPath("$.errors[*].field").value(containsInAnyOrder((Object[]) fields)),
            jsonPath("$.errors[0].message").isNotEmpty());
    }

    /** An error answer with this status and a message, as every API error has. */
    public static ResultMatcher error(int httpStatus) {
        return ResultMatcher.matchAll(
            status().is(httpStatus),
            jsonPath("$.status").value(httpStatus),
            jsonPath("$.message").isNotEmpty());
    }
}
