package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budget.RoundRequests;
import cn.nanchang.budgetflow.budgetyear.ComparisonBuilder.DocumentRef;
import cn.nanchang.budgetflow.budgetyear.ComparisonBuilder.ProjectInfo;
import cn.nanchang.budgetflow.budgetyear.ComparisonBuilder.RequestInfo;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import cn.nanchang.budgetflow.workflow.YearStage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads a budget year for one reader, as far as they may see it ({@link Sight}): its calendar,
 * the bureau's documents, the ceilings and their split, each section's request and the versions'
 * totals; and the comparison of the versions. Called by {@link BudgetYears} inside its transaction.
 */
@Component
class BudgetYearReader {

    /** The disclosure is due 20 days after 批复 (实施条例 Art. 6). */
    static final int PUBLISH_DAYS = 20;

    private final BudgetFigureRepository figures;
    private final SectionExcuseRepository excuses;
    private final BudgetYearProcess process;
    private final RoundRequests requests;
    private final OrganizationService organization;
    private final ProjectLibrary projects;
    private final ClassificationCatalogue catalogue;
    private final DocumentQueries documents;
    private final UnitProposalRepository proposals;
    private final Indicators indicators;
    private final Messages messages;
    private final Clock clock;

    BudgetYearReader(BudgetFigureRepository figures, SectionExcuseRepository excuses, BudgetYearProcess process,
            RoundRequests requests, OrganizationService organization, ProjectLibrary projects, ClassificationCatalogue catalogue,
            DocumentQueries documents, UnitProposalRepository proposals, Indicators indicators, Messages messages,
            Clock clock) {
        this.figures = figures;
        this.excuses = excuses;
        this.process = process;
        this.requests = requests;
        this.organization = organization;
        this.projects = projects;
        this.catalogue = catalogue;
        this.documents = documents;
        this.proposals = proposals;
        this.indicators = indicators;
        this.messages = messages;
        this.clock = clock;
    }

    Versions versions(BudgetYear year) {
        return Versions.of(figures.findByBudgetYearIdOrderByIdAsc(year.getId()));
    }

    BudgetYearSummary summary(BudgetYear year) {
        return new BudgetYearSummary(year.getFiscalYear(), year.getRound(), process.stage(year.getFiscalYear()).orElse(null),
            year.getOneUpDeadline(), year.getTwoUpDeadline(), year.getOpenedBy(), organization.displayName(year.getOpenedBy()),
            year.getOpenedAt());
    }

    BudgetYearDetails details(BudgetYear year, Actor actor) {
        Sight sight = Sight.of(actor);
        YearStage stage = process.stage(year.getFiscalYear()).orElse(null);
        Versions versions = versions(year);
        Map<BudgetRound, LocalDate> deadlines = new EnumMap<>(BudgetRound.class);
        deadlines.put(BudgetRound.ONE_UP, year.getOneUpDeadline());
        deadlines.put(BudgetRound.TWO_UP, year.getTwoUpDeadline());
        Map<Long, ApprovedProject> ceilingProjects = projects.byIds(versions.projectCeilings().keySet());
        List<UnitCeilings.ProjectCeiling> projectCeilings = versions.projectCeilings().entrySet().stream()
            .map(e -> projectCeiling(e.getKey(), e.getValue(), ceilingProjects.get(e.getKey()))).toList();
        UnitCeilings unitCeilings = versions.has(VersionKind.CEILINGS) && sight.showsUnit()
            ? new UnitCeilings(versions.ceilings(), projectCeilings) : null;
        return new BudgetYearDetails(year.getFiscalYear(), year.getRound(), stage, deadlines, year.getInstructions(),
            year.getOpenedBy(), organization.displayName(year.getOpenedBy()), year.getOpenedAt(),
            year.getCeilingsRef() == null ? null : new BudgetYearDetails.BureauDocument(year.getCeilingsRef(), year.getCeilingsDate()),
            year.getApprovalRef() == null ? null : new BudgetYearDetails.BureauDocument(year.getApprovalRef(), year.getApprovalDate()),
            year.getApprovalDate() == null ? null : year.getApprovalDate().plusDays(PUBLISH_DAYS), unitCeilings,
            split(year, versions, sight, projectCeilings), sections(year, stage, sight), versions.totals(sight));
    }

