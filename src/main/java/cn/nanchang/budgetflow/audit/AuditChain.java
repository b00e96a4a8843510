package cn.nanchang.budgetflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash of an audit entry: the suite's digest (SHA-256, or SM3 in the 国密 suite; entries
 * written before the chain was keyed use SHA-256) over the previous entry's hash and the entry's canonical
 * content, fields in a fixed order separated by a unit separator so that no two different
 * entries share a canonical form. An edit's field changes (stored as JSON) are the last field.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private AuditChain() {
    }

    static String hash(String previousHash, AuditEntry e) {
        return hash(AuditSuite.SHA256_HMAC, previousHash, e);
    }

    static String hash(AuditSuite suite, String previousHash, AuditEntry e) {
        return hash(suite, previousHash, canonical(e));
    }

    /** The hash from the previous hash and the canonical form: what an inclusion proof lets anyone recompute. */
    static String hash(AuditSuite suite, String previousHash, String canonical) {
        MessageDigest digest = suite.digest();
        digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        digest.update(canonical.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    static String canonical(AuditEntry e) {
        return String.join(String.valueOf(SEPARATOR),
            String.valueOf(e.getSeq()), String.valueOf(e.getOccurredAt().getEpochSecond()), text(e.getActor()),
            text(e.getActorRole()), e.getAction().name(), text(e.getDocumentType()), text(e.getDocumentId()),
            text(e.getDocumentNumber()), text(e.getTaskId()), text(e.getStep()), text(e.getComment()),
            text(e.getStatusBefore()), text(e.getStatusAfter()), text(e.getDetails()))
            // entries without field changes keep the canonical form of the entries written before they existed
            + (e.getChangesJson() == null ? "" : SEPARATOR + e.getChangesJson())
            // likewise the principal a proxy acted for, on the entries that have one
            + (e.getOnBehalfOf() == null ? "" : SEPARATOR + "onBehalfOf=" + e.getOnBehalfOf());
    }

    /**
     * The entry that opens a segment: from it on, entries are hashed with {@code key}'s suite and
     * sealed with {@code key}. Its details name both, with the public key where there is one, so
     * the chain itself says which key to check each entry with.
     */
    static AuditRecord keyRecord(AuditKey key, String previousFingerprint) {
        return AuditRecord.of(AuditAction.AUDIT_KEY, "system", null).details(String.join(";",
            "suite=" + key.suite().name(), "key=" + key.fingerprint(), "alias=" + key.alias(), "public=" + key.publicPart(),
            "previous=" + Objects.toString(previousFingerprint, "-")));
    }

    /** The details of an {@link AuditAction#AUDIT_KEY} entry as name/value pairs. */
    static java.util.Map<String, String> keyDetails(String details) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String pair : Objects.toString(details, "").split(";")) {
            int at = pair.indexOf('=');
            if (at > 0) {
                values.put(pair.substring(0, at), pair.substring(at + 1));
            }
        }
        return values;
    }

    private static String text(Object value) {
        return Objects.toString(value, "\u2400");
    }
}
