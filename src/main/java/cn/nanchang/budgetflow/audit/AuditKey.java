package cn.nanchang.budgetflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * One key of the audit keyring. {@code fingerprint} names it in the chain: for a signing key the
 * SHA-256 of its public key (SubjectPublicKeyInfo), for a MAC key an HMAC of a fixed text under
 * the key itself, so the fingerprint identifies the key without revealing it.
 */
record AuditKey(String alias, AuditSuite suite, Key sealing, PublicKey verifying, String fingerprint) {

    static AuditKey of(String alias, Key sealing, PublicKey verifying) {
        AuditSuite suite = suiteOf(sealing != null ? sealing : verifying);
        String fingerprint = verifying == null
            ? HexFormat.of().formatHex(mac((SecretKey) sealing, "budgetflow audit key fingerprint".getBytes(StandardCharsets.US_ASCII)))
            : HexFormat.of().formatHex(sha256(verifying.getEncoded()));
        return new AuditKey(alias, suite, sealing, verifying, fingerprint);
    }

    static boolean isSuiteKey(Key key) {
        try {
            suiteOf(key);
            return true;
        } catch (IllegalStateException notOurs) {
            return false;
        }
    }

    static AuditSuite suiteOf(Key key) {
        return switch (key.getAlgorithm()) {
            // "Generic Secret": an HMAC key on an HSM's token, as the JDK's PKCS#11 provider names it
            case "HmacSHA256", "HMACSHA256", "Generic Secret" -> AuditSuite.SHA256_HMAC;
            case "Ed25519", "EdDSA" -> AuditSuite.SHA256_ED25519;
            case "EC", "SM2", "ECDSA" -> AuditSuite.SM3_SM2;
            default -> throw new IllegalStateException("audit key algorithm " + key.getAlgorithm() + " is not one of the suites");
        };
    }

    /** The seal of an entry hash: hex HMAC, or base64 signature. */
    String seal(String entryHash) {
        byte[] data = entryHash.getBytes(StandardCharsets.US_ASCII);
        if (suite.keyed()) {
            return HexFormat.of().formatHex(mac((SecretKey) sealing, data));
        }
        if (sealing == null) {
            throw new IllegalStateException("audit key " + alias + " can verify but not sign");
        }
        try {
            Signature signature = Signature.getInstance(suite.sealAlgorithm(), AuditSuite.BC);
            signature.initSign((PrivateKey) sealing);
            signature.update(data);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with audit key " + alias, e);
        }
    }

    boolean verifies(String entryHash, String seal) {
        if (seal == null || entryHash == null) {
            return false;
        }
        if (suite.keyed()) {
            return MessageDigest.isEqual(seal(entryHash).getBytes(StandardCharsets.US_ASCII), seal.getBytes(StandardCharsets.US_ASCII));
        }
        try {
            Signature signature = Signature.getInstance(suite.sealAlgorithm(), AuditSuite.BC);
            signature.initVerify(verifying);
            signature.update(entryHash.getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getDecoder().decode(seal));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** What the chain records of the key: the public key (base64) for a signature suite, nothing for a MAC key. */
    String publicPart() {
        return verifying == null ? "-" : Base64.getEncoder().encodeToString(verifying.getEncoded());
    }

    private static byte[] mac(SecretKey key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        return AuditSuite.SHA256_HMAC.digest(data);
    }
}
