package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.budget.BudgetDraftDetails;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budget.YearRequests;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.organization.OrgUnit;
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
 * Reads what a consolidation is made of: the accepted requests of a round as lines proposed as
 * requested, a stored proposal's lines with the names of their codes and projects, and the tables
 * over them with last year's approved 三公 lines. A record: it only holds the services it reads with.
 */
@Component
record ProposalReader(YearRequests requests, ClassificationCatalogue catalogue, ProjectLibrary projects,
        OrganizationService organization, ApprovedBudgetLines approved) {

    /** Every line of every accepted request of the round, proposed as requested. */
    List<ConsolidationLine> requestLines(int fiscalYear, BudgetRound round) {
        List<ConsolidationLine> lines = new ArrayList<>();
        for (BudgetDraftDetails request : requests.accepted(fiscalYear, round)) {
            request.lines().forEach(l -> lines.add(new ConsolidationLine(request.sectionCode(), request.sectionName(),
                request.id(), request.number(), l.lineNo(), l.kind(), l.functionCode(), l.functionName(), l.economicCode(),
                l.economicName(), l.projectId(), l.projectCode(), l.projectName(), l.amount(), l.amount(), null)));
        }
        return lines;
    }

    UnitProposalDetails details(UnitProposal proposal) {
        Map<String, ClassificationCode> functions = catalogue.index(Scheme.FUNCTION);
        Map<String, ClassificationCode> economics = catalogue.index(Scheme.ECONOMIC);
        Map<String, String> sections = sectionNames();
        Map<Long, ApprovedProject> funded = projects.byIds(proposal.getLines().stream().map(ProposalLine::getProjectId)
            .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<ConsolidationLine> lines = proposal.getLines().stream().map(l -> {
            ApprovedProject project = l.getProjectId() == null ? null : funded.get(l.getProjectId());
            return new ConsolidationLine(l.getSectionCode(), sections.getOrDefault(l.getSectionCode(), l.getSectionCode()),
                l.getSourceDraftId(), l.getSourceDraftNumber(), l.getSourceLineNo(), l.getKind(), l.getFunctionCode(),
                name(functions, l.getFunctionCode()), l.getEconomicCode(), name(economics, l.getEconomicCode()),
                l.getProjectId(), project == null ? null : project.projectCode(), project == null ? null : project.name(),
                l.getRequestedAmount(), l.getProposedAmount(), l.getCutReason());
        }).toList();
        return new UnitProposalDetails(proposal.getId(), proposal.getNumber(), proposal.getSection().getCode(),
            proposal.getSection().getName(), proposal.getFiscalYear(), proposal.round(), proposal.getStatus(),
            proposal.getVersion(), proposal.getDrafter(), organization.displayName(proposal.getDrafter()),
            consolidation(proposal.getFiscalYear(), proposal.round(), lines, functions, economics, sections),
            proposal.getCreatedAt(), proposal.getUpdatedAt());
    }

    /** The tables over these lines of the year's round, with last year's approved 三公 lines. */
    Consolidation consolidation(int fiscalYear, BudgetRound round, List<ConsolidationLine> lines) {
        return consolidation(fiscalYear, round, lines, catalogue.index(Scheme.FUNCTION), catalogue.index(Scheme.ECONOMIC),
            sectionNames());
    }

    private Consolidation consolidation(int fiscalYear, BudgetRound round, List<ConsolidationLine> lines,
            Map<String, ClassificationCode> functions, Map<String, ClassificationCode> economics,
            Map<String, String> sections) {
        List<ApprovedBudgetLine> lastYearsBudget = approved.ofYear(fiscalYear - 1);
        List<ConsolidationTables.LastYear> lastYear = lastYearsBudget.isEmpty() ? null : lastYearsBudget.stream()
            .filter(l -> ConsolidationTables.THREE_PUBLIC.contains(l.economicCode()))
            .map(l -> new ConsolidationTables.LastYear(l.sectionCode(), l.economicCode(), l.amount()))
            .toList();
        return ConsolidationTables.build(fiscalYear, round, lines, lastYear, new ConsolidationTables.Labels() {
            @Override
            public String functionClass(String code) {
                return classLabel(code, functions);
            }

            @Override
            public String economicClass(String code) {
                return classLabel(code, economics);
            }

            @Override
            public String economicName(String code) {
                return name(economics, code);
            }

            @Override
            public String sectionName(String code) {
                return sections.getOrDefault(code, code);
            }
        });
    }

    private Map<String, String> sectionNames() {
        return organization.sections().stream().collect(Collectors.toMap(OrgUnit::getCode, OrgUnit::getName));
    }

    private static String classLabel(String code, Map<String, ClassificationCode> index) {
        ClassificationCode top = ClassificationCatalogue.classOf(code, index);
        return top == null ? code : top.label();
    }

    private static String name(Map<String, ClassificationCode> index, String code) {
        ClassificationCode c = index.get(code);
        return c == null ? "" : c.getName();
    }
}
