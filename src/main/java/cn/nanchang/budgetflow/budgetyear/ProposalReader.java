package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budget.RoundRequests;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import java.util.Comparator;
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
record ProposalReader(RoundRequests requests, ClassificationCatalogue catalogue, ProjectLibrary projects,
        OrganizationService organization, ApprovedBudgetLines approved) {

    /** A request counts once 财务 accepted it; a 二上 request approved at 批复 still counts: it was accepted first. */
    private static final List<DocumentStatus> ACCEPTED = List.of(DocumentStatus.ACCEPTED, DocumentStatus.APPROVED);

    /**
     * Every line of every accepted request of the round, proposed as requested, in the order of the sections (then
     * request and line). Read as the round's lines with their names looked up once for all: reading each request
     * with its own lines, projects and drafter made the statements grow with the sections.
     */
    List<ConsolidationLine> requestLines(int fiscalYear, BudgetRound round) {
        List<RoundRequests.Line> accepted = requests.lines(fiscalYear, round, ACCEPTED);
        Map<String, ClassificationCode> functions = catalogue.index(Scheme.FUNCTION);
        Map<String, ClassificationCode> economics = catalogue.index(Scheme.ECONOMIC);
        Map<String, String> sections = sectionNames();
        Map<String, Integer> sectionOrder = new java.util.HashMap<>();
        sections.keySet().forEach(code -> sectionOrder.put(code, sectionOrder.size()));
        Map<Long, ApprovedProject> funded = projects.byIds(accepted.stream().map(RoundRequests.Line::projectId)
            .filter(Objects::nonNull).collect(Collectors.toSet()));
        return accepted.stream()
            .sorted(Comparator.comparingInt((RoundRequests.Line l) -> sectionOrder.getOrDefault(l.sectionCode(), -1))
                .thenComparingLong(RoundRequests.Line::requestId).thenComparingInt(RoundRequests.Line::lineNo))
            .map(l -> {
                ApprovedProject project = l.projectId() == null ? null : funded.get(l.projectId());
                return new ConsolidationLine(l.sectionCode(), sections.getOrDefault(l.sectionCode(), l.sectionCode()),
                    l.requestId(), l.requestNumber(), l.lineNo(), l.kind(), l.functionCode(), name(functions, l.functionCode()),
                    l.economicCode(), name(economics, l.economicCode()), l.projectId(), project == null ? null : project.projectCode(),
                    project == null ? null : project.name(), l.amount(), l.amount(), null);
            }).toList();
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

    /** The sections' names in the sections' order. */
    private Map<String, String> sectionNames() {
        return organization.sections().stream()
            .collect(Collectors.toMap(OrgUnit::getCode, OrgUnit::getName, (a, b) -> a, java.util.LinkedHashMap::new));
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
