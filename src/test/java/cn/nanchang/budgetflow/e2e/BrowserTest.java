package cn.nanchang.budgetflow.e2e;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real-browser test: the whole application on a random port with the test profile, driven by
 * the {@link E2eBrowser} the class registers. Tagged so that {@code -Dbrowser.skip=true} leaves
 * these out on a machine without Chromium.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
@DisabledIfSystemProperty(named = "browser.skip", matches = "true", disabledReason = "browser tests skipped with -Dbrowser.skip=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@interface BrowserTest {
}
