package cn.nanchang.budgetflow.workbench.ui;

import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.base.ui.StatusBadge;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.workbench.AuditExports.ExportFormat;
import cn.nanchang.budgetflow.workbench.AuditExports;
import cn.nanchang.budgetflow.workbench.DocumentTimeline;
import cn.nanchang.budgetflow.workbench.DocumentTimelines;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The auditor's page of one document: header, the process diagram with the path taken, every
 * task (arrived, claimed, completed, by whom, how long), the merged timeline, and links to the
 * approval sheet and the exports. Read-only: it offers no action on the document.
 */
@Route("audit/documents/:id([0-9]+)")
@RolesAllowed("AUDITOR")
class AuditDocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentTimelines timelines;
    private final AuditExports exports;

    AuditDocumentView(DocumentTimelines timelines, AuditExports exports) {
        this.timelines = timelines;
        this.exports = exports;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            render(id, timelines.of(id));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render(long id, DocumentTimeline timeline) {
        removeAll();
        DocumentSummary d = timeline.document();
        StatusBadge status = new StatusBadge(d.status());
        status.setId("doc-status");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("auditDocument.heading",
            d.sectionName(), d.fiscalYear(), getTranslation(d.type().labelKey()))), status);
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        Span number = new Span(getTranslation("common.number") + "：" + d.number());
        number.setId("doc-number");
        HorizontalLayout facts = new HorizontalLayout(number,
            new Span(getTranslation("common.drafter") + "：" + d.drafterName()),
            new Span(getTranslation("common.total") + "：" + Formats.wan(d.total())),
            new Span(getTranslation("auditor.created") + "：" + Formats.time(timeline.createdAt())));
        facts.addClassName("audit-facts");
        add(title, facts, links(id, d));
        add(new H3(getTranslation("auditor.diagram")),
            PagePart.guarded("bpmn-diagram", "auditor.diagram", () -> new BpmnDiagram(timelines.diagram(id))));
        add(new H3(getTranslation("auditor.tasks")), new TaskGrid(timeline.tasks()));
        add(new H3(getTranslation("auditor.timeline")), new EventGrid(timeline.events()));
    }

    private HorizontalLayout links(long id, DocumentSummary d) {
        Anchor original = new Anchor(d.type().routePrefix() + "/" + id, getTranslation("auditor.openDocument"));
        original.setId("open-document");
        Anchor sheet = new Anchor("approval-sheet/" + id, getTranslation("sheet.open"), AnchorTarget.BLANK);
        sheet.setId("open-approval-sheet");
        HorizontalLayout links = new HorizontalLayout(original, sheet,
            ExportLink.of("export-timeline-xlsx", getTranslation("auditor.exportXlsx"), () -> exports.timeline(id, ExportFormat.XLSX)),
            ExportLink.of("export-timeline-csv", getTranslation("auditor.exportCsv"), () -> exports.timeline(id, ExportFormat.CSV)));
        links.setId("audit-links");
        return links;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.auditDocument");
    }
}
