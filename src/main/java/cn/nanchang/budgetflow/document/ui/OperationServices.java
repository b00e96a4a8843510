package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.document.CarbonCopies;
import cn.nanchang.budgetflow.document.DocumentOperations;
import cn.nanchang.budgetflow.document.DocumentPathPreview;
import cn.nanchang.budgetflow.personal.CommonOpinions;
import org.springframework.stereotype.Component;

/**
 * The services behind the approval operations on a document page (退回, 撤回, 作废, …), handed
 * to {@link DocumentTrail} as one, so that each document view needs a single extra parameter.
 */
@Component
public class OperationServices {

    private final DocumentOperations operations;
    private final CarbonCopies carbonCopies;
    private final CommonOpinions opinions;
    private final DocumentPathPreview pathPreview;

    OperationServices(DocumentOperations operations, CarbonCopies carbonCopies, CommonOpinions opinions,
            DocumentPathPreview pathPreview) {
        this.operations = operations;
        this.carbonCopies = carbonCopies;
        this.opinions = opinions;
        this.pathPreview = pathPreview;
    }

    CommonOpinions opinions() {
        return opinions;
    }

    DocumentPathPreview pathPreview() {
        return pathPreview;
    }

    CarbonCopies carbonCopies() {
        return carbonCopies;
    }

    DocumentOperations operations() {
        return operations;
    }
}
