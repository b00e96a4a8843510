package cn.nanchang.budgetflow.ledger.ui;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.ledger.EntryKind;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.ledger.Payments;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * 指标台账: the year's 指标 with 额度, 冻结, 已用 and 可用 in 万元 and a totals row; each figure opens
 * the entries behind it with links to their documents. A section's 科员 and 科长 see their own
 * section only; 财务, the director and the auditors every section, with a section filter. 财务
 * records payments (登记支付) and imports a month's payments (导入支付) from here.
 */
@Route("indicators")
@Menu(title = "nav.indicators", order = 47)
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "AUDITOR"})
class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    private final Indicators indicators;
    private final Select<Integer> year = new Select<>();
    private final ComboBox<OrgUnit> section = new ComboBox<>();
    private final Grid<IndicatorSummary> grid = new Grid<>();
    private final List<FooterRow> footers = new ArrayList<>();
    private final List<Grid.Column<IndicatorSummary>> moneyColumns = new ArrayList<>();
    private final List<Function<IndicatorSummary, Money>> moneyOf = new ArrayList<>();

    IndicatorsView(Indicators indicators, Payments payments, OrganizationService organization, CurrentActor currentActor,
            Clock clock) {
        this.indicators = indicators;
        Actor actor = currentActor.get();
        setId("indicators-view");
        List<Integer> years = indicators.years();
        year.setId("indicators-year");
        year.setLabel(getTranslation("ledger.view.year"));
        year.setItems(years.isEmpty() ? List.of(LocalDate.now(clock).getYear()) : years);
        year.setValue(years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(0));
        year.setItemLabelGenerator(y -> getTranslation("ledger.view.yearLabel", String.valueOf(y)));
        year.addValueChangeListener(e -> reload());
        HorizontalLayout filters = new HorizontalLayout(year);
        if (!actor.role().isSectionBound()) {
            section.setId("indicators-section");
            section.setLabel(getTranslation("ledger.view.section"));
            section.setItems(organization.sections());
            section.setItemLabelGenerator(OrgUnit::getName);
            section.setClearButtonVisible(true);
            section.setPlaceholder(getTranslation("ledger.view.allSections"));
            section.addValueChangeListener(e -> reload());
            filters.add(section);
        }
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("ledger.view.title")));
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (actor.role() == Role.FINANCE) {
            Button pay = new Button(getTranslation("ledger.payment.record"),
                e -> new PaymentDialog(indicators, payments, grid.getListDataView().getItems().toList(), this::reload).open());
            pay.setId("record-payment");
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button upload = new Button(getTranslation("ledger.import.open"), e -> new ImportDialog(payments, this::reload).open());
            upload.setId("import-payments");
            top.add(pay, upload);
        }
        add(top, filters, PagePart.guarded("indicators-grid", "ledger.view.title", this::buildGrid));
        reload();
    }

    private Grid<IndicatorSummary> buildGrid() {
        grid.setId("indicators-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(IndicatorSummary::ref).setHeader(getTranslation("ledger.view.ref")).setAutoWidth(true);
        grid.addColumn(IndicatorSummary::sectionName).setHeader(getTranslation("ledger.view.section")).setAutoWidth(true);
        grid.addColumn(i -> i.sourceType() == null ? "" : getTranslation(i.sourceType().labelKey()))
            .setHeader(getTranslation("ledger.view.source")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.kind().labelKey())).setHeader(getTranslation("ledger.view.kind")).setAutoWidth(true);
        grid.addColumn(i -> i.functionCode() + " " + i.functionName()).setHeader(getTranslation("ledger.view.function")).setAutoWidth(true);
        grid.addColumn(i -> i.economicCode() + " " + i.economicName()).setHeader(getTranslation("ledger.view.economic")).setAutoWidth(true);
        grid.addColumn(i -> i.projectCode() == null ? "" : i.projectCode() + " " + i.projectName())
            .setHeader(getTranslation("ledger.view.project")).setAutoWidth(true);
        money("quota", IndicatorSummary::quota, EntryKind.QUOTA, EntryKind.INCREASE, EntryKind.DECREASE);
        money("frozen", IndicatorSummary::frozen, EntryKind.FREEZE, EntryKind.RELEASE);
        money("used", IndicatorSummary::used, EntryKind.USE);
        money("available", IndicatorSummary::available);
        footers.add(grid.appendFooterRow());
        grid.setEmptyStateText(getTranslation("ledger.view.none"));
        return grid;
    }

    /** A figure in 万元 that opens the entries behind it (all of them for 可用). */
    private void money(String name, Function<IndicatorSummary, Money> figure, EntryKind... kinds) {
        Grid.Column<IndicatorSummary> column = grid.addComponentColumn(i -> {
            Button b = new Button(Formats.wan(figure.apply(i)), e -> new EntriesDialog(indicators, i, List.of(kinds)).open());
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            b.addClassName("figure-" + name);
            b.getElement().setAttribute("data-indicator", String.valueOf(i.id()));
            b.getElement().setAttribute("data-yuan", figure.apply(i).toString());
            return b;
        }).setHeader(getTranslation("ledger.view." + name)).setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        moneyColumns.add(column);
        moneyOf.add(figure);
    }

    private void reload() {
        Integer fiscalYear = year.getValue();
        List<IndicatorSummary> items = fiscalYear == null ? List.of()
            : indicators.list(fiscalYear, section.getValue() == null ? null : section.getValue().getCode());
        grid.setItems(items);
        if (!footers.isEmpty()) {
            FooterRow footer = footers.get(0);
            footer.getCell(grid.getColumns().get(0)).setText(getTranslation("ledger.view.total"));
            for (int c = 0; c < moneyColumns.size(); c++) {
                Function<IndicatorSummary, Money> f = moneyOf.get(c);
                Money sum = items.stream().map(f).reduce(Money.ZERO, Money::plus);
                Component cell = new com.vaadin.flow.component.html.Span(Formats.wan(sum));
                cell.setId("total-" + List.of("quota", "frozen", "used", "available").get(c));
                footer.getCell(moneyColumns.get(c)).setComponent(cell);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.view.title");
    }
}
