package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Published test vectors for each suite's algorithms, through the classes the audit chain uses. */
class AuditSuiteKnownAnswerTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void sm3_gives_the_digests_of_the_examples_in_gb_t_32905() {
        assertThat(HEX.formatHex(AuditSuite.SM3_SM2.digest("abc".getBytes(StandardCharsets.US_ASCII))))
            .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(HEX.formatHex(AuditSuite.SM3_SM2.digest("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII))))
            .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void sha_256_gives_the_digest_of_the_fips_180_example() {
        assertThat(HEX.formatHex(AuditSuite.SHA256_HMAC.digest("abc".getBytes(StandardCharsets.US_ASCII))))
            .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_hmac_seal_gives_the_mac_of_rfc_4231_test_case_2() {
        AuditKey key = AuditKey.of("kat", new SecretKeySpec("Jefe".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"), null);

        assertThat(key.suite()).isEqualTo(AuditSuite.SHA256_HMAC);
        assertThat(key.seal("what do ya want for nothing?"))
            .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(key.verifies("what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")).isTrue();
        assertThat(key.verifies("what do ya want for nothing!", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")).isFalse();
    }

    @Test
    void the_ed25519_seal_gives_the_signature_of_rfc_8032_test_1() throws Exception {
        KeyFactory factory = KeyFactory.getInstance("Ed25519", AuditSuite.BC);
        var privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(
            HEX.parseHex("302e020100300506032b657004220420" + "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")));
        var publicKey = factory.generatePublic(new X509EncodedKeySpec(
            HEX.parseHex("302a300506032b6570032100" + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")));
        AuditKey key = AuditKey.of("kat", privateKey, publicKey);
        String expected = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

        assertThat(key.suite()).isEqualTo(AuditSuite.SHA256_ED25519);
        assertThat(HEX.formatHex(Base64.getDecoder().decode(key.seal("")))).isEqualTo(expected);
        assertThat(key.verifies("", Base64.getEncoder().encodeToString(HEX.parseHex(expected)))).isTrue();
        assertThat(key.verifies("x", Base64.getEncoder().encodeToString(HEX.parseHex(expected)))).isFalse();
    }

    @Test
    void an_sm2_seal_verifies_with_the_public_key_only_and_not_for_another_hash() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", AuditSuite.BC);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        var pair = generator.generateKeyPair();
        AuditKey signer = AuditKey.of("sm2", pair.getPrivate(), pair.getPublic());
        AuditKey verifierOnly = AuditKey.of("sm2", null, pair.getPublic());
        String hash = HEX.formatHex(AuditSuite.SM3_SM2.digest("abc".getBytes(StandardCharsets.US_ASCII)));

        String seal = signer.seal(hash);

        assertThat(signer.suite()).isEqualTo(AuditSuite.SM3_SM2);
        assertThat(verifierOnly.verifies(hash, seal)).isTrue();
        assertThat(verifierOnly.verifies(hash.replace('6', '7'), seal)).isFalse();
        assertThat(verifierOnly.fingerprint()).isEqualTo(signer.fingerprint());
    }
}
