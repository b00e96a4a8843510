package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.InboxSort;

/**
 * What a person narrows their 待办 by: one text for the number, the drafter and the section, the
 * document type, the step, 仅看超期; and the order. Null fields narrow nothing.
 */
public record InboxSearch(String text, DocumentType type, ApprovalStep step, boolean overdueOnly, InboxSort sort) {

    public static final int MAX_TEXT_LENGTH = 50;
    public static final InboxSearch ALL = new InboxSearch(null, null, null, false, InboxSort.ARRIVED_ASC);

    public InboxSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        sort = sort == null ? InboxSort.ARRIVED_ASC : sort;
    }

    public InboxSearch withType(DocumentType other) {
        return new InboxSearch(text, other, step, overdueOnly, sort);
    }

    void validate(Messages messages) {
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw ValidationException.of("q", messages.get("inbox.error.textTooLong", MAX_TEXT_LENGTH));
        }
        if (InputChecks.hasControlCharacters(text)) {
            throw ValidationException.of("q", InputChecks.controlCharacterMessage(messages.get("inbox.label.text")));
        }
    }
}
