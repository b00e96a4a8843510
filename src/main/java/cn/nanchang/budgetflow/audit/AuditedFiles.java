package cn.nanchang.budgetflow.audit;

import java.util.function.Consumer;

/**
 * Files kept outside the database whose SHA-256 an audit entry recorded when they were added (attachments,
 * issue 19 §3). Verification of the chain asks each implementation for its files and compares the bytes now
 * stored with the digest in that entry, so a file changed on disk is found as surely as a changed row. The entry's
 * details carry the digest as {@code SHA-256 <64 hex digits>} (the last such mention counts: a file's name could
 * contain the words too).
 */
public interface AuditedFiles {

    /** Hands every stored file to {@code check}, removed ones too: their bytes are kept and must not change either. */
    void each(Consumer<AuditedFile> check);

    /**
     * One stored file: the chain position of the entry that recorded it, and the SHA-256 (lowercase hex) of the
     * bytes stored now, or null when the bytes are gone.
     */
    record AuditedFile(long id, String name, long addedSeq, String currentSha256) {
    }
}