    private static UnitCeilings.ProjectCeiling projectCeiling(long projectId, Money amount, ApprovedProject project) {
        return new UnitCeilings.ProjectCeiling(projectId, project == null ? null : project.projectCode(),
            project == null ? null : project.name(), project == null ? null : project.sectionCode(), amount);
    }

    private SplitState split(BudgetYear year, Versions versions, Sight sight, List<UnitCeilings.ProjectCeiling> projectCeilings) {
        if (!versions.has(VersionKind.SPLIT)) {
            return null;
        }
        Map<String, Map<ExpenditureKind, Money>> split = versions.split();
        Map<String, String> names = sectionNames();
        List<SplitState.SectionCeilings> sections = new ArrayList<>();
        split.forEach((code, byKind) -> {
            if (sight.showsSection(code)) {
                sections.add(new SplitState.SectionCeilings(code, names.getOrDefault(code, code), byKind,
                    projectCeilings.stream().filter(p -> code.equals(p.sectionCode())).toList()));
            }
        });
        Map<ExpenditureKind, Money> unallocated = sight.showsUnit() ? new EnumMap<>(versions.ceilings()) : null;
        if (unallocated != null) {
            split.values().forEach(byKind -> byKind.forEach((kind, amount) -> unallocated.merge(kind, amount, Money::minus)));
        }
        BudgetFigure recorded = versions.first(VersionKind.SPLIT).orElseThrow();
        boolean approved = year.getSplitApprovedAt() != null && !year.getSplitApprovedAt().isBefore(recorded.getRecordedAt());
        return new SplitState(sections, unallocated, recorded.getRecordedBy(), recorded.getRecordedAt(), approved,
            approved ? year.getSplitApprovedBy() : null, approved ? year.getSplitApprovedAt() : null);
    }

    /** Each section the reader may see, with its latest request of the year and where it stands in the current request round. */
    private List<SectionRequestState> sections(BudgetYear year, YearStage stage, Sight sight) {
        BudgetRound round = requestRound(year.getRound());
        boolean collecting = stage == (round == BudgetRound.ONE_UP ? YearStage.ONE_UP_REQUESTS : YearStage.TWO_UP_REQUESTS);
        Set<String> waiting = collecting ? process.sectionsWaiting(year.getFiscalYear()) : Set.of();
        boolean pastDeadline = LocalDate.now(clock).isAfter(year.deadline(round));
        Map<String, RoundRequests.Request> latest = new LinkedHashMap<>();
        requests.ofYear(year.getFiscalYear()).forEach(r -> latest.put(r.sectionCode(), r));
        Map<String, SectionExcuse> excused = new LinkedHashMap<>();
        excuses.findByBudgetYearIdOrderByIdAsc(year.getId()).stream().filter(e -> e.getRound() == round)
            .forEach(e -> excused.put(e.getSectionCode(), e));
        List<SectionRequestState> states = new ArrayList<>();
        for (OrgUnit section : organization.sections()) {
            String code = section.getCode();
            if (!sight.showsSection(code)) {
                continue;
            }
            RoundRequests.Request request = latest.get(code);
            SectionExcuse excuse = excused.get(code);
            if (!section.isActive() && request == null && excuse == null) {
                continue;
            }
            states.add(new SectionRequestState(code, section.getName(), request == null ? round : request.round(),
                request == null ? null : request.id(), request == null ? null : request.number(),
                request == null ? null : request.status(), pastDeadline && waiting.contains(code), excuse != null,
                excuse == null ? null : excuse.getReason()));
        }
        return states;
    }

