package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.base.ui.BrowserDraft;
import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationInput;
import cn.nanchang.budgetflow.project.ProjectCategory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Objects;

/** The application's header: year, name, category, implementing body, period, annual budget, overview and legal basis. */
class ProjectHeaderForm extends FormLayout {

    final IntegerField year = new IntegerField();
    final TextField name = new TextField();
    final Select<ProjectCategory> category = new Select<>();
    final TextField implementingBody = new TextField();
    final TextField periodStart = new TextField();
    final TextField periodEnd = new TextField();
    final AmountField annualBudget = new AmountField(null);
    final TextField purpose = new TextField();
    final TextArea overview = new TextArea();
    final TextArea legalBasis = new TextArea();
    private final Map<String, HasValidation> byField;

    ProjectHeaderForm(int defaultYear, Runnable onBudgetChange) {
        setId("project-header");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("50em", 4));
        setup(year, "project-year", "draft.year");
        year.setStepButtonsVisible(true);
        year.setValue(defaultYear);
        setup(name, "project-name", "project.name");
        name.setMaxLength(100);
        setup(category, "project-category", "project.category");
        category.setItems(ProjectCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        setup(implementingBody, "project-body", "project.implementingBody");
        implementingBody.setMaxLength(100);
        implementingBody.setValue(getTranslation("app.unit"));
        for (TextField month : new TextField[] {periodStart, periodEnd}) {
            month.setPlaceholder("YYYY-MM");
            month.setAllowedCharPattern("[0-9-]");
            month.setMaxLength(7);
        }
        setup(periodStart, "project-period-start", "project.periodStart");
        setup(periodEnd, "project-period-end", "project.periodEnd");
        periodStart.setValue(defaultYear + "-01");
        periodEnd.setValue(defaultYear + "-12");
        year.addValueChangeListener(e -> followYear(e.getOldValue(), e.getValue()));
        setup(annualBudget, "project-budget", "project.annualBudget");
        annualBudget.addValueChangeListener(e -> onBudgetChange.run());
        setup(purpose, "project-purpose", "project.purpose");
        purpose.setMaxLength(200);
        purpose.setHelperText(getTranslation("project.purposeHelp"));
        setColspan(purpose, 4);
        setup(overview, "project-overview", "project.overview");
        setup(legalBasis, "project-basis", "project.legalBasis");
        for (TextArea text : new TextArea[] {overview, legalBasis}) {
            text.setMaxLength(2000);
            setColspan(text, 4);
        }
        setColspan(name, 2);
        setColspan(implementingBody, 2);
        add(year, name, category, periodStart, periodEnd, annualBudget, implementingBody, purpose, overview, legalBasis);
        byField = Map.of("purpose", purpose, "fiscalYear", year, "name", name, "category", category, "implementingBody", implementingBody,
            "periodStart", periodStart, "periodEnd", periodEnd, "annualBudget", annualBudget, "overview", overview,
            "legalBasis", legalBasis);
    }

    private <C extends Component & HasLabel> void setup(C field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    /** A period still at the whole of the old year moves with the year; one the user typed stays. */
    private void followYear(Integer before, Integer after) {
        if (before == null || after == null) {
            return;
        }
        if (periodStart.getValue().equals(before + "-01") && periodEnd.getValue().equals(before + "-12")) {
            periodStart.setValue(after + "-01");
            periodEnd.setValue(after + "-12");
        }
    }

    /** Puts back the header as it was typed (an autosaved one); the year only while the application is new. */
    void restore(ProjectApplicationInput a) {
        if (!year.isReadOnly() && a.fiscalYear() != null) {
            year.setValue(a.fiscalYear());
        }
        name.setValue(Objects.toString(a.name(), ""));
        category.setValue(BrowserDraft.constant(ProjectCategory.class, a.category()));
        implementingBody.setValue(Objects.toString(a.implementingBody(), ""));
        periodStart.setValue(Objects.toString(a.periodStart(), ""));
        periodEnd.setValue(Objects.toString(a.periodEnd(), ""));
        annualBudget.setValue(Objects.toString(a.annualBudget(), ""));
        purpose.setValue(Objects.toString(a.purpose(), ""));
        overview.setValue(Objects.toString(a.overview(), ""));
        legalBasis.setValue(Objects.toString(a.legalBasis(), ""));
    }

    void fill(ProjectApplicationDetails a) {
        year.setValue(a.fiscalYear());
        year.setReadOnly(true);
        name.setValue(a.name());
        category.setValue(a.category());
        implementingBody.setValue(a.implementingBody());
        periodStart.setValue(a.periodStart().toString());
        periodEnd.setValue(a.periodEnd().toString());
        annualBudget.setValue(a.annualBudget().toString());
        purpose.setValue(a.purpose() == null ? "" : a.purpose());
        overview.setValue(a.overview());
        legalBasis.setValue(a.legalBasis());
    }

    /** Marks the header field a violation names; false if it names none of them. */
    boolean show(FieldViolation v) {
        HasValidation field = byField.get(v.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(v.message());
        field.setInvalid(true);
        return true;
    }

    void clearErrors() {
        byField.values().forEach(f -> f.setInvalid(false));
    }
}
