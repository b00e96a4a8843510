package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.DocumentPageModel;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.StatusBadge;
import cn.nanchang.budgetflow.document.ui.DocumentActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The read-only page of a document, whatever its type: the title with the status, the type's
 * facts, the drafter's actions and the reader's links, 审批进度, the type's details, and the trail
 * (decisions, copies, operations, the action bar, history). A type supplies only its details
 * (a loader) and how they show ({@link #sheet}); the rest is read in one call and built by
 * {@link DocumentPageParts}. A document the reader may not see is answered as not found. Every
 * reader of documents may open the pages (Vaadin reads the roles from here for each type's page).
 *
 * @param <D> the type's details, as its service reads them
 */
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU", "AUDITOR"})
public abstract class DocumentPageLayout<D> extends VerticalLayout implements BeforeEnterObserver {

    /**
     * What a type shows: the title, the facts under it (number, drafter, …), what the drafter's
     * buttons act on (its status gives the badge), and its details between 审批进度 and the trail.
     */
    public record Sheet(String title, Component facts, DocumentActions.Target target, List<Component> details) {
    }

    private final DocumentPageParts parts;
    private final LongFunction<D> load;
    private long id;

    /** {@code load}: the type's details; its service checks access and answers an id of another type as not found. */
    protected DocumentPageLayout(DocumentPageParts parts, LongFunction<D> load) {
        this.parts = parts;
        this.load = load;
    }

    protected abstract Sheet sheet(long documentId, D details);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            D details = load.apply(id);
            // the one write of a visit, a command of its own before the page is read
            parts.open(id);
            show(details);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    /** Reads the page anew and builds it again; the buttons call this after their command. */
    private void render() {
        show(load.apply(id));
    }

    private void show(D details) {
        removeAll();
        DocumentPageModel model = parts.read(id);
        Sheet sheet = sheet(id, details);
        StatusBadge status = new StatusBadge(sheet.target().status());
        status.setId("doc-status");
        add(new HorizontalLayout(new H2(sheet.title()), status), sheet.facts());
        add(parts.actions(sheet.target(), model, this::render), parts.progress(model));
        sheet.details().forEach(this::add);
        add(parts.attachments(id));
        add(parts.trail(model, this::render));
    }

    /** The line under the title: the number (id {@code doc-number}), the drafter and whatever else the type adds. */
    protected Component numberLine(String number, String drafterName, Component... more) {
        Span numberSpan = new Span(getTranslation("common.number") + "：" + number);
        numberSpan.setId("doc-number");
        numberSpan.getElement().setAttribute("title", getTranslation("common.number.hint"));
        HorizontalLayout line = new HorizontalLayout(numberSpan, new Span(getTranslation("common.drafter") + "：" + drafterName));
        line.add(more);
        return line;
    }
}
