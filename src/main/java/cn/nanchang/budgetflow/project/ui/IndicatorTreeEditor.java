package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.project.IndicatorTree;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The performance-target table as an editable tree: a heading per level-1 category, a group per
 * level-2 category with its level-3 rows and an add button. The tree comes from data, so a
 * category moved or added in the database shows up here without a code change.
 */
class IndicatorTreeEditor extends VerticalLayout {

    private static final Pattern ROW_FIELD = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+)");
    private static final Pattern CATEGORY_FIELD = Pattern.compile("indicators\\.([A-Z_]+)");

    private final Map<String, VerticalLayout> groups = new HashMap<>();
    private final Map<String, Div> categoryErrors = new HashMap<>();
    private final List<IndicatorRow> rows = new ArrayList<>();
    private final Span weightTotal = new Span();
    private final Div tableError = new Div();

    IndicatorTreeEditor(IndicatorTree tree) {
        setId("indicator-tree");
        setPadding(false);
        for (IndicatorTree.Node root : tree.roots()) {
            Div level1 = new Div(new H4(root.name()));
            level1.addClassName("indicator-level1");
            level1.getElement().setAttribute("data-category", root.code());
            level1.add(errorFor(root.code()));
            if (root.isLeaf()) {
                level1.add(group(root));
            } else {
                root.children().forEach(child -> level1.add(new H5(child.name()), errorFor(child.code()), group(child)));
            }
            add(level1);
        }
        weightTotal.setId("weight-total");
        tableError.setId("indicators-error");
        tableError.addClassName("field-error");
        add(weightTotal, tableError);
        refreshWeights();
    }

    private Div errorFor(String code) {
        Div error = new Div();
        error.addClassName("field-error");
        error.addClassName("category-error");
        error.getElement().setAttribute("data-category", code);
        categoryErrors.put(code, error);
        return error;
    }

    private VerticalLayout group(IndicatorTree.Node leaf) {
        VerticalLayout rowsOfGroup = new VerticalLayout();
        rowsOfGroup.setPadding(false);
        rowsOfGroup.setSpacing(false);
        Button add = new Button(getTranslation("indicator.add", leaf.name()), e -> addRow(leaf.code()));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.addClassName("add-indicator");
        VerticalLayout group = new VerticalLayout(rowsOfGroup, add);
        group.addClassName("indicator-group");
        group.getElement().setAttribute("data-category", leaf.code());
        group.setPadding(false);
        groups.put(leaf.code(), rowsOfGroup);
        return group;
    }

    IndicatorRow addRow(String leafCode) {
        IndicatorRow row = new IndicatorRow(leafCode, this::refreshWeights, this::removeRow);
        rows.add(row);
        groups.get(leafCode).add(row);
        return row;
    }

    private void removeRow(IndicatorRow row) {
        rows.remove(row);
        groups.get(row.categoryCode()).remove(row);
        refreshWeights();
    }

    /** Rows of stored indicators; an indicator under a category that no longer exists is dropped from the editor. */
    void fill(List<ProjectApplicationDetails.Indicator> indicators) {
        indicators.stream().filter(i -> groups.containsKey(i.categoryCode()))
            .forEach(i -> addRow(i.categoryCode()).fill(i));
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
        } else if (category.matches() && categoryErrors.containsKey(category.group(1))) {
            categoryErrors.get(category.group(1)).setText(v.message());
        } else if (v.field().startsWith("indicators")) {
            tableError.setText(v.message());
        } else {
            return false;
        }
        return true;
    }

    void clearErrors() {
        rows.forEach(IndicatorRow::clearInvalid);
        categoryErrors.values().forEach(d -> d.setText(""));
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
