package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns a stored draft into {@link BudgetDraftDetails}, with code names, funded projects and
 * totals. A record: it only holds the services it reads with.
 */
@Component
record BudgetDraftReader(ClassificationCatalogue catalogue, OrganizationService organization, ProjectLibrary projects) {

    BudgetDraftDetails details(BudgetDraft draft) {
        Map<String, ClassificationCode> functions = catalogue.index(Scheme.FUNCTION);
        Map<String, ClassificationCode> economics = catalogue.index(Scheme.ECONOMIC);
        Map<Long, ApprovedProject> funded = projects.byIds(draft.getLines().stream().map(BudgetLine::getProjectId)
            .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<ValidLine> valid = new ArrayList<>();
        List<BudgetDraftDetails.Line> lines = new ArrayList<>();
        for (BudgetLine l : draft.getLines()) {
            valid.add(new ValidLine(l.getFunctionCode(), l.getEconomicCode(), l.getKind(), l.getAmount(), l.getNote(),
                l.getProjectId()));
            ApprovedProject project = l.getProjectId() == null ? null : funded.get(l.getProjectId());
            lines.add(new BudgetDraftDetails.Line(l.getLineNo(), l.getFunctionCode(), name(functions, l.getFunctionCode()),
                l.getEconomicCode(), name(economics, l.getEconomicCode()), l.getKind(), l.getAmount(), l.getNote(),
                l.getProjectId(), project == null ? null : project.projectCode(), project == null ? null : project.name(),
                l.approved().orElse(null)));
        }
        return new BudgetDraftDetails(draft.getId(), draft.getNumber(), draft.getSection().getCode(),
            draft.getSection().getName(), draft.getFiscalYear(), draft.getStatus(), draft.getVersion(), draft.getDrafter(),
            organization.displayName(draft.getDrafter()), lines, BudgetTotals.of(valid, functions, economics),
            draft.getCreatedAt(), draft.getUpdatedAt(), draft.round().orElse(null));
    }

    private static String name(Map<String, ClassificationCode> index, String code) {
        ClassificationCode c = index.get(code);
        return c == null ? "" : c.getName();
    }
}
