package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The jar's verifier checks a checkpoint without the application (issue 22 §3): its Ed25519 or SM2
 * signature under the public key the chain records, that the key is the one it names, and its
 * RFC 3161 timestamp when it has one.
 */
class OfflineCheckpointCheckTest {

    @Test
    void an_ed25519_checkpoint_holds_under_its_public_key_and_fails_when_changed_or_checked_with_another_key() throws Exception {
        KeyPair pair = pair("Ed25519", null);
        AuditCheckpoint checkpoint = signed(pair, AuditSuite.SHA256_ED25519, null);
        String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());

        assertThat(AuditProofCheck.genuine(checkpoint, publicKey)).startsWith("OK: checkpoint 42");
        AuditCheckpoint changed = new AuditCheckpoint(checkpoint.format(), 42, "ff".repeat(32), checkpoint.merkleRoot(),
            checkpoint.createdAt(), checkpoint.suite(), checkpoint.keyFingerprint(), checkpoint.signature());
        assertThat(AuditProofCheck.genuine(changed, publicKey)).startsWith("FAILS: the signature");
        String other = Base64.getEncoder().encodeToString(pair("Ed25519", null).getPublic().getEncoded());
        assertThat(AuditProofCheck.genuine(checkpoint, other)).startsWith("FAILS: the checkpoint names key");
    }

    @Test
    void an_sm2_checkpoint_given_as_pem_with_a_timestamp_holds_and_a_timestamp_of_another_checkpoint_fails() throws Exception {
        KeyPair pair = pair("EC", "sm2p256v1");
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
        try (LocalTimestampAuthority authority = LocalTimestampAuthority.start("离线校验时间戳服务")) {
            TrustedTimestamps timestamps = new TrustedTimestamps(authority.url(), "");
            AuditCheckpoint bare = signed(pair, AuditSuite.SM3_SM2, null);
            // an SM2 signature is randomised: the stamp covers this signature, so the stamped checkpoint keeps it
            AuditCheckpoint stamped = new AuditCheckpoint(bare.format(), 42, bare.headHash(), bare.merkleRoot(), bare.createdAt(),
                bare.suite(), bare.keyFingerprint(), bare.signature(), timestamps.stamp(bare.stampedBytes()).orElseThrow());

            assertThat(AuditProofCheck.genuine(stamped, pem)).startsWith("OK: checkpoint 42").contains("timestamped", "离线校验时间戳服务");
            String foreign = timestamps.stamp("另一个检查点".getBytes(StandardCharsets.UTF_8)).orElseThrow();
            AuditCheckpoint swapped = new AuditCheckpoint(bare.format(), 42, bare.headHash(), bare.merkleRoot(), bare.createdAt(),
                bare.suite(), bare.keyFingerprint(), bare.signature(), foreign);
            assertThat(AuditProofCheck.genuine(swapped, pem)).startsWith("FAILS: the checkpoint's RFC 3161 timestamp");
        }
    }

    @Test
    void an_hmac_checkpoint_is_refused_as_bad_input_since_only_the_application_holds_its_key() {
        AuditKey hmac = AuditKey.of("k", new SecretKeySpec(new byte[32], "HmacSHA256"), null);
        AuditCheckpoint unsigned = new AuditCheckpoint(AuditCheckpoint.FORMAT, 1, "aa", "bb", Instant.now(), "SHA256_HMAC",
            hmac.fingerprint(), null);
        AuditCheckpoint checkpoint = new AuditCheckpoint(AuditCheckpoint.FORMAT, 1, "aa", "bb", unsigned.createdAt(), "SHA256_HMAC",
            hmac.fingerprint(), hmac.seal(unsigned.signedText()));

        assertThatThrownBy(() -> AuditProofCheck.genuine(checkpoint, "AAAA")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("only be checked by the application");
    }

    private static AuditCheckpoint signed(KeyPair pair, AuditSuite suite, String timestamp) {
        AuditKey key = AuditKey.of("k", pair.getPrivate(), pair.getPublic());
        AuditCheckpoint unsigned = new AuditCheckpoint(AuditCheckpoint.FORMAT, 42, "ab".repeat(32), "cd".repeat(32),
            Instant.parse("2026-12-04T01:00:00Z"), suite.name(), key.fingerprint(), null);
        return new AuditCheckpoint(unsigned.format(), 42, unsigned.headHash(), unsigned.merkleRoot(), unsigned.createdAt(),
            unsigned.suite(), unsigned.keyFingerprint(), key.seal(unsigned.signedText()), timestamp);
    }

    private static KeyPair pair(String algorithm, String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, AuditSuite.BC);
        if (curve != null) {
            generator.initialize(new ECGenParameterSpec(curve));
        }
        return generator.generateKeyPair();
    }
}
