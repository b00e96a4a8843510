package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.budgetyear.CeilingsInput;
import cn.nanchang.budgetflow.project.ApprovedProject;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * 下达控制数: the bureau records its ceilings for the unit, the 文号 and date of its document and
 * the amounts of 人员经费, 公用经费 and 项目支出 in yuan, and optionally ceilings of single
 * library projects. Each refused value shows on its field, a project's on its row.
 */
class CeilingsDialog extends Dialog {

    private static final Pattern PROJECT_FIELD = Pattern.compile("projects\\[(\\d+)]\\.(\\w+)");

    private final BureauDocumentFields document = new BureauDocumentFields("ceilings");
    private final AmountField personnel;
    private final AmountField publicAmount;
    private final AmountField project;
    private final Span total = new Span();
    private final VerticalLayout projectRows = new VerticalLayout();
    private final List<ProjectRow> rows = new ArrayList<>();
    private final Div elsewhere = new Div();
    private final List<ApprovedProject> projects;
    private List<ProjectRow> sent = List.of();

    /** One project's ceiling. */
    private record ProjectRow(HorizontalLayout line, ComboBox<ApprovedProject> project, AmountField amount) {
    }

    CeilingsDialog(BudgetYears years, int fiscalYear, List<ApprovedProject> projects, Runnable reload) {
        this.projects = projects;
        setId("ceilings-dialog");
        setHeaderTitle(getTranslation("years.ceilings.title", String.valueOf(fiscalYear)));
        setWidth("min(56rem, 96vw)");
        personnel = AmountField.zeroAllowed(getTranslation("budget.kind.BASIC_PERSONNEL")).withId("ceilings-personnel");
        publicAmount = AmountField.zeroAllowed(getTranslation("budget.kind.BASIC_PUBLIC")).withId("ceilings-public");
        project = AmountField.zeroAllowed(getTranslation("budget.kind.PROJECT")).withId("ceilings-project");
        Stream.of(personnel, publicAmount, project).forEach(f -> f.addValueChangeListener(e -> refreshTotal()));
        total.setId("ceilings-total");
        refreshTotal();
        projectRows.setId("ceilings-projects");
        projectRows.setPadding(false);
        Button addProject = new Button(getTranslation("years.ceilings.addProject"), e -> addRow());
        addProject.setId("ceilings-add-project");
        addProject.setEnabled(!projects.isEmpty());
        elsewhere.setId("ceilings-error");
        elsewhere.addClassName("field-error");
        HorizontalLayout amounts = new HorizontalLayout(personnel, publicAmount, project, total);
        amounts.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new VerticalLayout(document, amounts, new H4(getTranslation("years.ceilings.projects")), projectRows, addProject,
            elsewhere));
        Button confirm = new Button(getTranslation("years.ceilings.confirm"), e -> record(years, fiscalYear, reload));
        confirm.setId("ceilings-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("ops.cancel"), e -> close()), confirm);
    }

    private void addRow() {
        ComboBox<ApprovedProject> choice = new ComboBox<>(getTranslation("draft.project"));
        choice.setItems(projects);
        choice.setItemLabelGenerator(p -> p.label() + "（" + p.sectionName() + "）");
        choice.setWidth("28em");
        choice.addClassName("ceiling-project");
        AmountField amount = AmountField.zeroAllowed(getTranslation("years.ceilings.projectAmount"));
        amount.addClassName("ceiling-project-amount");
        HorizontalLayout line = new HorizontalLayout(choice, amount);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.addClassName("ceiling-project-row");
        ProjectRow row = new ProjectRow(line, choice, amount);
        Button remove = new Button(getTranslation("draft.removeLine"), e -> {
            rows.remove(row);
            projectRows.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        line.add(remove);
        rows.add(row);
        projectRows.add(line);
    }

    private void refreshTotal() {
        Money sum = Stream.of(personnel, publicAmount, project).map(f -> f.money().orElse(Money.ZERO)).reduce(Money.ZERO, Money::plus);
        total.setText(getTranslation("years.total") + "：" + sum.formatWanYuan() + " " + getTranslation("years.wan"));
    }

    private void record(BudgetYears years, int fiscalYear, Runnable reload) {
        clearErrors();
        sent = List.copyOf(rows);
        CeilingsInput input = new CeilingsInput(document.ref(), document.isoDate(),
            personnel.getValue(), publicAmount.getValue(), project.getValue(),
            sent.stream().map(r -> new CeilingsInput.ProjectCeilingInput(r.project().getValue() == null ? null : r.project().getValue().id(),
                r.amount().getValue())).toList());
        YearAction.run(() -> years.recordCeilings(fiscalYear, input), "years.ceilings.done", () -> {
            close();
            reload.run();
        }, this::show);
    }

    private void show(FieldViolation v) {
        Matcher m = PROJECT_FIELD.matcher(v.field());
        HasValidation field;
        if (m.matches() && Integer.parseInt(m.group(1)) < sent.size()) {
            ProjectRow row = sent.get(Integer.parseInt(m.group(1)));
            field = "projectId".equals(m.group(2)) ? row.project() : row.amount();
        } else if (document.show(v)) {
            return;
        } else {
            field = Map.<String, HasValidation>of("personnel", personnel, "public", publicAmount, "publicAmount", publicAmount,
                "project", project).get(v.field());
        }
        if (field == null) {
            elsewhere.setText(v.message());
            return;
        }
        field.setErrorMessage(v.message());
        field.setInvalid(true);
    }

    private void clearErrors() {
        elsewhere.setText("");
        document.clear();
        Stream.of(personnel, publicAmount, project).forEach(f -> f.setInvalid(false));
        rows.forEach(r -> {
            r.project().setInvalid(false);
            r.amount().setInvalid(false);
        });
    }
}
