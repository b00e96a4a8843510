package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.document.HistoryEntry;
import cn.nanchang.budgetflow.document.ReturnNotice;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Everything a document page shows besides the type's own details, read by {@link DocumentPage}
 * in one transaction after one access check: what the reader may do now, the copies, the
 * progress and the history. Each part is read on its own ({@link Part}), so that one that fails
 * is shown as failed in its place while the rest of the page stands.
 *
 * @param drafter whether the reader drafted the document
 * @param mayAct  whether the reader may act at all; auditors read and act on nothing
 */
public record DocumentPageModel(long documentId, boolean drafter, boolean mayAct, Part<Optional<ReturnNotice>> returned,
        Part<Boolean> withdrawable, Part<DocumentProgress> progress, Part<List<CollectiveDecision>> decisions,
        Part<Copies> copies, Part<Operations> operations, Part<Optional<MyTask>> task, Part<List<HistoryEntry>> history) {

    /** Whether some part could not be read. */
    public boolean anyFailed() {
        return Stream.of(returned, withdrawable, progress, decisions, copies, operations, task, history).anyMatch(Part::failed);
    }

    /**
     * One part as read: its value, or the error that reading it met, thrown again by {@link #get}
     * where the page builds that part.
     */
    public record Part<T>(T value, RuntimeException failure) implements Supplier<T> {

        static <T> Part<T> read(Supplier<T> read) {
            try {
                return new Part<>(read.get(), null);
            } catch (RuntimeException e) {
                return new Part<>(null, e);
            }
        }

        @Override
        public T get() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }

        public boolean failed() {
            return failure != null;
        }
    }

    /** 抄送: who was copied in, and whether the reader may copy more people in. */
    public record Copies(List<CarbonCopies.Recipient> recipients, boolean canSend) {
    }

    /**
     * The operations besides deciding a task: the step whose approval the reader may take back
     * (撤回), the signer they may remove (减签), and for the drafter 催办 and 作废.
     */
    public record Operations(Optional<ApprovalStep> withdrawableApproval, Optional<String> removableSigner, boolean canChase,
            boolean canVoid) {

        static final Operations NONE = new Operations(Optional.empty(), Optional.empty(), false, false);
    }

    /** The reader's task on the document, with where a return may go and the reader's 常用意见. */
    public record MyTask(InboxItem item, List<ApprovalStep> returnTargets, List<String> opinions) {
    }
}
