package cn.nanchang.budgetflow.audit;

import org.springframework.lang.Nullable;

/**
 * The result of recomputing the audit chain. {@code firstBrokenEntry} is the chain position (seq)
 * of the first damaged or missing entry; {@code problem} is ALTERED, MISSING, TRUNCATED, FORGED or FILE_ALTERED.
 * Both are null while the chain is intact.
 */
public record ChainVerification(boolean intact, long entries, @Nullable Long firstBrokenEntry, @Nullable String problem,
        String message) {

    static ChainVerification intact(long entries, String message) {
        return new ChainVerification(true, entries, null, null, message);
    }

    static ChainVerification broken(long entries, long seq, Damage damage, String message) {
        return new ChainVerification(false, entries, seq, damage.name(), message);
    }

    /** The kinds of damage the chain reveals. */
    public enum Damage {
        /** An entry's content or hash no longer matches. */
        ALTERED,
        /** An entry in the middle of the chain is gone. */
        MISSING,
        /** The newest entries are gone: the chain ends before its recorded head. */
        TRUNCATED,
        /**
         * The hashes agree but the seal does not, or names a key the keyring does not hold: the
         * entry was written or recomputed without the audit key (by someone with database access only).
         */
        FORGED,
        /**
         * The chain is intact, but a stored file's bytes no longer match the SHA-256 that the entry adding it
         * recorded (issue 19 §3); {@code firstBrokenEntry} is that entry, the message names the file.
         */
        FILE_ALTERED
    }
}
