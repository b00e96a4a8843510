package cn.nanchang.budgetflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, but docker-compose can still parse and resolve the file; CI
 * installs it, so a broken compose file fails the build.
 */
class DockerComposeFileTest {

    @Test
    void compose_file_is_valid_and_runs_the_app_on_mysql_84_with_health_checks() throws Exception {
        assumeTrue(onPath("docker-compose"), "docker-compose is not installed here");
        Process process = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config")
            .redirectErrorStream(true).start();
        String resolved = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(resolved).isZero();
        assertThat(resolved)
            .contains("image: mysql:8.4")
            .contains("SPRING_PROFILES_ACTIVE: mysql")
            .contains("condition: service_healthy")
            .contains("--transaction-isolation=READ-COMMITTED")
            .containsPattern("healthcheck:(.|\\n)*actuator/health");
    }

    private static boolean onPath(String command) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
