package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.document.Copied;
import cn.nanchang.budgetflow.document.DocumentDetails;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * 复制: makes a new document from an earlier one and opens it in the editor, which then shows, at
 * its top, where it came from and each thing that did not carry over, so that nothing is left out
 * silently. The notes travel with the UI to the editor once and are gone after it has shown them.
 */
public final class CopyNotice extends Div {

    static final String ID = "copy-notice";

    private record Pending(long documentId, String sourceNumber, List<String> notes) {
    }

    private CopyNotice(Pending pending) {
        setId(ID);
        addClassName("copy-notice");
        // styled here rather than in the theme, whose change would need a new frontend bundle
        getStyle().set("width", "100%").set("box-sizing", "border-box").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
            .set("border-left", "6px solid var(--lumo-primary-color)").set("background", "var(--lumo-primary-color-10pct)")
            .set("border-radius", "var(--lumo-border-radius-m)");
        getElement().setAttribute("role", "status");
        add(new Div(getTranslation("document.copy.notice", pending.sourceNumber())));
        if (!pending.notes().isEmpty()) {
            add(new Div(getTranslation("document.copy.notCopied")));
            add(new UnorderedList(pending.notes().stream().map(ListItem::new).toArray(ListItem[]::new)));
        }
    }

    /** Runs the copy from a button: opens the new document's editor, or says why there is none. */
    public static void run(DocumentType type, Supplier<? extends Copied<? extends DocumentDetails>> copy) {
        UI ui = UI.getCurrent();
        try {
            Copied<? extends DocumentDetails> copied = copy.get();
            long id = copied.document().id();
            ComponentUtil.setData(ui, Pending.class, new Pending(id, copied.sourceNumber(), copied.notes()));
            UiActions.notify(ui.getTranslation("document.copy.done", copied.sourceNumber()), NotificationVariant.LUMO_SUCCESS);
            ui.navigate(type.routePrefix() + "/" + id + "/edit");
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            UiActions.notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    /** The notice for the document just copied, once; none for any other document. */
    static Optional<CopyNotice> take(long documentId) {
        UI ui = UI.getCurrent();
        Pending pending = ui == null ? null : ComponentUtil.getData(ui, Pending.class);
        if (pending == null || pending.documentId() != documentId) {
            return Optional.empty();
        }
        ComponentUtil.setData(ui, Pending.class, null);
        return Optional.of(new CopyNotice(pending));
    }
}
