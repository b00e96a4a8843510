package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.DocumentContents;
import java.util.List;
import org.springframework.stereotype.Component;

/** A budget draft's lines and total, for pages that show any document, such as the approval sheet. */
@Component
class BudgetDraftContents implements DocumentContents {

    private final BudgetDraftService drafts;
    private final Messages messages;

    BudgetDraftContents(BudgetDraftService drafts, Messages messages) {
        this.drafts = drafts;
        this.messages = messages;
    }

    @Override
    public DocumentType type() {
        return DocumentType.BUDGET_DRAFT;
    }

    @Override
    public List<ContentTable> tables(long documentId) {
        BudgetDraftDetails draft = drafts.get(documentId);
        List<List<String>> rows = draft.lines().stream().map(l -> List.of(String.valueOf(l.lineNo()),
                l.functionCode() + " " + l.functionName(), l.economicCode() + " " + l.economicName(),
                messages.get(l.kind().labelKey()), l.amount().formatYuan(), l.amount().formatWanYuan(),
                l.note() == null ? "" : l.note()))
            .toList();
        List<String> footer = List.of(messages.get("sheet.total"), "", "", "", draft.total().formatYuan(),
            draft.total().formatWanYuan(), "");
        return List.of(new ContentTable(messages.get("doc.lines"), List.of("#", messages.get("draft.functionCode"),
            messages.get("draft.economicCode"), messages.get("draft.kind"), messages.get("draft.amount"),
            messages.get("common.wanyuan"), messages.get("draft.note")), rows, footer));
    }
}
