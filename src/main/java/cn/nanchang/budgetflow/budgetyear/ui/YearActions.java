package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.ui.ReasonDialog;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budgetyear.BudgetYearDetails;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.budgetyear.ExcuseInput;
import cn.nanchang.budgetflow.budgetyear.SectionRequestState;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.workflow.YearStage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The steps the signed-in person may take on the year at its current stage, and only those: 科员
 * drafts the section's request in a request round; 财务 proceeds without a late section,
 * consolidates into the unit's proposal and splits the ceilings; the director decides on the
 * split; the bureau records the ceilings and the 批复. The service checks each step again.
 */
final class YearActions {

    /** Where 财务 consolidates the round's requests into the unit's proposal (the proposal's editor). */
    static final String PROPOSAL_EDITOR = DocumentType.UNIT_PROPOSAL.routePrefix() + "/new";
    /** The budget draft editor, which takes the year and the request a 二上 request starts from. */
    static final String DRAFT_EDITOR = DocumentType.BUDGET_DRAFT.routePrefix() + "/new";

    private static final Set<YearStage> REQUESTS = Set.of(YearStage.ONE_UP_REQUESTS, YearStage.TWO_UP_REQUESTS);
    private static final Set<YearStage> PROPOSALS = Set.of(YearStage.ONE_UP_PROPOSAL, YearStage.TWO_UP_PROPOSAL);

    private final BudgetYears years;
    private final ProjectLibrary library;
    private final Runnable reload;

    YearActions(BudgetYears years, ProjectLibrary library, Runnable reload) {
        this.years = years;
        this.library = library;
        this.reload = reload;
    }

    /** @param names a user's display name by username, for the split shown with the director's decision */
    HorizontalLayout bar(BudgetYearDetails d, Role role, UnaryOperator<String> names) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("year-action-bar");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        YearStage stage = d.stage();
        switch (role) {
            case STAFF -> staff(d, bar);
            case FINANCE -> {
                if (PROPOSALS.contains(stage)) {
                    bar.add(button("year-consolidate", "years.action.consolidate", () -> UI.getCurrent().navigate(PROPOSAL_EDITOR,
                        QueryParameters.simple(Map.of("fiscalYear", String.valueOf(d.fiscalYear()))))));
                }
                if (stage == YearStage.SPLIT) {
                    bar.add(button("year-split-open", "years.action.split", () -> new SplitDialog(years, d, reload).open()));
                }
            }
            case DIRECTOR -> {
                if (stage == YearStage.SPLIT_APPROVAL && d.split() != null) {
                    bar.add(button("year-split-decide", "years.action.decideSplit",
                        () -> new SplitDecisionDialog(years, d, names, reload).open()));
                }
            }
            case BUREAU -> {
                if (stage == YearStage.CEILINGS) {
                    bar.add(button("year-ceilings-open", "years.action.ceilings",
                        () -> new CeilingsDialog(years, d.fiscalYear(), library.list(d.fiscalYear(), null), reload).open()));
                }
                if (stage == YearStage.APPROVAL) {
                    bar.add(button("year-approval-open", "years.action.approval",
                        () -> new ApprovalDialog(years, d.fiscalYear(), years.approvalLines(d.fiscalYear()), reload).open()));
                }
            }
            default -> { }
        }
        if (bar.getComponentCount() == 0) {
            Span none = new Span(bar.getTranslation("years.action.none"));
            none.setId("year-no-action");
            bar.add(none);
        }
        Anchor comparison = new Anchor("budget-years/" + d.fiscalYear() + "/comparison", bar.getTranslation("years.comparison.link"));
        comparison.setId("year-comparison-link");
        bar.add(comparison);
        return bar;
    }

    /**
     * The section's own request of the round: a new one while there is none, or a link to it; in
     * 二上 a new one may start from the section's 一上 request, the latest one it has before then.
     */
    private void staff(BudgetYearDetails d, HorizontalLayout bar) {
        if (!REQUESTS.contains(d.stage())) {
            return;
        }
        SectionRequestState own = d.sections().isEmpty() ? null : d.sections().get(0);
        if (own != null && own.excused()) {
            return;
        }
        boolean hasCurrent = own != null && own.requestId() != null && own.round() == d.round();
        if (hasCurrent) {
            Anchor open = new Anchor(DocumentType.BUDGET_DRAFT.routePrefix() + "/" + own.requestId(),
                bar.getTranslation("years.action.openRequest", own.requestNumber()));
            open.setId("year-open-request");
            bar.add(open);
            return;
        }
        String year = String.valueOf(d.fiscalYear());
        bar.add(button("year-draft-request", "years.action.draftRequest",
            () -> UI.getCurrent().navigate(DRAFT_EDITOR, QueryParameters.simple(Map.of("year", year)))));
        if (d.round() == BudgetRound.TWO_UP && own != null && own.requestId() != null) {
            String basedOn = String.valueOf(own.requestId());
            bar.add(button("year-draft-from-one-up", "years.action.draftFromOneUp",
                () -> UI.getCurrent().navigate(DRAFT_EDITOR, QueryParameters.simple(Map.of("year", year, "basedOn", basedOn)))));
        }
    }

    /** The row action of the sections grid: 财务 proceeds without a section whose request is late. */
    Component excuse(BudgetYearDetails d, Role role, SectionRequestState s) {
        if (role != Role.FINANCE || !REQUESTS.contains(d.stage()) || !s.overdue() || s.excused()) {
            return new Span();
        }
        Button excuse = new Button(UI.getCurrent().getTranslation("years.action.excuse"), e -> new ReasonDialog(
            UI.getCurrent().getTranslation("years.excuse.title", s.sectionName()), "years.excuse.reason", "excuse",
            reason -> years.excuse(d.fiscalYear(), s.sectionCode(), new ExcuseInput(reason)), "years.excuse.done", reload).open());
        excuse.setId("excuse-" + s.sectionCode());
        excuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return excuse;
    }

    private static Button button(String id, String labelKey, Runnable action) {
        Button button = new Button(UI.getCurrent().getTranslation(labelKey), e -> YearAction.attempt(action));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
