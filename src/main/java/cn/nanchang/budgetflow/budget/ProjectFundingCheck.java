package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.FieldViolation;
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
 * section and the draft's year, and all lines funding one project, in every draft of that
 * section and year, may not together exceed the project's annual budget.
 */
@Component
class ProjectFundingCheck {

    private final ProjectLibrary library;
    private final BudgetDraftRepository drafts;

    ProjectFundingCheck(ProjectLibrary library, BudgetDraftRepository drafts) {
        this.library = library;
        this.drafts = drafts;
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
                problems.add(new FieldViolation(field, "项目库中没有该项目（" + line.projectId() + "）：须选择本科室已批复的项目"));
            } else if (!project.get().sectionCode().equals(scope.sectionCode()) || project.get().fiscalYear() != fiscalYear) {
                problems.add(new FieldViolation(field, "须选择本科室" + fiscalYear + "年度的项目；“" + project.get().name()
                    + "”属于" + project.get().sectionName() + project.get().fiscalYear() + "年度"));
            } else {
                projects.put(line.projectId(), project.get());
                funded.merge(line.projectId(), line.amount(), Money::plus);
                lastLine.put(line.projectId(), index);
            }
        });
        long draftId = scope.draftId() == null ? -1L : scope.draftId();
        funded.forEach((projectId, here) -> {
            ApprovedProject project = projects.get(projectId);
            Money elsewhere = new Money(drafts.fundedByOtherDrafts(projectId, draftId));
            if (elsewhere.plus(here).compareTo(project.annualBudget()) > 0) {
                problems.add(new FieldViolation("lines[" + lastLine.get(projectId) + "].projectId",
                    "项目“" + project.name() + "”年度预算" + project.annualBudget().formatYuan() + "元，本草案安排"
                        + here.formatYuan() + "元，其他草案已安排" + elsewhere.formatYuan() + "元，合计超出项目年度预算"));
            }
        });
    }
}
