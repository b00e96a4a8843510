package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 项目支出 lines against the project library: each must fund an approved project of the drafting
 * section and the draft's year, and all lines funding one project, in every current draft of
 * that section and year, may not together exceed the project's annual budget.
 */
@Component
class ProjectFundingCheck {

    private final ProjectLibrary library;
    private final BudgetDraftRepository drafts;
    private final Messages messages;

    ProjectFundingCheck(ProjectLibrary library, BudgetDraftRepository drafts, Messages messages) {
        this.library = library;
        this.drafts = drafts;
        this.messages = messages;
    }

    /** Adds a violation at lines[i].projectId for each line that funds a wrong project or overspends one. */
    void check(Map<Integer, ValidLine> lines, int fiscalYear, FundingScope scope, List<FieldViolation> problems) {
        Map<Long, ApprovedProject> projects = new LinkedHashMap<>();
        Map<Long, Money> funded = new LinkedHashMap<>();
        Map<Long, Integer> lastLine = new LinkedHashMap<>();
        lines.forEach((index, line) -> {
            if (line.projectId() == null) {
                return;
            }
            String field = "lines[" + index + "].projectId";
            Optional<ApprovedProject> project = library.find(line.projectId());
            if (project.isEmpty()) {
                problems.add(new FieldViolation(field,
                    messages.get("doctype.budget.projectUnknown", String.valueOf(line.projectId()))));
            } else if (!project.get().sectionCode().equals(scope.sectionCode()) || project.get().fiscalYear() != fiscalYear) {
                problems.add(new FieldViolation(field, messages.get("doctype.budget.projectElsewhere", String.valueOf(fiscalYear),
                    project.get().name(), project.get().sectionName(), String.valueOf(project.get().fiscalYear()))));
            } else {
                projects.put(line.projectId(), project.get());
                funded.merge(line.projectId(), line.amount(), Money::plus);
                lastLine.put(line.projectId(), index);
            }
        });
        long draftId = scope.draftId() == null ? -1L : scope.draftId();
        funded.forEach((projectId, here) -> {
            ApprovedProject project = projects.get(projectId);
            Money elsewhere = new Money(drafts.fundedByOtherDrafts(projectId, draftId, scope.round() == BudgetRound.TWO_UP));
            if (elsewhere.plus(here).compareTo(project.annualBudget()) > 0) {
                problems.add(new FieldViolation("lines[" + lastLine.get(projectId) + "].projectId",
                    messages.get("doctype.budget.projectOverspent", project.name(), project.annualBudget().formatYuan(),
                        here.formatYuan(), elsewhere.formatYuan())));
            }
        });
    }
}
