package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.audit.FieldChange;
import cn.nanchang.budgetflow.base.Messages;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Puts recorded field changes into words, the same words on the history, the auditor's timeline
 * and the exports: where (header, a line, an added or a removed line), which field, before → after.
 */
@Component
public class ChangeText {

    private final Messages messages;

    ChangeText(Messages messages) {
        this.messages = messages;
    }

    public List<ChangeLine> of(List<FieldChange> changes) {
        return changes.stream().map(c -> new ChangeLine(c, text(c))).toList();
    }

    String text(FieldChange c) {
        String where = switch (c.place()) {
            case HEADER -> "";
            case CHANGED_ROW -> c.row().equals(c.formerRow())
                ? messages.get("change.row", c.table(), String.valueOf(c.row()))
                : messages.get("change.movedRow", c.table(), String.valueOf(c.row()), String.valueOf(c.formerRow()));
            case ADDED_ROW -> messages.get("change.addedRow", c.table(), String.valueOf(c.row()));
            case REMOVED_ROW -> messages.get("change.removedRow", c.table(), String.valueOf(c.formerRow()));
        };
        return messages.get("change.value", where, c.field(), value(c.before()), value(c.after())).strip();
    }

    private String value(String v) {
        return v == null ? messages.get("change.empty") : v;
    }
}
