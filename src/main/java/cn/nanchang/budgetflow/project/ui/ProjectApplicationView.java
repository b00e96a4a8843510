package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.approval.CollectiveDecision;
import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.approval.ui.DocumentTrail;
import cn.nanchang.budgetflow.approval.ui.OperationServices;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.StatusBadge;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.ui.DocumentActions;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationService;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.workbench.DocumentExports;
import cn.nanchang.budgetflow.workbench.ui.DocumentLinks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A project application read-only: header, cost lines, the performance-target table, the
 * drafter's actions, the review form when the reader holds a task on it, the collective
 * decisions recorded and the history timeline.
 */
@Route("project-applications/:id([0-9]+)")
@PageTitle("项目支出申报 · 预算审批系统")
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU", "AUDITOR"})
class ProjectApplicationView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectApplicationService applications;
    private final DocumentLifecycle lifecycle;
    private final DocumentReview review;
    private final DocumentHistory history;
    private final DocumentExports exports;
    private final CurrentActor currentActor;
    private final OperationServices operationServices;
    private long id;

    ProjectApplicationView(ProjectApplicationService applications, DocumentLifecycle lifecycle, DocumentReview review,
            DocumentHistory history, DocumentExports exports, CurrentActor currentActor, OperationServices operationServices) {
        this.operationServices = operationServices;
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.review = review;
        this.history = history;
        this.exports = exports;
        this.currentActor = currentActor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            render();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        ProjectApplicationDetails a = applications.get(id);
        StatusBadge status = new StatusBadge(a.status());
        status.setId("doc-status");
        add(new HorizontalLayout(new H2(a.name()), status));
        add(new ProjectSummary(a), new DocumentActions(new DocumentActions.Target(id, DocumentType.PROJECT_APPLICATION,
            a.drafter(), a.status(), "project", "project.inLibrary", null, null).titled(a.number(), a.name()), lifecycle, currentActor, history, this::render,
            DocumentLinks.of(id, exports)));
        add(DocumentTrail.progress(id, operationServices));
        add(new H3(getTranslation("project.costLines")), new CostLinesGrid(a.costLines()));
        add(new H3(getTranslation("project.indicators")), new IndicatorTable(a.indicators()));
        add(new DocumentTrail(id, review, history, currentActor, operationServices, this::render));
    }


}
