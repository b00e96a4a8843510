package cn.nanchang.budgetflow.audit;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The algorithms of one segment of the audit chain: the hash that links entries and the seal
 * (keyed MAC or signature) over each entry's hash. Chosen by {@code budgetflow.audit.suite};
 * an {@link AuditAction#AUDIT_KEY} entry names the suite from that entry on, so switching suites
 * appends an entry and never rewrites one.
 */
public enum AuditSuite {
    /** SHA-256 chain, HMAC-SHA256 seal with a secret key (the default). */
    SHA256_HMAC("SHA-256", "HmacSHA256"),
    /** SHA-256 chain, Ed25519 signature: anyone with the public key can check a seal. */
    SHA256_ED25519("SHA-256", "Ed25519"),
    /** 国密: SM3 chain, SM2 signature (SM3withSM2), as GB/T 39786-2021 asks for important data. */
    SM3_SM2("SM3", "SM3withSM2");

    /** BouncyCastle is used as an explicit provider and never installed globally, so nothing else changes behaviour. */
    static final Provider BC = new BouncyCastleProvider();

    private final String digest;
    private final String seal;

    AuditSuite(String digest, String seal) {
        this.digest = digest;
        this.seal = seal;
    }

    String sealAlgorithm() {
        return seal;
    }

    boolean keyed() {
        return this == SHA256_HMAC;
    }

    MessageDigest digest() {
        try {
            return MessageDigest.getInstance(digest, BC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(digest + " is part of BouncyCastle", e);
        }
    }

    byte[] digest(byte[] input) {
        return digest().digest(input);
    }
}
