package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.workflow.ProcessHistory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Builds what a page or the API shows of an adjustment, naming codes and projects. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class BudgetAdjustmentReader {

    private final ClassificationCatalogue catalogue;
    private final ProjectLibrary projects;
    private final OrganizationService organization;
    private final ProcessHistory history;

    BudgetAdjustmentReader(ClassificationCatalogue catalogue, ProjectLibrary projects, OrganizationService organization,
            ProcessHistory history) {
        this.catalogue = catalogue;
        this.projects = projects;
        this.organization = organization;
        this.history = history;
    }

    BudgetAdjustmentDetails details(BudgetAdjustment a) {
        Map<String, ClassificationCode> functions = catalogue.index(Scheme.FUNCTION);
        Map<String, ClassificationCode> economic = catalogue.index(Scheme.ECONOMIC);
        List<ValidRow> valid = a.validRows();
        Map<Long, ApprovedProject> named = projects.byIds(
            valid.stream().map(ValidRow::projectId).filter(Objects::nonNull).distinct().toList());
        List<BudgetAdjustmentDetails.Row> rows = a.getRows().stream().map(row -> {
            ValidRow r = row.toValid();
            ApprovedProject p = r.projectId() == null ? null : named.get(r.projectId());
            return new BudgetAdjustmentDetails.Row(row.getRowNo(), r.direction(), r.indicatorId(), r.kind(),
                r.functionCode(), name(functions, r.functionCode()), r.economicCode(), name(economic, r.economicCode()),
                r.projectId(), p == null ? null : p.projectCode(), p == null ? null : p.name(), r.amount());
        }).toList();
        var routing = a.getId() == null ? java.util.Optional.<ProcessHistory.RoutingOutcome>empty() : history.routingOf(a.getId());
        return new BudgetAdjustmentDetails(a.getId(), a.getNumber(), a.getSection().getCode(), a.getSection().getName(),
            a.getFiscalYear(), a.getStatus(), a.getVersion(), a.getDrafter(), organization.displayName(a.getDrafter()),
            a.getAdjustmentKind(), a.scope(), a.getReason(), a.getBasis(), a.getPerformanceChange(), a.getFundingSource(),
            rows, BudgetAdjustment.sum(valid, Direction.DECREASE), BudgetAdjustment.sum(valid, Direction.INCREASE),
            routing.map(ProcessHistory.RoutingOutcome::reason).orElse(null),
            routing.map(ProcessHistory.RoutingOutcome::financeBureauApproval).orElse(false), a.getCreatedAt(), a.getUpdatedAt());
    }

    private static String name(Map<String, ClassificationCode> index, String code) {
        ClassificationCode found = index.get(code);
        return found == null ? "" : found.getName();
    }
}
