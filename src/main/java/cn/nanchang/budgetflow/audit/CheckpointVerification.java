package cn.nanchang.budgetflow.audit;

import java.util.List;
import org.springframework.lang.Nullable;

/**
 * The audit chain checked against checkpoints an auditor holds. {@code findings} names every
 * checkpoint the chain disagrees with, and how; {@code chain} is the keyed recomputation of the
 * whole chain, which says whether the entries after the newest checkpoint are sealed correctly
 * ({@code entriesAfterNewestKeyed}; null when damage before them stopped the recomputation).
 */
public record CheckpointVerification(boolean intact, long newestCheckpointSeq, long entriesAfterNewest,
        @Nullable Boolean entriesAfterNewestKeyed, List<Finding> findings, ChainVerification chain, String message) {

    /**
     * One disagreement: {@code problem} is SIGNATURE, UNKNOWN_KEY, TIMESTAMP (RFC 3161 token invalid), MISSING (the entry is gone),
     * ALTERED or TREE_CHANGED; {@code entrySeq} only where one entry is at fault.
     */
    public record Finding(long checkpointSeq, String checkpointCreatedAt, @Nullable Long entrySeq, String problem, String message) {
    }
}