    /** The request round the year is in or last was in: 一上 until the split is approved, then 二上. */
    static BudgetRound requestRound(BudgetRound round) {
        return round == BudgetRound.ONE_UP || round == BudgetRound.CEILINGS ? BudgetRound.ONE_UP : BudgetRound.TWO_UP;
    }

    Comparison comparison(BudgetYear year, Actor actor) {
        Versions versions = versions(year).withAdjusted(adjusted(year));
        Set<Long> projectIds = new HashSet<>();
        versions.present().forEach(v -> versions.figures(v).stream().map(BudgetFigure::getProjectId).filter(Objects::nonNull)
            .forEach(projectIds::add));
        Map<Long, ProjectInfo> projectInfo = new TreeMap<>();
        projects.byIds(projectIds).forEach((id, p) -> projectInfo.put(id, new ProjectInfo(p.projectCode(), p.name(), p.sectionCode())));
        List<RoundRequests.Request> ofYear = requests.ofYear(year.getFiscalYear());
        // the drafters' names in one query: one per request made the comparison's statements grow with the sections
        Map<String, String> drafters = organization.displayNames(ofYear.stream().map(RoundRequests.Request::drafter)
            .collect(Collectors.toSet()));
        Map<Long, RequestInfo> requestInfo = new LinkedHashMap<>();
        ofYear.forEach(r -> requestInfo.put(r.id(), new RequestInfo(r.number(), drafters.get(r.drafter()), r.updatedAt())));
        Map<ExpenditureKind, String> kindLabels = new EnumMap<>(ExpenditureKind.class);
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            kindLabels.put(kind, messages.get(kind.labelKey()));
        }
        var context = new ComparisonBuilder.Context(year.getFiscalYear(), sectionNames(), codeNames(Scheme.FUNCTION),
            codeNames(Scheme.ECONOMIC), projectInfo, requestInfo, proposals(year.getFiscalYear()), year.getCeilingsRef(),
            year.getApprovalRef(), year.getSplitApprovedBy() == null ? null : organization.displayName(year.getSplitApprovedBy()),
            year.getSplitApprovedAt(), kindLabels);
        return ComparisonBuilder.build(versions, context, Sight.of(actor));
    }

    /**
     * 调整后: the ledger's quotas of the year by line, as figures of the comparison only (never
     * saved). The comparison's {@link Sight} decides who sees which, as for every other version.
     */
    private List<BudgetFigure> adjusted(BudgetYear year) {
        return indicators.ofYear(year.getFiscalYear()).stream().map(i -> new BudgetFigure(year.getId(), VersionKind.ADJUSTED,
            i.sectionCode(), i.kind(), i.functionCode(), i.economicCode(), i.projectId(), i.quota(), null, null, null, null,
            null)).toList();
    }

    /**
     * The unit's approved proposals of the year as far as the reader sees them (the document list
     * decides who may), each under the version of its own round.
     */
    private Map<VersionKind, DocumentRef> proposals(int fiscalYear) {
        Map<VersionKind, DocumentRef> refs = new EnumMap<>(VersionKind.class);
        documents.list(new DocumentFilter(DocumentType.UNIT_PROPOSAL, fiscalYear, null, DocumentStatus.APPROVED), 0, 10)
            .forEach(approved -> proposals.findById(approved.id()).ifPresent(proposal -> refs.put(
                VersionKind.valueOf(proposal.round().name()), new DocumentRef(approved.id(), approved.number()))));
        return refs;
    }

    Map<String, String> sectionNames() {
        return organization.sections().stream()
            .collect(Collectors.toMap(OrgUnit::getCode, OrgUnit::getName, (a, b) -> a, LinkedHashMap::new));
    }

    /** The sections in use, which a new year expects requests from and the split divides among. */
    Collection<String> sectionCodes() {
        return organization.activeSections().stream().map(OrgUnit::getCode).toList();
    }

    Map<String, String> codeNames(Scheme scheme) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, ClassificationCode> e : catalogue.index(scheme).entrySet()) {
            names.put(e.getKey(), e.getValue().getName());
        }
        return names;
    }
}
