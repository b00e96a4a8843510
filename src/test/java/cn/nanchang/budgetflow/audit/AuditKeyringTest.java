package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keystore outside the database: production refuses to start without it, the demo makes one, rotation keeps old keys. */
class AuditKeyringTest {

    @TempDir
    Path dir;

    @Test
    void without_a_configured_keystore_the_application_refuses_to_start() {
        assertThatThrownBy(() -> new AuditKeyring("", "", "audit-1", false, AuditSuite.SHA256_HMAC))
            .hasMessageContaining("审计密钥未配置").hasMessageContaining("BUDGETFLOW_AUDIT_KEY_STORE");
    }

    @Test
    void production_does_not_generate_a_missing_keystore() {
        Path store = dir.resolve("keys.p12");

        assertThatThrownBy(() -> new AuditKeyring(store.toString(), "secret", "audit-1", false, AuditSuite.SHA256_HMAC))
            .hasMessageContaining("不会自动生成");
        assertThat(store).doesNotExist();
    }

    @Test
    void a_generated_key_is_kept_and_a_rotated_key_leaves_the_old_one_for_verification() throws Exception {
        String store = dir.resolve("keys.p12").toString();
        AuditKey first = new AuditKeyring(store, "secret", "audit-1", true, AuditSuite.SHA256_HMAC).current();

        AuditKeyring again = new AuditKeyring(store, "secret", "audit-1", false, AuditSuite.SHA256_HMAC);
        assertThat(again.current().fingerprint()).isEqualTo(first.fingerprint());
        AuditKey second = again.rotate("audit-2", AuditSuite.SM3_SM2);

        AuditKeyring afterRotation = new AuditKeyring(store, "secret", "audit-2", false, AuditSuite.SHA256_HMAC);
        assertThat(afterRotation.current().fingerprint()).isEqualTo(second.fingerprint());
        assertThat(afterRotation.current().suite()).isEqualTo(AuditSuite.SM3_SM2);
        assertThat(afterRotation.byFingerprint(first.fingerprint())).isPresent();
        assertThat(Files.size(Path.of(store))).isPositive();
    }

    @Test
    void a_wrong_password_is_refused() {
        String store = dir.resolve("keys.p12").toString();
        new AuditKeyring(store, "secret", "audit-1", true, AuditSuite.SHA256_HMAC);

        assertThatThrownBy(() -> new AuditKeyring(store, "wrong", "audit-1", false, AuditSuite.SHA256_HMAC))
            .hasMessageContaining("口令错误");
    }
}
