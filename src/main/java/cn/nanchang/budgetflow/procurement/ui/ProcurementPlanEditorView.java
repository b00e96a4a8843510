package cn.nanchang.budgetflow.procurement.ui;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.ui.EditorSave;
import cn.nanchang.budgetflow.document.ui.ReturnBanner;
import cn.nanchang.budgetflow.procurement.FundingOption;
import cn.nanchang.budgetflow.procurement.ProcurementEditorService;
import cn.nanchang.budgetflow.procurement.ProcurementLimits;
import cn.nanchang.budgetflow.procurement.ProcurementPlanDetails;
import cn.nanchang.budgetflow.procurement.ProcurementPlanInput;
import cn.nanchang.budgetflow.procurement.ProcurementPlanService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Creates or edits a procurement plan: items funded by the section's approved budget lines of
 * the year, live totals by category in 万元, and every validation message on its field.
 */
@Route("procurement-plans/new")
@Menu(title = "nav.newProcurementPlan", order = 3)
@RouteAlias("procurement-plans/:id([0-9]+)/edit")
@PageTitle("政府采购计划 · 预算审批系统")
@RolesAllowed("STAFF")
class ProcurementPlanEditorView extends VerticalLayout implements BeforeEnterObserver {

    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");

    private final ProcurementPlanService plans;
    private final DocumentHistory history;
    private final ProcurementEditorService editor;
    private final ProcurementLimits limits;
    private final IntegerField year = new IntegerField();
    private final VerticalLayout itemRows = new VerticalLayout();
    private final List<ItemRow> rows = new ArrayList<>();
    private final Div itemsError = new Div();
    private final Div noFunding = new Div();
    private final CategoryTotalsPanel totals = new CategoryTotalsPanel();
    private final H2 title = new H2();
    private List<FundingOption> options = List.of();
    private Long planId;
    private Long version;

    ProcurementPlanEditorView(ProcurementPlanService plans, ProcurementEditorService editor, Clock clock,
            DocumentHistory history) {
        this.history = history;
        this.plans = plans;
        this.editor = editor;
        this.limits = editor.limits();
        year.setId("plan-year");
        year.setLabel(getTranslation("draft.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now(clock).getYear());
        year.addValueChangeListener(e -> offerForYear());
        itemRows.setId("plan-items");
        itemRows.setPadding(false);
        itemsError.addClassName("field-error");
        itemsError.setId("items-error");
        noFunding.setId("no-funding");
        noFunding.setText(getTranslation("procurement.noFunding"));
        Button addItem = new Button(getTranslation("procurement.addItem"), e -> addRow());
        addItem.setId("add-item");
        Button save = new Button(getTranslation("procurement.save"), e -> save());
        save.setId("save-plan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        title.setText(getTranslation("procurement.newTitle"));
        add(title, year, noFunding, new H3(getTranslation("procurement.items")), itemRows, itemsError, addItem, totals,
            new HorizontalLayout(save));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            offerForYear();
            addRow();
            refreshTotals();
            return;
        }
        try {
            load(plans.get(id.get()));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void load(ProcurementPlanDetails plan) {
        planId = plan.id();
        addComponentAtIndex(1, ReturnBanner.of(() -> history.latestReturnToMe(plan.id()), true));
        version = plan.version();
        title.setText(getTranslation("procurement.editTitle") + " " + plan.number());
        year.setValue(plan.fiscalYear());
        year.setReadOnly(true);
        offerForYear();
        plan.items().forEach(item -> addRow().fill(item));
        refreshTotals();
    }

    /** The start months and funding lines follow the plan's year. */
    private void offerForYear() {
        Integer y = year.getValue();
        boolean usable = y != null && y >= 2000 && y <= 2099;
        options = usable ? editor.fundingOptions(y, planId) : List.of();
        noFunding.setVisible(options.isEmpty());
        rows.forEach(r -> r.offer(months(), options));
    }

    private List<YearMonth> months() {
        Integer y = year.getValue();
        return y == null || y < 2000 || y > 2099 ? List.of()
            : IntStream.rangeClosed(1, 12).mapToObj(m -> Year.of(y).atMonth(m)).toList();
    }

    private ItemRow addRow() {
        ItemRow row = new ItemRow(limits, this::refreshTotals, this::removeRow);
        row.offer(months(), options);
        rows.add(row);
        itemRows.add(row);
        return row;
    }

    private void removeRow(ItemRow row) {
        rows.remove(row);
        itemRows.remove(row);
        refreshTotals();
    }

    private void refreshTotals() {
        totals.show(editor.preview(rows.stream().map(ItemRow::input).toList()));
    }

    private void save() {
        clearErrors();
        ProcurementPlanInput input = new ProcurementPlanInput(year.getValue(), rows.stream().map(ItemRow::input).toList());
        EditorSave.run(DocumentType.PROCUREMENT_PLAN,
            () -> (planId == null ? plans.create(input) : plans.update(planId, version, input)).id(),
            "procurement.saved", "procurement.invalid", this::show);
    }

    private void show(FieldViolation v) {
        Matcher m = ITEM_FIELD.matcher(v.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
            rows.get(Integer.parseInt(m.group(1))).markInvalid(m.group(2), v.message());
        } else if ("fiscalYear".equals(v.field())) {
            year.setErrorMessage(v.message());
            year.setInvalid(true);
        } else {
            itemsError.setText(v.message());
        }
    }

    private void clearErrors() {
        year.setInvalid(false);
        itemsError.setText("");
        rows.forEach(ItemRow::clearInvalid);
    }
}
