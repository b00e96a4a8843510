package cn.nanchang.budgetflow.audit;

import java.time.Instant;

/**
 * What a printed or exported record rests on: the audit entries up to {@code lastSeq}, and the
 * earliest checkpoint that covers them (its sequence and signing time), or none yet. With the
 * sequence an auditor can ask for an inclusion proof; with the checkpoint, which one to hold it against.
 */
public record AuditCoverage(long lastSeq, Long checkpointSeq, Instant checkpointAt) {

    public boolean anchored() {
        return checkpointSeq != null;
    }
}
