package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.budgetyear.Comparison;
import cn.nanchang.budgetflow.budgetyear.ComparisonWorkbook;
import cn.nanchang.budgetflow.organization.OrganizationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * 版本对比: a year's versions (一上, 控制数, 分解, 二上, 批复) side by side with who cut what, when
 * and why, as charts (sections × versions, the kind split) and as a grid filtered by level; the
 * same as an .xlsx workbook. The reader sees what the service lets them see of the year.
 */
@Route("budget-years/:year([0-9]{4})/comparison")
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU", "AUDITOR"})
class BudgetComparisonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(BudgetComparisonView.class);

    private final BudgetYears years;
    private final OrganizationService organization;
    private int year;

    BudgetComparisonView(BudgetYears years, OrganizationService organization) {
        this.years = years;
        this.organization = organization;
        setId("budget-comparison-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = event.getRouteParameters().getInteger("year").orElseThrow();
        removeAll();
        H2 title = new H2(getTranslation("years.comparison.title", String.valueOf(year)));
        HorizontalLayout top = new HorizontalLayout(title, new Anchor("budget-years/" + year, getTranslation("years.comparison.back")),
            workbook());
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top);
        Comparison comparison;
        try {
            comparison = years.comparison(year);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        } catch (RuntimeException e) {
            log.error("comparison of {} could not be read", year, e);
            Paragraph notice = new Paragraph(getTranslation("years.comparison.unreadable"));
            notice.setId("comparison-unreadable");
            add(notice);
            return;
        }
        add(PagePart.guarded("comparison-chart", "years.comparison.chart", () -> new BudgetChart(comparison)));
        add(PagePart.guarded("comparison-grid", "years.comparison.grid", () -> table(comparison)));
    }

    private Component table(Comparison comparison) {
        Set<String> deciders = comparison.rows().stream().flatMap(r -> r.differences().stream())
            .map(d -> d.source() == null ? null : d.source().decidedBy()).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> known = organization.displayNames(deciders);
        ComparisonGrid grid = new ComparisonGrid(comparison, username -> known.getOrDefault(username, username));
        Select<Comparison.Level> level = new Select<>();
        level.setId("comparison-level");
        level.setLabel(getTranslation("years.level"));
        level.setItems(Comparison.Level.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("years.level.all"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("years.level.all") : getTranslation("budgetyear.level." + l.name()));
        level.addValueChangeListener(e -> grid.showLevel(comparison.rows(), e.getValue()));
        VerticalLayout box = new VerticalLayout(level, grid);
        box.setPadding(false);
        return box;
    }

    /** The workbook is made when the link is followed, by the service, which checks the reader again. */
    private Anchor workbook() {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                ComparisonWorkbook file = years.comparisonWorkbook(year);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), ComparisonWorkbook.CONTENT_TYPE,
                    file.content().length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            } catch (NotFoundException e) {
                return DownloadResponse.error(404);
            } catch (RuntimeException e) {
                log.error("comparison workbook of {} failed", year, e);
                return DownloadResponse.error(500);
            }
        }), AttachmentType.DOWNLOAD, getTranslation("years.comparison.xlsx"));
        link.setId("comparison-xlsx");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.budgetComparison", String.valueOf(year));
    }
}
