package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.DocumentChases;
import cn.nanchang.budgetflow.approval.DocumentOperations;
import cn.nanchang.budgetflow.approval.DocumentPageModel;
import cn.nanchang.budgetflow.approval.DocumentSigners;
import cn.nanchang.budgetflow.base.ui.ReasonDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The operations a reader may take on a document besides deciding a task: 撤回 one's approval
 * while the next step has not taken it up, 减签 of a signer one added who has not acted yet, and,
 * for the drafter, 催办 of the open step and 作废 with a reason.
 */
class OperationsBar extends HorizontalLayout {

    OperationsBar(long documentId, DocumentPageModel.Operations may, DocumentOperations operations, DocumentSigners signers,
            DocumentChases chases, Runnable refresh) {
        setId("operations-bar");
        setAlignItems(Alignment.BASELINE);
        may.withdrawableApproval().ifPresent(step -> {
            Button withdraw = new Button(getTranslation("ops.withdrawApproval"), e -> new ReasonDialog(
                getTranslation("ops.withdrawApproval"), "ops.reason.withdraw", "withdraw-approval",
                reason -> operations.withdrawApproval(documentId, reason), "ops.withdrawApproval.done", refresh).open());
            withdraw.setId("withdraw-approval");
            add(withdraw, new Span(getTranslation("ops.withdrawApproval.hint", getTranslation(step.labelKey()))));
        });
        may.removableSigner().ifPresent(signer -> {
            Button remove = new Button(getTranslation("signer.remove"), e -> new ReasonDialog(getTranslation("signer.remove"),
                "signer.remove.reason", "remove-signer", reason -> signers.removeSigner(documentId, reason),
                "signer.remove.done", refresh).open());
            remove.setId("remove-signer");
            add(remove, new Span(getTranslation("signer.remove.hint", signer)));
        });
        if (may.canChase()) {
            Button chase = new Button(getTranslation("chase.button"), e -> new ReasonDialog(getTranslation("chase.button"),
                "chase.message", "chase", message -> chases.chase(documentId, message), "chase.done", refresh).open());
            chase.setId("chase-document");
            add(chase);
        }
        if (may.canVoid()) {
            Button voidButton = new Button(getTranslation("ops.void"), e -> voidDialog(documentId, operations, refresh).open());
            voidButton.setId("void-document");
            voidButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(voidButton);
        }
    }

    /** 作废 ends the document for good: the dialog says so before it asks for the reason. */
    private ReasonDialog voidDialog(long documentId, DocumentOperations operations, Runnable refresh) {
        ReasonDialog dialog = new ReasonDialog(getTranslation("ops.void.title"), "ops.reason.void", "void-document",
            reason -> operations.voidDocument(documentId, reason), "ops.void.done", refresh);
        Paragraph warning = new Paragraph(getTranslation("ops.void.warning"));
        warning.setId("void-document-warning");
        warning.addClassName("void-warning");
        dialog.addComponentAsFirst(warning);
        return dialog;
    }
}
