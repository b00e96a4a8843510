package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The audit key on an HSM (issue 22 §1), with SoftHSM as the HSM: Debian's softhsm2, which .ci/run
 * installs. The token is initialised here with softhsm2-util; the surefire configuration points
 * SOFTHSM2_CONF at the configuration this class writes, before the PKCS#11 library is first loaded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Pkcs11AuditKeyringTest {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final String PIN = "24680";
    private static Path p11Config;

    @BeforeAll
    static void freshToken() throws Exception {
        assertThat(LIBRARY).as("SoftHSM is needed for this test: apt-get install softhsm2 (.ci/run installs it)").exists();
        String softhsmConf = System.getenv("SOFTHSM2_CONF");
        assertThat(softhsmConf).as("SOFTHSM2_CONF is set by the surefire configuration in pom.xml").isNotBlank();
        Path home = Path.of(softhsmConf).getParent();
        Path tokens = home.resolve("tokens");
        deleteRecursively(tokens);
        Files.createDirectories(tokens);
        Files.writeString(Path.of(softhsmConf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        run("softhsm2-util", "--init-token", "--free", "--label", "budgetflow-audit-test", "--pin", PIN, "--so-pin", "13579");
        p11Config = home.resolve("pkcs11.cfg");
        Files.writeString(p11Config, "name = BudgetflowTestHsm\nlibrary = " + LIBRARY + "\nslotListIndex = 0\n");
    }

    @Test
    void a_key_generated_on_the_token_seals_stays_there_and_is_found_again_after_a_restart() {
        AuditKeyring first = keyring("hsm-1", true, AuditSuite.SHA256_HMAC);
        AuditKey key = first.current();

        assertThat(key.suite()).isEqualTo(AuditSuite.SHA256_HMAC);
        assertThat(key.sealing().getEncoded()).as("the key cannot be read out of the token").isNull();
        String seal = key.seal("entry-hash");
        assertThat(seal).hasSize(64);
        assertThat(key.verifies("entry-hash", seal)).isTrue();
        assertThat(key.verifies("other-hash", seal)).isFalse();

        AuditKey again = keyring("hsm-1", false, AuditSuite.SHA256_HMAC).current();
        assertThat(again.fingerprint()).isEqualTo(key.fingerprint());
        assertThat(again.seal("entry-hash")).as("the same key on the token seals the same").isEqualTo(seal);
    }

    @Test
    void rotating_on_the_token_keeps_the_old_key_for_verification() {
        AuditKeyring keyring = keyring("hsm-rotate-1", true, AuditSuite.SHA256_HMAC);
        AuditKey old = keyring.current();

        AuditKey rotated = keyring.rotate("hsm-rotate-2", AuditSuite.SHA256_HMAC);

        assertThat(rotated.fingerprint()).isNotEqualTo(old.fingerprint());
        AuditKeyring afterRestart = keyring("hsm-rotate-2", false, AuditSuite.SHA256_HMAC);
        assertThat(afterRestart.current().fingerprint()).isEqualTo(rotated.fingerprint());
        assertThat(afterRestart.byFingerprint(old.fingerprint())).isPresent();
    }

    @Test
    void production_does_not_generate_a_key_missing_from_the_token() {
        assertThatThrownBy(() -> keyring("never-generated-" + UUID.randomUUID(), false, AuditSuite.SHA256_HMAC))
            .hasMessageContaining("中没有密钥").hasMessageContaining("不会自动生成");
    }

    @Test
    void a_signature_suite_is_refused_on_the_token() {
        assertThatThrownBy(() -> keyring("hsm-ed25519", true, AuditSuite.SHA256_ED25519))
            .hasMessageContaining("只支持").hasMessageContaining("SHA256_HMAC");
    }

    /**
     * First: a PKCS#11 login holds for the whole process (every session of the application), so once
     * another test has logged in, the token no longer asks for the PIN.
     */
    @Test
    @Order(1)
    void a_wrong_pin_is_refused() {
        assertThatThrownBy(() -> new AuditKeyring("", p11Config.toString(), "wrong-pin", "hsm-1", false, AuditSuite.SHA256_HMAC))
            .hasMessageContaining("PIN");
    }

    @Test
    void a_missing_pkcs11_configuration_is_named() {
        assertThatThrownBy(() -> new AuditKeyring("", "/nonexistent/pkcs11.cfg", PIN, "hsm-1", false, AuditSuite.SHA256_HMAC))
            .hasMessageContaining("/nonexistent/pkcs11.cfg");
    }

    private static AuditKeyring keyring(String alias, boolean generate, AuditSuite suite) {
        return new AuditKeyring("", p11Config.toString(), PIN, alias, generate, suite);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
