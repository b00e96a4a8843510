package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budgetyear.BudgetYearDetails;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.budgetyear.SplitInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 分解控制数: 财务 splits the unit's ceilings among the sections, a grid of sections × 人员经费 /
 * 公用经费 / 项目支出 in yuan, with each kind's ceiling, what is allocated and what is left
 * (未分配) beneath, live while typing. An earlier split (returned by the director) fills the
 * grid. The service decides whether the split fits the ceilings and says by how much it does not.
 */
class SplitDialog extends Dialog {

    private static final Pattern ROW_FIELD = Pattern.compile("sections\\[(\\d+)]\\.(\\w+)");

    private final List<Row> rows;
    private final Map<ExpenditureKind, Money> ceilings;
    private final Map<ExpenditureKind, Span> allocated = new EnumMap<>(ExpenditureKind.class);
    private final Map<ExpenditureKind, Span> unallocated = new EnumMap<>(ExpenditureKind.class);
    private final Div elsewhere = new Div();
    private List<Row> sent = List.of();

    /** One section's three amounts. */
    private record Row(String sectionCode, String sectionName, Map<ExpenditureKind, AmountField> fields) {
    }

    SplitDialog(BudgetYears years, BudgetYearDetails year, Runnable reload) {
        setId("split-dialog");
        setHeaderTitle(getTranslation("years.split.title"));
        setWidth("min(72rem, 96vw)");
        ceilings = year.unitCeilings() == null ? Map.of() : year.unitCeilings().byKind();
        Map<String, Map<ExpenditureKind, Money>> earlier = new LinkedHashMap<>();
        if (year.split() != null) {
            year.split().sections().forEach(s -> earlier.put(s.sectionCode(), s.byKind()));
        }
        rows = year.sections().stream().map(s -> row(s.sectionCode(), s.sectionName(), earlier.get(s.sectionCode()))).toList();
        elsewhere.setId("split-error");
        elsewhere.addClassName("field-error");
        add(grid(), elsewhere);
        refreshSums();
        Button confirm = new Button(getTranslation("years.split.confirm"), e -> {
            clearErrors();
            YearAction.run(() -> years.recordSplit(year.fiscalYear(), input()), "years.split.done", () -> {
                close();
                reload.run();
            }, this::show);
        });
        confirm.setId("split-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("ops.cancel"), e -> close()), confirm);
    }

    private Row row(String code, String name, Map<ExpenditureKind, Money> earlier) {
        Map<ExpenditureKind, AmountField> fields = new EnumMap<>(ExpenditureKind.class);
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            AmountField field = AmountField.zeroAllowed(null).withId("split-" + code + "-" + kind.name());
            field.getElement().setAttribute("aria-label", name + " " + getTranslation(kind.labelKey()));
            if (earlier != null) {
                field.setMoney(earlier.get(kind));
            }
            field.addValueChangeListener(e -> refreshSums());
            fields.put(kind, field);
        }
        return new Row(code, name, fields);
    }

    private Grid<Row> grid() {
        Grid<Row> grid = new Grid<>();
        grid.setId("split-form");
        grid.setAllRowsVisible(true);
        Grid.Column<Row> section = grid.addColumn(Row::sectionName).setHeader(getTranslation("common.section")).setAutoWidth(true);
        Map<ExpenditureKind, Grid.Column<Row>> columns = new EnumMap<>(ExpenditureKind.class);
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            columns.put(kind, grid.addComponentColumn(r -> r.fields().get(kind)).setHeader(getTranslation(kind.labelKey()))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true));
        }
        FooterRow ceilingRow = grid.appendFooterRow();
        FooterRow allocatedRow = grid.appendFooterRow();
        FooterRow leftRow = grid.appendFooterRow();
        ceilingRow.getCell(section).setText(getTranslation("years.split.ceiling"));
        allocatedRow.getCell(section).setText(getTranslation("years.split.allocated"));
        leftRow.getCell(section).setText(getTranslation("years.split.unallocated"));
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            ceilingRow.getCell(columns.get(kind)).setComponent(sum("split-ceiling-" + kind.name(), ceilings.get(kind)));
            allocated.put(kind, sum("split-allocated-" + kind.name(), Money.ZERO));
            unallocated.put(kind, sum("split-unallocated-" + kind.name(), Money.ZERO));
            allocatedRow.getCell(columns.get(kind)).setComponent(allocated.get(kind));
            leftRow.getCell(columns.get(kind)).setComponent(unallocated.get(kind));
        }
        grid.setItems(rows);
        return grid;
    }

    private Span sum(String id, Money amount) {
        Span span = new Span(amount == null ? "" : amount.formatYuan());
        span.setId(id);
        span.addClassName("split-sum");
        return span;
    }

    /** The sums shown beneath the grid; what does not parse counts as nothing until the service says so. */
    private void refreshSums() {
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            Money total = rows.stream().map(r -> r.fields().get(kind).money().orElse(Money.ZERO)).reduce(Money.ZERO, Money::plus);
            Money left = ceilings.getOrDefault(kind, Money.ZERO).minus(total);
            allocated.get(kind).setText(total.formatYuan());
            Span leftSpan = unallocated.get(kind);
            leftSpan.setText(left.formatYuan());
            leftSpan.getElement().getThemeList().remove("badge");
            leftSpan.getElement().getThemeList().remove("error");
            if (left.yuan().signum() < 0) {
                leftSpan.getElement().getThemeList().add("badge");
                leftSpan.getElement().getThemeList().add("error");
            }
        }
    }

    /** Sections left blank are left out (they get nothing), as the input allows; {@link #sent} keeps the order sent. */
    private SplitInput input() {
        sent = rows.stream().filter(r -> r.fields().values().stream().anyMatch(f -> !f.isEmpty())).toList();
        return new SplitInput(sent.stream().map(r -> new SplitInput.SectionSplitInput(r.sectionCode(),
            typed(r, ExpenditureKind.BASIC_PERSONNEL), typed(r, ExpenditureKind.BASIC_PUBLIC), typed(r, ExpenditureKind.PROJECT)))
            .toList());
    }

    private static String typed(Row row, ExpenditureKind kind) {
        AmountField field = row.fields().get(kind);
        return field.isEmpty() ? null : field.getValue();
    }

    private void show(FieldViolation v) {
        Matcher m = ROW_FIELD.matcher(v.field());
        ExpenditureKind kind = m.matches() ? kindOf(m.group(2)) : null;
        if (kind != null && Integer.parseInt(m.group(1)) < sent.size()) {
            AmountField field = sent.get(Integer.parseInt(m.group(1))).fields().get(kind);
            field.setErrorMessage(v.message());
            field.setInvalid(true);
        } else {
            elsewhere.setText(v.message());
        }
    }

    /** The input's names of the three amounts (as the API names them); null for another field of the row. */
    private static ExpenditureKind kindOf(String field) {
        return switch (field) {
            case "personnel" -> ExpenditureKind.BASIC_PERSONNEL;
            case "public", "publicAmount" -> ExpenditureKind.BASIC_PUBLIC;
            case "project" -> ExpenditureKind.PROJECT;
            default -> null;
        };
    }

    private void clearErrors() {
        elsewhere.setText("");
        rows.forEach(r -> r.fields().values().forEach(f -> f.setInvalid(false)));
    }
}
