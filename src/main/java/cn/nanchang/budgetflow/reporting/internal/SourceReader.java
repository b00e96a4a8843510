package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.procurement.ProcurementPlanDetails;
import cn.nanchang.budgetflow.procurement.ProcurementPlanService;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationService;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.reporting.internal.DisclosureSources.ProcuredItem;
import cn.nanchang.budgetflow.reporting.internal.DisclosureSources.ProjectText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads a year's approved data through the owning modules' services. Only APPROVED documents
 * count: a draft in review may still change. Items that need no procurement procedure (under
 * the limit and outside the catalogue) are not government procurement and are left out.
 */
@Component
public class SourceReader {

    /** DocumentQueries pages at most 500; a unit files a handful of plans a year. */
    private static final int MAX_PLANS = 500;

    private final ApprovedBudgetLines lines;
    private final ClassificationCatalogue catalogue;
    private final DocumentQueries documents;
    private final ProcurementPlanService plans;
    private final ProjectLibrary library;
    private final ProjectApplicationService applications;

    SourceReader(ApprovedBudgetLines lines, ClassificationCatalogue catalogue, DocumentQueries documents,
            ProcurementPlanService plans, ProjectLibrary library, ProjectApplicationService applications) {
        this.lines = lines;
        this.catalogue = catalogue;
        this.documents = documents;
        this.plans = plans;
        this.library = library;
        this.applications = applications;
    }

    public DisclosureSources read(int fiscalYear) {
        YearFigures now = figures(fiscalYear);
        return new DisclosureSources(now, figures(fiscalYear - 1), procurement(fiscalYear), projects(now));
    }

    /**
     * The same sources with other lines in place of the approved drafts' for the year: the adjusted
     * budget (调整后) from the ledger's quotas. The year before and the procurement stay as approved.
     */
    public DisclosureSources read(int fiscalYear, List<ApprovedBudgetLine> lines) {
        YearFigures now = new YearFigures(fiscalYear, lines, catalogue.index(Scheme.FUNCTION), catalogue.index(Scheme.ECONOMIC));
        return new DisclosureSources(now, figures(fiscalYear - 1), procurement(fiscalYear), projects(now));
    }

    /** Whether any budget draft of the year is approved, as far as the caller may see. */
    public boolean hasApprovedBudget(int fiscalYear) {
        return documents.count(new DocumentFilter(DocumentType.BUDGET_DRAFT, fiscalYear, null, DocumentStatus.APPROVED)) > 0;
    }

    public YearFigures figures(int fiscalYear) {
        return new YearFigures(fiscalYear, lines.ofYear(fiscalYear), catalogue.index(Scheme.FUNCTION),
            catalogue.index(Scheme.ECONOMIC));
    }

    private List<ProcuredItem> procurement(int fiscalYear) {
        List<ProcuredItem> items = new ArrayList<>();
        List<DocumentSummary> approved = documents.list(
            new DocumentFilter(DocumentType.PROCUREMENT_PLAN, fiscalYear, null, DocumentStatus.APPROVED), 0, MAX_PLANS);
        // all plans in a few queries, not one (and its items and lines) per plan
        for (ProcurementPlanDetails plan : plans.getAll(approved.stream().map(DocumentSummary::id).toList())) {
            plan.items().stream().filter(i -> !i.outsideGovernmentProcurement()).forEach(i -> items.add(
                new ProcuredItem(plan.number(), i.itemNo(), i.category(), i.name(), i.amount(), i.fundingLineId())));
        }
        return items;
    }

    /** The year's approved projects that approved lines fund, the largest first as published, with what the lines give them. */
    private List<ProjectText> projects(YearFigures now) {
        // summed in one pass over the lines, not once per project: 10,000 lines by 200 projects
        Map<Long, Money> byProject = new HashMap<>();
        now.lines().stream().filter(l -> l.projectId() != null)
            .forEach(l -> byProject.merge(l.projectId(), l.amount(), Money::plus));
        Map<Long, Money> budgets = new LinkedHashMap<>();
        for (ApprovedProject project : library.list(now.fiscalYear(), null)) {
            Money budgeted = byProject.getOrDefault(project.id(), Money.ZERO);
            if (budgeted.isPositive()) {
                budgets.put(project.id(), budgeted);
            }
        }
        List<ProjectText> texts = new ArrayList<>();
        // the funded applications together, not one by one: a year has hundreds
        for (ProjectApplicationDetails a : applications.getAll(budgets.keySet())) {
            Money budgeted = budgets.get(a.id());
            texts.add(new ProjectText(a.name(), a.purpose(), a.overview(), a.legalBasis(), a.implementingBody(), a.periodStart(),
                a.periodEnd(), budgeted, indicators(a), targets(a)));
        }
        texts.sort(java.util.Comparator.comparing(ProjectText::budgeted).reversed());
        return texts;
    }

    /** Indicator names by level-2 category; 满意度 has a single level, named by its level-1 category. */
    private static Map<String, List<String>> indicators(ProjectApplicationDetails a) {
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        for (ProjectApplicationDetails.Indicator i : a.indicators()) {
            String category = "SATISFACTION".equals(i.level1Code()) ? i.level1Name() : i.categoryName();
            byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(i.name());
        }
        return byCategory;
    }

    /** Each indicator with its levels and value: "≥95%", "≤361万元", or the described target of a 定性 one. */
    private static List<DisclosureSources.Target> targets(ProjectApplicationDetails a) {
        return a.indicators().stream().map(i -> new DisclosureSources.Target(i.level1Name(),
            "SATISFACTION".equals(i.level1Code()) ? i.level1Name() : i.categoryName(), i.name(),
            i.direction() == null || !i.direction().isQuantitative() ? nullToEmpty(i.targetValue())
                : i.direction().symbol() + nullToEmpty(i.targetValue()) + nullToEmpty(i.unit()))).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
