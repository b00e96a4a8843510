package cn.nanchang.budgetflow.execution.ui;

import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.execution.AdjustedBudget;
import cn.nanchang.budgetflow.execution.ExecutionProgress;
import cn.nanchang.budgetflow.execution.Progress;
import cn.nanchang.budgetflow.execution.ProgressWorkbook;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * 执行进度: a year's spending against 序时进度 and the alert rates, as a chart and a grid by
 * section, kind and project with the rates below the line in red; exported as .xlsx. A section's
 * people see their own section; the filters say so by being fixed. 财务, the director and the
 * auditors also download the adjusted budget (调整后) in the disclosure's nine-table layout.
 */
@Route("execution")
@Menu(title = "nav.execution", order = 55)
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "AUDITOR"})
class ExecutionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ExecutionView.class);

    private final ExecutionProgress progress;
    private final AdjustedBudget adjusted;
    private final Actor actor;
    private final IntegerField year = new IntegerField();
    private final Select<OrgUnit> section = new Select<>();
    private final Div body = new Div();

    ExecutionView(ExecutionProgress progress, AdjustedBudget adjusted, OrganizationService organization,
            CurrentActor currentActor) {
        this.progress = progress;
        this.adjusted = adjusted;
        this.actor = currentActor.get();
        setId("execution-view");
        year.setId("execution-year");
        year.setLabel(getTranslation("execution.year"));
        year.setMin(2000);
        year.setMax(2099);
        year.setStepButtonsVisible(true);
        section.setId("execution-section");
        section.setLabel(getTranslation("execution.section"));
        section.setItems(organization.sections());
        section.setItemLabelGenerator(s -> s == null ? getTranslation("execution.section.all") : s.getName());
        section.setEmptySelectionAllowed(true);
        section.setEmptySelectionCaption(getTranslation("execution.section.all"));
        if (actor.role().isSectionBound()) {
            organization.sectionByCode(actor.sectionCode()).ifPresent(section::setValue);
            section.setReadOnly(true);
        }
        HorizontalLayout filters = new HorizontalLayout(year, section, workbook());
        if (actor.role() == Role.FINANCE || actor.role() == Role.DIRECTOR || actor.role() == Role.AUDITOR) {
            filters.add(adjustedWorkbook());
        }
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        body.setWidthFull();
        add(filters, body);
        year.addValueChangeListener(e -> show());
        section.addValueChangeListener(e -> show());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        Integer asked = query.getSingleParameter("year").map(InputChecks::yearDigits).orElse(null);
        query.getSingleParameter("section").filter(s -> !section.isReadOnly())
            .flatMap(code -> section.getListDataView().getItems().filter(s -> s.getCode().equals(code)).findFirst())
            .ifPresent(section::setValue);
        Integer wanted = asked == null ? progress.likelyYear() : asked;
        if (wanted.equals(year.getValue())) {
            show();
        } else {
            // the change shows the year
            year.setValue(wanted);
        }
    }

    private void show() {
        body.removeAll();
        if (year.getValue() == null) {
            return;
        }
        Progress p;
        try {
            p = progress.read(year.getValue(), sectionCode());
        } catch (ValidationException e) {
            year.setErrorMessage(e.violations().get(0).message());
            year.setInvalid(true);
            return;
        }
        year.setInvalid(false);
        H2 title = new H2(getTranslation("execution.title", String.valueOf(p.fiscalYear())));
        Paragraph facts = new Paragraph(getTranslation("execution.facts", p.asOf().toString(),
            p.schedulePercent().toPlainString(), p.thresholdPercent().toPlainString(), checkpoints(p)));
        facts.setId("execution-facts");
        body.add(title, facts);
        body.add(PagePart.guarded("execution-chart", "execution.chart", () -> new ProgressChart(p)));
        body.add(PagePart.guarded("execution-grid", "execution.grid", () -> new ProgressGrid(p)));
    }

    private String checkpoints(Progress p) {
        List<String> rates = p.checkpoints().values().stream().map(r -> r.stripTrailingZeros().toPlainString()).toList();
        return rates.size() == 4 ? getTranslation("execution.checkpoints", rates.toArray()) : "";
    }

    private String sectionCode() {
        return section.getValue() == null ? null : section.getValue().getCode();
    }

    private Anchor workbook() {
        Anchor link = download(() -> {
            ProgressWorkbook file = progress.workbook(year.getValue(), sectionCode());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), ProgressWorkbook.CONTENT_TYPE,
                file.content().length);
        }, "execution.xlsx");
        link.setId("execution-xlsx");
        return link;
    }

    private Anchor adjustedWorkbook() {
        Anchor link = download(() -> {
            var file = adjusted.workbook(year.getValue());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), ProgressWorkbook.CONTENT_TYPE,
                file.content().length);
        }, "execution.adjusted");
        link.setId("execution-adjusted-xlsx");
        return link;
    }

    /** The file is made when the link is followed, by the service, which checks the reader again. */
    private Anchor download(Supplier<DownloadResponse> file, String labelKey) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                return file.get();
            } catch (AccessDeniedException | cn.nanchang.budgetflow.base.ForbiddenException e) {
                return DownloadResponse.error(403);
            } catch (ValidationException e) {
                return DownloadResponse.error(400);
            } catch (RuntimeException e) {
                log.error("execution download {} failed", labelKey, e);
                return DownloadResponse.error(500);
            }
        }), AttachmentType.DOWNLOAD, getTranslation(labelKey));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.execution");
    }
}
