package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.ApprovalProgress;
import cn.nanchang.budgetflow.approval.CarbonCopies;
import cn.nanchang.budgetflow.approval.DocumentChases;
import cn.nanchang.budgetflow.approval.DocumentHandover;
import cn.nanchang.budgetflow.approval.DocumentOperations;
import cn.nanchang.budgetflow.approval.DocumentSigners;
import cn.nanchang.budgetflow.personal.CommonOpinions;
import org.springframework.stereotype.Component;

/**
 * The services behind the approval operations on a document page (退回, 撤回, 作废, 催办, …), handed
 * to {@link DocumentTrail} as one, so that each document view needs a single extra parameter.
 */
@Component
public class OperationServices {

    private final DocumentOperations operations;
    private final CarbonCopies carbonCopies;
    private final DocumentHandover handover;
    private final DocumentSigners signers;
    private final DocumentChases chases;
    private final CommonOpinions opinions;
    private final ApprovalProgress progress;

    OperationServices(DocumentOperations operations, CarbonCopies carbonCopies, DocumentHandover handover,
            DocumentSigners signers, DocumentChases chases, CommonOpinions opinions, ApprovalProgress progress) {
        this.operations = operations;
        this.carbonCopies = carbonCopies;
        this.handover = handover;
        this.signers = signers;
        this.chases = chases;
        this.opinions = opinions;
        this.progress = progress;
    }

    CommonOpinions opinions() {
        return opinions;
    }

    ApprovalProgress progress() {
        return progress;
    }

    DocumentChases chases() {
        return chases;
    }

    DocumentSigners signers() {
        return signers;
    }

    DocumentHandover handover() {
        return handover;
    }

    CarbonCopies carbonCopies() {
        return carbonCopies;
    }

    DocumentOperations operations() {
        return operations;
    }
}
