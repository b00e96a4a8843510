package cn.nanchang.budgetflow.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A signed statement of the audit chain's state, meant to leave the building (a file on another
 * machine or medium, a mail to the auditors): the newest sequence, its entry hash, the Merkle root
 * over entries 1..seq, the time, the suite and the fingerprint of the key, and the seal of the
 * key over {@link #signedText()}. An HMAC seal can be checked only by the application (it holds
 * the key); an Ed25519 or SM2 signature by anyone with the public key the chain records. With a
 * timestamp authority configured, {@code timestamp} holds its RFC 3161 token over {@link #stampedBytes()}.
 */
public record AuditCheckpoint(String format, long seq, String headHash, String merkleRoot, Instant createdAt, String suite,
        String keyFingerprint, String signature, @JsonInclude(JsonInclude.Include.NON_NULL) String timestamp) {

    public static final String FORMAT = "budgetflow-audit-checkpoint/1";

    /** A checkpoint not (yet) timestamped. */
    public AuditCheckpoint(String format, long seq, String headHash, String merkleRoot, Instant createdAt, String suite,
            String keyFingerprint, String signature) {
        this(format, seq, headHash, merkleRoot, createdAt, suite, keyFingerprint, signature, null);
    }

    /** What a trusted timestamp (RFC 3161, {@code timestamp}: the authority's token, base64) covers: the signed text and its signature. */
    public byte[] stampedBytes() {
        return (signedText() + "\n" + signature).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The exact text the signature covers, one field a line. */
    public String signedText() {
        return String.join("\n", FORMAT, String.valueOf(seq), headHash, merkleRoot, createdAt.toString(), suite, keyFingerprint);
    }
}
