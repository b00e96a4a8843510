package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.organization.OrganizationService;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns a stored application into {@link ProjectApplicationDetails}, with code names and category names. */
@Component
class ProjectDetailsReader {

    private final ClassificationCatalogue catalogue;
    private final OrganizationService organization;

    ProjectDetailsReader(ClassificationCatalogue catalogue, OrganizationService organization) {
        this.catalogue = catalogue;
        this.organization = organization;
    }

    ProjectApplicationDetails details(ProjectApplication a) {
        return details(a, catalogue.index(Scheme.FUNCTION), catalogue.index(Scheme.ECONOMIC), organization.displayName(a.getDrafter()));
    }

    /**
     * Several applications with one query for their drafters' names, not one per application; their
     * cost lines and indicators come in batches ({@code @BatchSize} on the collections).
     */
    List<ProjectApplicationDetails> details(List<ProjectApplication> applications) {
        Map<String, ClassificationCode> functions = catalogue.index(Scheme.FUNCTION);
        Map<String, ClassificationCode> economics = catalogue.index(Scheme.ECONOMIC);
        Map<String, String> names = organization.displayNames(
            applications.stream().map(ProjectApplication::getDrafter).distinct().toList());
        return applications.stream().map(a -> details(a, functions, economics, names.get(a.getDrafter()))).toList();
    }

    private ProjectApplicationDetails details(ProjectApplication a, Map<String, ClassificationCode> functions,
            Map<String, ClassificationCode> economics, String drafterName) {
        List<ProjectApplicationDetails.CostLine> lines = a.getCostLines().stream()
            .map(l -> new ProjectApplicationDetails.CostLine(l.getLineNo(), l.getFunctionCode(), name(functions, l.getFunctionCode()),
                l.getEconomicCode(), name(economics, l.getEconomicCode()), l.getAmount(), l.getNote()))
            .toList();
        List<ProjectApplicationDetails.Indicator> indicators = a.getIndicators().stream()
            .sorted(Comparator.comparingInt((PerformanceIndicator i) -> i.getCategory().root().getSortOrder())
                .thenComparingInt(i -> i.getCategory().getSortOrder())
                .thenComparingInt(PerformanceIndicator::getLineNo))
            .map(ProjectDetailsReader::indicator)
            .toList();
        return new ProjectApplicationDetails(a.getId(), a.getNumber(), a.getSection().getCode(), a.getSection().getName(),
            a.getFiscalYear(), a.getStatus(), a.getVersion(), a.getDrafter(), drafterName,
            a.getName(), a.getCategory(), a.getOverview(), a.getLegalBasis(), a.getImplementingBody(), a.getPeriodStart(),
            a.getPeriodEnd(), a.annualBudget(), a.getProjectCode(), a.getApprovedAt(), lines, indicators, a.getCreatedAt(),
            a.getUpdatedAt(), a.getPurpose());
    }

    private static ProjectApplicationDetails.Indicator indicator(PerformanceIndicator i) {
        IndicatorCategory leaf = i.getCategory();
        IndicatorCategory root = leaf.root();
        return new ProjectApplicationDetails.Indicator(i.getLineNo(), root.getCode(), root.getName(), leaf.getCode(),
            leaf.getName(), i.getName(), i.getDirection(), i.getTargetValue(), i.getUnit(), i.getWeight(), i.getNote());
    }

    private static String name(Map<String, ClassificationCode> index, String code) {
        ClassificationCode c = index.get(code);
        return c == null ? "" : c.getName();
    }
}
