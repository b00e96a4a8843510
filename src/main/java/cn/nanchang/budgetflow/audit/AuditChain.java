package cn.nanchang.budgetflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash of an audit entry: SHA-256 over the previous entry's hash and the entry's canonical
 * content, fields in a fixed order separated by a unit separator so that no two different
 * entries share a canonical form. An edit's field changes (stored as JSON) are the last field.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private AuditChain() {
    }

    static String hash(String previousHash, AuditEntry e) {
        String canonical = String.join(String.valueOf(SEPARATOR),
            String.valueOf(e.getSeq()), String.valueOf(e.getOccurredAt().getEpochSecond()), text(e.getActor()),
            text(e.getActorRole()), e.getAction().name(), text(e.getDocumentType()), text(e.getDocumentId()),
            text(e.getDocumentNumber()), text(e.getTaskId()), text(e.getStep()), text(e.getComment()),
            text(e.getStatusBefore()), text(e.getStatusAfter()), text(e.getDetails()))
            // entries without field changes keep the canonical form of the entries written before they existed
            + (e.getChangesJson() == null ? "" : SEPARATOR + e.getChangesJson());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }

    private static String text(Object value) {
        return Objects.toString(value, "\u2400");
    }
}
