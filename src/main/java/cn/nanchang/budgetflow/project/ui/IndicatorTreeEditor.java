package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.project.IndicatorTree;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The performance-target table being edited: the {@link IndicatorSheet} with a row of fields per
 * indicator and, closing each category, an add button; below it the live weight total and any
 * problem of the table as a whole.
 */
class IndicatorTreeEditor extends VerticalLayout {

    private static final Pattern ROW_FIELD = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+)");
    private static final Pattern CATEGORY_FIELD = Pattern.compile("indicators\\.([A-Z_]+)");

    private final IndicatorSheet sheet;
    private final List<IndicatorRow> rows = new ArrayList<>();
    private final Span weightTotal = new Span();
    private final Div tableError = new Div();

    IndicatorTreeEditor(IndicatorTree tree) {
        setId("indicator-tree");
        setPadding(false);
        sheet = new IndicatorSheet(tree, true, (leaf, cell) -> {
            Button add = new Button(getTranslation("indicator.add", leaf.name()), VaadinIcon.PLUS.create(), e -> addRow(leaf.code()));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add.addClassName("add-indicator");
            cell.appendChild(add.getElement());
        });
        weightTotal.setId("weight-total");
        tableError.setId("indicators-error");
        tableError.addClassName("field-error");
        add(sheet, weightTotal, tableError);
        refreshWeights();
    }

    IndicatorRow addRow(String leafCode) {
        IndicatorRow row = new IndicatorRow(leafCode, this::refreshWeights, this::removeRow);
        rows.add(row);
        sheet.insert(leafCode, row.getElement());
        return row;
    }

    private void removeRow(IndicatorRow row) {
        rows.remove(row);
        sheet.remove(row.getElement());
        refreshWeights();
    }

    /** Rows of stored indicators; an indicator under a category that no longer exists is dropped from the editor. */
    void fill(List<ProjectApplicationDetails.Indicator> indicators) {
        indicators.stream().filter(i -> sheet.hasCategory(i.categoryCode()))
            .forEach(i -> addRow(i.categoryCode()).fill(i));
        refreshWeights();
    }

    /** Replaces the rows with autosaved ones, in their order; a row under a category that no longer exists is dropped. */
    void restore(List<ProjectApplicationInput.IndicatorInput> inputs) {
        List.copyOf(rows).forEach(this::removeRow);
        inputs.stream().filter(i -> sheet.hasCategory(i.category())).forEach(i -> addRow(i.category()).restore(i));
        refreshWeights();
    }

    /** The rows in the order they were added: violation paths indicators[i] refer to this order. */
    List<ProjectApplicationInput.IndicatorInput> inputs() {
        return rows.stream().map(IndicatorRow::input).toList();
    }

    /** Marks what a violation names; false if it is not about the table. */
    boolean show(FieldViolation v) {
        Matcher row = ROW_FIELD.matcher(v.field());
        Matcher category = CATEGORY_FIELD.matcher(v.field());
        if (row.matches() && Integer.parseInt(row.group(1)) < rows.size()) {
            rows.get(Integer.parseInt(row.group(1))).markInvalid(row.group(2), v.message());
        } else if (category.matches() && sheet.showError(category.group(1), v.message())) {
            return true;
        } else if (v.field().startsWith("indicators")) {
            tableError.setText(v.message());
        } else {
            return false;
        }
        return true;
    }

    void clearErrors() {
        rows.forEach(IndicatorRow::clearInvalid);
        sheet.clearErrors();
        tableError.setText("");
    }

    /** Live sum of the weights typed so far; the service decides whether they are acceptable. */
    private void refreshWeights() {
        BigDecimal sum = BigDecimal.ZERO;
        for (var input : inputs()) {
            try {
                if (input.weight() != null && !input.weight().isBlank()) {
                    sum = sum.add(new BigDecimal(input.weight().strip()));
                }
            } catch (NumberFormatException e) {
                // not counted until it is a number
            }
        }
        weightTotal.setText(getTranslation("indicator.weightTotal", sum.stripTrailingZeros().toPlainString()));
    }
}
