package cn.nanchang.budgetflow.workbench.ui;

import cn.nanchang.budgetflow.base.ui.DatePickers;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.StatusBadge;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.workbench.AuditExports.ExportFormat;
import cn.nanchang.budgetflow.workbench.AuditExports;
import cn.nanchang.budgetflow.workbench.AuditSearchFilter;
import cn.nanchang.budgetflow.workbench.AuditedDocument;
import cn.nanchang.budgetflow.workbench.AuditorSearch;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * 审计查询: every document of every section, filtered by type, year, section, status, person,
 * creation date and amount, with exports of what is shown. Read-only: nothing here acts on a
 * document; a row opens the auditor's document page.
 */
@Route("audit/documents")
@Menu(title = "nav.auditSearch", order = 35)
@RolesAllowed("AUDITOR")
class AuditSearchView extends VerticalLayout implements HasDynamicTitle {

    private final AuditorSearch search;
    private final Grid<AuditedDocument> grid = new Grid<>();
    private final ComboBox<DocumentType> type = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final ComboBox<OrgUnit> section = new ComboBox<>();
    private final ComboBox<DocumentStatus> status = new ComboBox<>();
    private final TextField person = new TextField();
    private final DatePicker from = DatePickers.of("filter-from", getTranslation("auditor.createdFrom"));
    private final DatePicker to = DatePickers.of("filter-to", getTranslation("auditor.createdTo"));
    private final BigDecimalField minYuan = new BigDecimalField();
    private final BigDecimalField maxYuan = new BigDecimalField();
    private final Span count = new Span();
    /** Read by the download links, which run outside the UI's lock. */
    private volatile AuditSearchFilter current = AuditSearchFilter.any();

    AuditSearchView(AuditorSearch search, AuditExports exports, OrganizationService organization) {
        this.search = search;
        add(new H2(getTranslation("auditor.searchTitle")));
        configureFilters(organization);
        FlexLayout filters = new FlexLayout(type, year, section, status, person, from, to, minYuan, maxYuan);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("audit-filters");
        count.setId("audit-count");
        HorizontalLayout bar = new HorizontalLayout(count,
            ExportLink.of("export-documents-xlsx", getTranslation("auditor.exportXlsx"), () -> exports.searchResults(current, ExportFormat.XLSX)),
            ExportLink.of("export-documents-csv", getTranslation("auditor.exportCsv"), () -> exports.searchResults(current, ExportFormat.CSV)));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(filters, bar, grid);
        setSizeFull();
        refresh();
    }

    private void configureFilters(OrganizationService organization) {
        type.setId("filter-type");
        type.setLabel(getTranslation("common.type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        year.setId("filter-year");
        year.setLabel(getTranslation("common.year"));
        section.setId("filter-section");
        section.setLabel(getTranslation("common.section"));
        section.setItems(organization.sections());
        section.setItemLabelGenerator(OrgUnit::getName);
        status.setId("filter-status");
        status.setLabel(getTranslation("common.status"));
        status.setItems(DocumentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        person.setId("filter-person");
        person.setLabel(getTranslation("auditor.person"));
        person.setPlaceholder(getTranslation("auditor.personHint"));
        person.setValueChangeMode(ValueChangeMode.LAZY);
        minYuan.setId("filter-min");
        minYuan.setLabel(getTranslation("auditor.minYuan"));
        maxYuan.setId("filter-max");
        maxYuan.setLabel(getTranslation("auditor.maxYuan"));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {type, year, section, status, person, from, to, minYuan, maxYuan}) {
            if (field instanceof HasClearButton c) {
                c.setClearButtonVisible(true);
            }
            field.addValueChangeListener(e -> refresh());
        }
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(d -> d.document().number()).setHeader(getTranslation("common.number")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.document().type().labelKey())).setHeader(getTranslation("common.type")).setAutoWidth(true);
        grid.addColumn(d -> d.document().sectionName()).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addColumn(d -> d.document().fiscalYear()).setHeader(getTranslation("common.year")).setAutoWidth(true);
        grid.addComponentColumn(d -> new StatusBadge(d.document().status())).setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addColumn(d -> d.currentSteps().stream().map(s -> getTranslation(s.labelKey())).collect(Collectors.joining("、")))
            .setHeader(getTranslation("auditor.currentStep")).setAutoWidth(true);
        grid.addColumn(d -> Formats.wan(d.document().total())).setHeader(getTranslation("common.total"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(d -> d.document().drafterName()).setHeader(getTranslation("common.drafter")).setAutoWidth(true);
        grid.addColumn(d -> Formats.time(d.createdAt())).setHeader(getTranslation("auditor.created")).setAutoWidth(true);
        grid.addColumn(d -> Formats.time(d.document().updatedAt())).setHeader(getTranslation("common.updated")).setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("audit/documents/" + e.getItem().document().id()));
        grid.setEmptyStateText(getTranslation("common.empty"));
    }

    private void refresh() {
        boolean datesOk = from.getValue() == null || to.getValue() == null || !from.getValue().isAfter(to.getValue());
        boolean amountsOk = minYuan.getValue() == null || maxYuan.getValue() == null
            || minYuan.getValue().compareTo(maxYuan.getValue()) <= 0;
        to.setInvalid(!datesOk);
        maxYuan.setInvalid(!amountsOk);
        if (!datesOk || !amountsOk) {
            return;
        }
        AuditSearchFilter filter = new AuditSearchFilter(type.getValue(), year.getValue(),
            section.getValue() == null ? null : section.getValue().getCode(), status.getValue(), person.getValue(),
            from.getValue(), to.getValue(), minYuan.getValue(), maxYuan.getValue());
        current = filter;
        long total = search.count(filter);
        count.setText(getTranslation("auditor.count", total));
        grid.setItems(q -> search.search(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) search.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.auditSearch");
    }
}
