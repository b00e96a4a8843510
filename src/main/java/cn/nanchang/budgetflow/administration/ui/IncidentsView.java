package cn.nanchang.budgetflow.administration.ui;

import cn.nanchang.budgetflow.administration.IncidentAdministration;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.workflow.FailedJobs.FailedJob;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 异常任务: background jobs that failed with no retries left, with the error and a retry per job. */
@Route("incidents")
@Menu(title = "nav.incidents", order = 72)
@RolesAllowed("ADMIN")
class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    private final IncidentAdministration incidents;
    private final Grid<FailedJob> grid = new Grid<>();
    private final Span none = new Span();

    IncidentsView(IncidentAdministration incidents) {
        this.incidents = incidents;
        grid.setId("incidents-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(j -> j.since() == null ? "" : Formats.time(j.since())).setHeader(getTranslation("admin.incident.since")).setAutoWidth(true);
        grid.addColumn(j -> named(j.processName(), j.processKey())).setHeader(getTranslation("admin.incident.process")).setAutoWidth(true);
        grid.addColumn(j -> named(j.activityName(), j.activityId())).setHeader(getTranslation("admin.incident.activity")).setAutoWidth(true);
        grid.addColumn(FailedJob::businessKey).setHeader(getTranslation("admin.incident.document")).setAutoWidth(true);
        grid.addColumn(FailedJob::message).setHeader(getTranslation("admin.incident.message")).setFlexGrow(1);
        grid.addComponentColumn(this::retry).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        none.setId("incidents-none");
        add(new H2(getTranslation("nav.incidents")), none, grid);
        refresh();
        setSizeFull();
    }

    /** The model's Chinese name, with its key for whoever looks it up in the model or the logs. */
    private static String named(String name, String key) {
        return name == null || name.isBlank() ? key : name + "（" + key + "）";
    }

    private Button retry(FailedJob job) {
        Button retry = new Button(getTranslation("admin.incident.retry"),
            e -> UiActions.run(() -> incidents.retry(job.jobId()), "admin.incident.retryDone", this::refresh));
        retry.setId("incident-retry-" + job.jobId());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return retry;
    }

    private void refresh() {
        var open = incidents.list();
        grid.setItems(open);
        none.setText(open.isEmpty() ? getTranslation("admin.incident.none") : "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.incidents");
    }
}
