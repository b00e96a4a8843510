package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.DocumentReview;
import cn.nanchang.budgetflow.document.InboxItem;
import cn.nanchang.budgetflow.workflow.Decision;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The reviewer's form under a read-only document: decision, comment, submit. */
public class ReviewPanel extends VerticalLayout {

    private final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();

    public ReviewPanel(InboxItem task, DocumentReview review) {
        setId("review-panel");
        addClassName("review-panel");
        setPadding(true);
        add(new H3(getTranslation("review.title") + " · " + getTranslation(task.step().labelKey())));
        decision.setId("review-decision");
        decision.setLabel(getTranslation("review.decision"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> getTranslation(d == Decision.APPROVE ? "review.approve" : "review.return"));
        decision.setRequired(true);
        comment.setId("review-comment");
        comment.setLabel(getTranslation("review.comment"));
        comment.setPlaceholder(getTranslation("review.commentPlaceholder"));
        comment.setMaxLength(DocumentReview.MAX_COMMENT_LENGTH);
        comment.setWidthFull();
        Button submit = new Button(getTranslation("review.submit"), e -> submit(task, review));
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(decision, comment, submit);
        if (task.isClaimed()) {
            add(new Span(getTranslation("inbox.claimedBy")));
        }
    }

    private void submit(InboxItem task, DocumentReview review) {
        decision.setInvalid(false);
        comment.setInvalid(false);
        try {
            UiActions.run(() -> review.decide(task.taskId(), decision.getValue(), comment.getValue()), "review.done",
                () -> UI.getCurrent().navigate("inbox"));
        } catch (ValidationException e) {
            e.violations().forEach(v -> {
                if ("comment".equals(v.field())) {
                    comment.setErrorMessage(v.message());
                    comment.setInvalid(true);
                } else {
                    decision.setErrorMessage(v.message());
                    decision.setInvalid(true);
                }
            });
        }
    }
}
