package cn.nanchang.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

/**
 * Camunda's own attack surface: the engine's REST API and its webapps (Cockpit, Tasklist, Admin)
 * are not part of the build, so nothing of the engine is reachable over HTTP (the addresses are
 * tried in {@code HttpHardeningTest}); and the engine, read from its running configuration, refuses
 * Java-serialized variables, validates the types it deserializes and caps query results (the cap
 * is also tried).
 */
@ApiTestContext
class EngineHardeningTest {

    private final ProcessEngine engine;

    EngineHardeningTest(@Autowired ProcessEngine engine) {
        this.engine = engine;
    }

    @Test
    void neither_the_engine_rest_api_nor_the_webapps_are_on_the_classpath() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.engine.rest.impl.CamundaRestResources", loader)).isFalse();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig", loader)).isFalse();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration", loader)).isFalse();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter", loader)).isFalse();
    }

    @Test
    void the_running_engine_is_configured_hardened() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.isJavaSerializationFormatEnabled()).as("javaSerializationFormatEnabled").isFalse();
        assertThat(config.isDeserializationTypeValidationEnabled()).as("deserializationTypeValidationEnabled").isTrue();
        assertThat(config.getQueryMaxResultsLimit()).as("queryMaxResultsLimit").isEqualTo(10_000);
    }

    @Test
    void a_query_for_more_than_the_limit_is_refused_for_an_authenticated_caller() {
        engine.getIdentityService().setAuthenticatedUserId("probe");
        try {
            assertThatThrownBy(() -> engine.getTaskService().createTaskQuery().listPage(0, 10_001))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("10000");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
