package cn.nanchang.budgetflow.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link ApiTestContext} in a context (and database) of its own, shared by the API tests of what
 * follows 批复 (the ledger, adjustments, execution). The fiscal years 2000–2099 that the API
 * helpers hand out are too few for these and every other API test in one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiTestContext
@TestPropertySource(properties = "budgetflow.test.context=after-approval")
public @interface AfterApprovalTestContext {
}
