package cn.nanchang.budgetflow.audit.internal;

import cn.nanchang.budgetflow.audit.AuditCheckpoint;
import cn.nanchang.budgetflow.audit.AuditCheckpoints;
import cn.nanchang.budgetflow.audit.AuditVerifier;
import cn.nanchang.budgetflow.audit.CheckpointVerification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
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
 * --server.port=0} (a port of its own; the security chains need the web context) verifies the chain, prints the result as JSON and exits
 * with 0 when intact and 3 when not, so that a cron job or a monitoring check can act on it.
 * With {@code --budgetflow.audit.verify-checkpoints=a.json,b.json} it verifies the chain against
 * those checkpoint files instead (every disagreement, and the entries after the newest); with
 * {@code --budgetflow.audit.checkpoint=true} it first writes a new signed checkpoint and prints it.
 */
@Component
@Order(Integer.MIN_VALUE)
@ConditionalOnProperty(name = "budgetflow.audit.verify-and-exit", havingValue = "true")
class VerifyAuditCommand implements ApplicationRunner {

    private final AuditVerifier verifier;
    private final AuditCheckpoints checkpoints;
    private final ObjectMapper json;
    private final ConfigurableApplicationContext context;
    private final List<String> checkpointFiles;
    private final boolean writeCheckpoint;

    VerifyAuditCommand(AuditVerifier verifier, AuditCheckpoints checkpoints, ObjectMapper json, ConfigurableApplicationContext context,
            @Value("${budgetflow.audit.verify-checkpoints:}") List<String> checkpointFiles,
            @Value("${budgetflow.audit.checkpoint:false}") boolean writeCheckpoint) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.json = json;
        this.context = context;
        this.checkpointFiles = checkpointFiles.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.writeCheckpoint = writeCheckpoint;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int code = SpringApplication.exit(context, () -> result() ? 0 : 3);
        System.exit(code);
    }

    private boolean result() {
        try {
            if (writeCheckpoint) {
                System.out.println(AuditCheckpoints.toJson(checkpoints.createForOperator()));
            }
            if (checkpointFiles.isEmpty()) {
                ChainVerification result = verifier.verifyForOperator();
                System.out.println(json.writeValueAsString(result));
                return result.intact();
            }
            List<AuditCheckpoint> held = new ArrayList<>();
            for (String file : checkpointFiles) {
                held.add(AuditCheckpoints.parse(Files.readString(Path.of(file)))
                    .orElseThrow(() -> new IllegalArgumentException(file + " is not an audit checkpoint")));
            }
            CheckpointVerification result = checkpoints.verifyForOperator(held);
            System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return result.intact();
        } catch (IOException | RuntimeException e) {
            System.out.println("{\"intact\":false,\"message\":" + quoted(e.getMessage()) + "}");
            return false;
        }
    }

    private String quoted(String text) {
        try {
            return json.writeValueAsString(String.valueOf(text));
        } catch (IOException e) {
            return "\"\"";
        }
    }
}
