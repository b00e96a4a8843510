package cn.nanchang.budgetflow.audit.internal;

import cn.nanchang.budgetflow.audit.AuditVerifier;
import cn.nanchang.budgetflow.audit.ChainVerification;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For operators: {@code java -jar budgetflow.jar --budgetflow.audit.verify-and-exit=true
 * --spring.main.web-application-type=none} verifies the chain, prints the result as JSON and exits
 * with 0 when intact and 3 when not, so that a cron job or a monitoring check can act on it.
 */
@Component
@Order(Integer.MIN_VALUE)
@ConditionalOnProperty(name = "budgetflow.audit.verify-and-exit", havingValue = "true")
class VerifyAuditCommand implements ApplicationRunner {

    private final AuditVerifier verifier;
    private final ObjectMapper json;
    private final ConfigurableApplicationContext context;

    VerifyAuditCommand(AuditVerifier verifier, ObjectMapper json, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.json = json;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        ChainVerification result = verifier.verifyForOperator();
        System.out.println(json.writeValueAsString(result));
        int code = SpringApplication.exit(context, () -> result.intact() ? 0 : 3);
        System.exit(code);
    }
}
