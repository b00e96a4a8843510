package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.project.IndicatorTree;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The performance-target table (绩效目标表) as one HTML table, the same in the editor and on the
 * document page: a heading row per 一级指标, a heading row per 二级指标, each marked 必填 where the
 * category needs an indicator, the 三级指标 rows under their category, and after them one row
 * per category that either holds its add button (editing) or says 未填写 while it is empty (reading).
 * The tree comes from data, so a category added in the database shows up without a code change.
 */
@Tag("table")
class IndicatorSheet extends Component {

    private static final List<String> COLUMNS = List.of("indicator.level3", "indicator.direction", "indicator.target",
        "indicator.unit", "indicator.weight", "indicator.note");
    /** Widths of the columns above (and of the editor's remove column): names and notes take what is left. */
    private static final List<String> WIDTHS = List.of("", "7em", "9em", "6em", "6em", "", "6em");

    private final Element body = new Element("tbody");
    private final int width;
    /** Per leaf category: the row after its indicators (add button or 未填写); rows are inserted before it. */
    private final Map<String, Element> ends = new HashMap<>();
    private final Map<String, Element> errors = new HashMap<>();
    private final boolean editable;

    /** {@code endOfCategory} fills the cell of the row that closes each leaf category. */
    IndicatorSheet(IndicatorTree tree, boolean editable, BiConsumer<IndicatorTree.Node, Element> endOfCategory) {
        this.editable = editable;
        this.width = COLUMNS.size() + (editable ? 1 : 0);
        addClassName("indicator-sheet");
        // fixed layout: the heading row's widths hold, so the fields fit the page instead of widening it
        getStyle().set("width", "100%").set("table-layout", "fixed").set("border-collapse", "collapse")
            .set("font-size", "var(--lumo-font-size-s)");
        Element head = new Element("tr");
        for (int i = 0; i < width; i++) {
            Element th = cell("th", i < COLUMNS.size() ? getTranslation(COLUMNS.get(i)) : "");
            th.getStyle().set("width", WIDTHS.get(i).isEmpty() ? null : WIDTHS.get(i));
            head.appendChild(th);
        }
        getElement().appendChild(new Element("thead").appendChild(head), body);
        for (IndicatorTree.Node root : tree.roots()) {
            heading(root, "indicator-level1", "var(--lumo-contrast-10pct)", "");
            if (root.isLeaf()) {
                category(root, endOfCategory);
            }
            for (IndicatorTree.Node child : root.children()) {
                heading(child, "indicator-level2", "var(--lumo-contrast-5pct)", "1.5em");
                category(child, endOfCategory);
            }
        }
    }

    private void heading(IndicatorTree.Node node, String className, String background, String indent) {
        Element th = new Element("th").setAttribute("colspan", String.valueOf(width)).setText(node.name());
        th.getStyle().set("text-align", "left").set("background", background).set("padding-left", indent.isEmpty() ? null : indent);
        if (node.requiresIndicator()) {
            Element required = new Element("span").setText(getTranslation("indicator.required"));
            required.setAttribute("theme", "badge small").setAttribute("title", getTranslation("indicator.requiredHint"));
            required.getClassList().add("indicator-required");
            required.getStyle().set("margin-left", "var(--lumo-space-s)");
            th.appendChild(required);
        }
        Element error = new Element("span");
        error.getClassList().add("field-error");
        error.getClassList().add("category-error");
        error.setAttribute("data-category", node.code());
        error.getStyle().set("margin-left", "var(--lumo-space-m)").set("color", "var(--lumo-error-text-color)")
            .set("font-weight", "normal");
        errors.put(node.code(), error);
        th.appendChild(error);
        Element row = new Element("tr").appendChild(th);
        row.getClassList().add(className);
        row.setAttribute("data-category", node.code());
        body.appendChild(row);
    }

    private void category(IndicatorTree.Node leaf, BiConsumer<IndicatorTree.Node, Element> endOfCategory) {
        Element td = cell("td", "").setAttribute("colspan", String.valueOf(width));
        endOfCategory.accept(leaf, td);
        Element end = new Element("tr").appendChild(td);
        end.getClassList().add(editable ? "indicator-add-row" : "indicator-empty");
        end.setAttribute("data-category", leaf.code());
        body.appendChild(end);
        ends.put(leaf.code(), end);
    }

    static Element cell(String tag, String text) {
        Element cell = new Element(tag).setText(text);
        cell.getStyle().set("text-align", "left").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
            .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return cell;
    }

    boolean hasCategory(String leafCode) {
        return ends.containsKey(leafCode);
    }

    /** Puts a row at the end of its category's indicators. */
    void insert(String leafCode, Element row) {
        Element end = ends.get(leafCode);
        body.insertChild(body.indexOfChild(end), row);
        if (!editable) {
            end.setVisible(false);
        }
    }

    /** Puts a row at the very end under a heading of its own: an indicator whose category has left the tree. */
    void append(String heading, Element row) {
        Element th = new Element("th").setAttribute("colspan", String.valueOf(width)).setText(heading);
        th.getStyle().set("text-align", "left").set("background", "var(--lumo-contrast-5pct)");
        body.appendChild(new Element("tr").appendChild(th), row);
    }

    void remove(Element row) {
        body.removeChild(row);
    }

    /** Shows a problem of a category in its heading; false if the sheet has no such category. */
    boolean showError(String code, String message) {
        Element error = errors.get(code);
        if (error != null) {
            error.setText(message);
        }
        return error != null;
    }

    void clearErrors() {
        errors.values().forEach(e -> e.setText(""));
    }
}
