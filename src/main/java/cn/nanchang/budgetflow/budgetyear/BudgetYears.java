package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budget.RoundRequests;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.ledger.LedgerMoves;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import cn.nanchang.budgetflow.workflow.YearStage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget year's steps and readings, the security and transaction boundary of the module:
 * 财务 opens a year, excuses a section and splits the ceilings; the bureau records the ceilings
 * and the 批复; the director decides on the split; everyone but the administrator reads, each as
 * far as they may (see {@link BudgetYearDetails}). Each step answers 404 for a year not opened,
 * 409 when the year's process is not at that step, 400 naming the field for bad input (nothing
 * stored), and is audited with the values before and after.
 */
@Service
@Transactional
public class BudgetYears {

    /** The bureau must 批复 within 15 days of passing the unit's 二上 proposal (预算法 Art. 52). */
    public static final int APPROVAL_DAYS = 15;

    private final BudgetYearRepository years;
    private final BudgetFigureRepository figures;
    private final SectionExcuseRepository excuses;
    private final BudgetYearReader reader;
    private final BudgetYearProcess process;
    private final RoundRequests requests;
    private final OrganizationService organization;
    private final ProjectLibrary projects;
    private final YearAudit audit;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final Clock clock;
    private final Money maxAmount;
    private final LedgerMoves ledger;

    BudgetYears(BudgetYearRepository years, BudgetFigureRepository figures, SectionExcuseRepository excuses,
            BudgetYearReader reader, BudgetYearProcess process, RoundRequests requests, OrganizationService organization,
            ProjectLibrary projects, YearAudit audit, CurrentActor currentActor, Messages messages, Clock clock,
            @Value("${budgetflow.limits.max-line-amount-yuan:1000000000.00}") BigDecimal maxAmount, LedgerMoves ledger) {
        this.years = years;
        this.figures = figures;
        this.excuses = excuses;
        this.reader = reader;
        this.process = process;
        this.requests = requests;
        this.organization = organization;
        this.projects = projects;
        this.audit = audit;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
        this.maxAmount = new Money(maxAmount);
        this.ledger = ledger;
    }

    /** Opens a fiscal year's preparation and starts its process in round 一上, for every section. */
    @Roles.Finance
    public BudgetYearDetails open(OpenYearInput input) {
        Actor actor = currentActor.get();
        YearInputs.OpenYear valid = YearInputs.open(input);
        if (years.findByFiscalYear(valid.fiscalYear()).isPresent()) {
            throw ValidationException.of("fiscalYear", YearInputs.text("yearOpened", String.valueOf(valid.fiscalYear())));
        }
        BudgetYear year = years.saveAndFlush(new BudgetYear(valid.fiscalYear(), valid.oneUpDeadline(), valid.twoUpDeadline(),
            valid.instructions(), actor.username(), clock.instant()));
        process.start(valid.fiscalYear(), List.copyOf(reader.sectionCodes()), valid.oneUpDeadline(), valid.twoUpDeadline());
        audit.record(AuditAction.BUDGET_YEAR_OPEN, actor, year, null, null, null, DocumentSnapshot.empty(), header(year));
        return reader.details(year, actor);
    }

    /** Every year opened, latest first. */
    @Roles.Reader
    @Transactional(readOnly = true)
    public List<BudgetYearSummary> list() {
        return years.findAllByOrderByFiscalYearDesc().stream().map(reader::summary).toList();
    }

    @Roles.Reader
    @Transactional(readOnly = true)
    public BudgetYearDetails get(int fiscalYear) {
        return reader.details(year(fiscalYear), currentActor.get());
    }

    /** 财务 proceeds without a section whose request of the current round is not in by the deadline. */
    @Roles.Finance
    public BudgetYearDetails excuse(int fiscalYear, String sectionCode, ExcuseInput input) {
        Actor actor = currentActor.get();
        BudgetYear year = year(fiscalYear);
        OrgUnit section = organization.sectionByCode(sectionCode == null ? "" : sectionCode.strip())
            .orElseThrow(() -> new NotFoundException(YearInputs.text("sectionNotFound")));
        YearStage stage = stage(fiscalYear);
        BudgetRound round = switch (stage) {
            case ONE_UP_REQUESTS -> BudgetRound.ONE_UP;
            case TWO_UP_REQUESTS -> BudgetRound.TWO_UP;
            default -> throw notNow(stage);
        };
        LocalDate deadline = year.deadline(round);
        if (!LocalDate.now(clock).isAfter(deadline)) {
            throw new ConflictException(YearInputs.text("excuseBeforeDeadline", deadline));
        }
        if (!process.sectionsWaiting(fiscalYear).contains(section.getCode())) {
            throw new ConflictException(YearInputs.text("sectionNotWaiting", section.getName()));
        }
        String reason = YearInputs.excuse(input);
        DocumentSnapshot before = excusedSnapshot(year);
        excuses.saveAndFlush(new SectionExcuse(year.getId(), section.getCode(), round, reason, actor.username(), clock.instant()));
        String roundBefore = year.getRound().name();
        process.excuseSection(fiscalYear, section.getCode());
        audit.record(AuditAction.SECTION_EXCUSE, actor, year, roundBefore, reason,
            section.getCode() + " " + section.getName() + " " + messages.get(round.labelKey()), before, excusedSnapshot(year));
        return reader.details(year, actor);
    }

    /** The bureau's ceilings (控制数): CEILINGS figures; the year moves on to the split. */
    @Roles.Bureau
    public BudgetYearDetails recordCeilings(int fiscalYear, CeilingsInput input) {
        Actor actor = currentActor.get();
        BudgetYear year = year(fiscalYear);
        requireStage(fiscalYear, YearStage.CEILINGS);
        YearInputs.CheckedCeilings valid = YearInputs.ceilings(input, LocalDate.now(clock), maxAmount);
        Map<Long, ApprovedProject> named = checkProjects(input, fiscalYear);
        DocumentSnapshot before = header(year);
        Instant now = clock.instant();
        valid.byKind().forEach((kind, amount) -> figures.save(new BudgetFigure(year.getId(), VersionKind.CEILINGS, null, kind,
            null, null, null, amount, null, null, null, actor.username(), now)));
        valid.projects().forEach((projectId, amount) -> figures.save(new BudgetFigure(year.getId(), VersionKind.CEILINGS, null,
            ExpenditureKind.PROJECT, null, null, projectId, amount, null, null, null, actor.username(), now)));
        year.recordCeilings(valid.ref(), valid.date());
        String roundBefore = year.getRound().name();
        process.ceilingsIssued(fiscalYear);
        figures.flush();
        DocumentSnapshot after = header(year).table(messages.get("budgetyear.audit.ceilings"));
        String table = messages.get("budgetyear.audit.ceilings");
        valid.byKind().forEach((kind, amount) -> after.row(table, DocumentSnapshot.line()
            .put(messages.get("budgetyear.audit.item"), messages.get(kind.labelKey())).put(messages.get("budgetyear.audit.amount"), amount)));
        valid.projects().forEach((id, amount) -> after.row(table, DocumentSnapshot.line()
            .put(messages.get("budgetyear.audit.item"), named.get(id).label()).put(messages.get("budgetyear.audit.amount"), amount)));
        audit.record(AuditAction.CEILINGS, actor, year, roundBefore, null, valid.ref(),
            before.table(table), after);
        return reader.details(year, actor);
    }

    /** Each project ceiling names a library project of the year; the projects by id. */
    private Map<Long, ApprovedProject> checkProjects(CeilingsInput input, int fiscalYear) {
        List<CeilingsInput.ProjectCeilingInput> items = input.projects() == null ? List.of() : input.projects();
        Map<Long, ApprovedProject> found = projects.byIds(items.stream().map(CeilingsInput.ProjectCeilingInput::projectId).toList());
        List<FieldViolation> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ApprovedProject project = found.get(items.get(i).projectId());
            if (project == null) {
                problems.add(new FieldViolation("projects[" + i + "].projectId",
                    YearInputs.text("projectUnknown", String.valueOf(items.get(i).projectId()))));
            } else if (project.fiscalYear() != fiscalYear) {
                problems.add(new FieldViolation("projects[" + i + "].projectId", YearInputs.text("projectOtherYear",
                    String.valueOf(fiscalYear), project.name(), String.valueOf(project.fiscalYear()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return found;
    }

    /** 财务's split of the ceilings (分解): SPLIT figures, replacing an earlier split as the version. */
    @Roles.Finance
    public BudgetYearDetails recordSplit(int fiscalYear, SplitInput input) {
        Actor actor = currentActor.get();
        BudgetYear year = year(fiscalYear);
        requireStage(fiscalYear, YearStage.SPLIT);
        Versions versions = reader.versions(year);
        Map<String, Map<ExpenditureKind, Money>> split = YearInputs.split(input, reader.sectionCodes(), versions.ceilings(),
            maxAmount);
        DocumentSnapshot before = splitSnapshot(year, versions.split());
        Instant now = clock.instant();
        split.forEach((section, byKind) -> byKind.forEach((kind, amount) -> figures.save(new BudgetFigure(year.getId(),
            VersionKind.SPLIT, section, kind, null, null, null, amount, null, null, null, actor.username(), now))));
        String roundBefore = year.getRound().name();
        process.splitRecorded(fiscalYear);
        figures.flush();
        audit.record(AuditAction.CEILINGS_SPLIT, actor, year, roundBefore, null, null, before, splitSnapshot(year, split));
        return reader.details(year, actor);
    }

    /** The director approves the split (on to 二上) or returns it to 财务 with a comment. */
    @Roles.Director
    public BudgetYearDetails decideSplit(int fiscalYear, SplitDecisionInput input) {
        Actor actor = currentActor.get();
        BudgetYear year = year(fiscalYear);
        requireStage(fiscalYear, YearStage.SPLIT_APPROVAL);
        String comment = YearInputs.decision(input);
        boolean approved = input.approved();
        DocumentSnapshot before = header(year);
        if (approved) {
            year.approveSplit(actor.username(), clock.instant());
        }
        String roundBefore = year.getRound().name();
        process.splitDecided(fiscalYear, approved);
        years.flush();
        audit.record(approved ? AuditAction.SPLIT_APPROVE : AuditAction.SPLIT_RETURN, actor, year, roundBefore, comment, null,
            before, header(year));
        return reader.details(year, actor);
    }

    /** The bureau's 批复: APPROVED figures, approved amounts on the 二上 request lines, the requests APPROVED. */
    @Roles.Bureau
    public BudgetYearDetails recordApproval(int fiscalYear, ApprovalInput input) {
        Actor actor = currentActor.get();
        BudgetYear year = year(fiscalYear);
        requireStage(fiscalYear, YearStage.APPROVAL);
        List<RoundRequests.Line> lines = requests.lines(fiscalYear, BudgetRound.TWO_UP, List.of(DocumentStatus.ACCEPTED));
        Map<Long, RoundRequests.Line> byId = lines.stream().collect(Collectors.toMap(RoundRequests.Line::lineId, Function.identity()));
        YearInputs.CheckedApproval valid = YearInputs.approval(input,
            lines.stream().collect(Collectors.toMap(RoundRequests.Line::lineId, RoundRequests.Line::amount)),
            year.getCeilingsDate(), LocalDate.now(clock), maxAmount);
        DocumentSnapshot before = header(year).table(messages.get("budgetyear.audit.cuts"));
        Map<Long, Money> cutAmounts = valid.cuts().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().amount()));
        String details = messages.get("budgetyear.audit.approvalDetails", valid.ref(), valid.date().toString());
        List<RoundRequests.Line> approved = requests.approve(fiscalYear, cutAmounts, actor, details);
        Instant now = clock.instant();
        for (RoundRequests.Line line : approved) {
            YearInputs.CheckedCut cut = valid.cuts().get(line.lineId());
            figures.save(new BudgetFigure(year.getId(), VersionKind.APPROVED, line.sectionCode(), line.kind(), line.functionCode(),
                line.economicCode(), line.projectId(), line.approved(), line.requestId(), line.lineNo(),
                cut == null ? null : cut.reason(), actor.username(), now));
        }
        year.recordApproval(valid.ref(), valid.date());
        ledger.issueApproved(fiscalYear, valid.ref(), actor.username());
        String roundBefore = year.getRound().name();
        process.budgetApproved(fiscalYear, valid.date().plusDays(BudgetYearReader.PUBLISH_DAYS));
        figures.flush();
        DocumentSnapshot after = header(year);
        String table = messages.get("budgetyear.audit.cuts");
        after.table(table);
        valid.cuts().forEach((lineId, cut) -> {
            RoundRequests.Line line = byId.get(lineId);
            after.row(table, DocumentSnapshot.line()
                .put(messages.get("budgetyear.audit.line"), line.requestNumber() + " 第" + line.lineNo() + "行")
                .put(messages.get("budgetyear.audit.requested"), line.amount())
                .put(messages.get("budgetyear.audit.approved"), cut.amount())
                .put(messages.get("budgetyear.audit.reason"), cut.reason()));
        });
        audit.record(AuditAction.BUDGET_APPROVAL, actor, year, roundBefore, null, details, before, after);
        return reader.details(year, actor);
    }

    /**
     * The lines of the sections' accepted 二上 requests, which the 批复 approves or cuts (after 批复,
     * with their approved amounts): for the bureau, these are the lines of the unit's 二上 proposal
     * it passed; a section-bound reader gets their own section's.
     */
    @Roles.Reader
    @Transactional(readOnly = true)
    public List<ApprovableLine> approvalLines(int fiscalYear) {
        year(fiscalYear);
        Sight sight = Sight.of(currentActor.get());
        Map<String, String> sections = reader.sectionNames();
        List<RoundRequests.Line> lines = requests.lines(fiscalYear, BudgetRound.TWO_UP,
            List.of(DocumentStatus.ACCEPTED, DocumentStatus.APPROVED)).stream().filter(l -> sight.counts(l.sectionCode())).toList();
        Map<Long, ApprovedProject> funded = projects.byIds(lines.stream().map(RoundRequests.Line::projectId)
            .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> functions = reader.codeNames(Scheme.FUNCTION);
        Map<String, String> economics = reader.codeNames(Scheme.ECONOMIC);
        return lines.stream().map(l -> {
            ApprovedProject p = l.projectId() == null ? null : funded.get(l.projectId());
            return new ApprovableLine(l.lineId(), l.requestId(), l.requestNumber(), l.lineNo(), l.sectionCode(),
                sections.getOrDefault(l.sectionCode(), l.sectionCode()), l.kind(), l.functionCode(), functions.get(l.functionCode()),
                l.economicCode(), economics.get(l.economicCode()), l.projectId(), p == null ? null : p.projectCode(),
                p == null ? null : p.name(), l.amount(), l.approved());
        }).toList();
    }

    @Roles.Reader
    @Transactional(readOnly = true)
    public Comparison comparison(int fiscalYear) {
        return reader.comparison(year(fiscalYear), currentActor.get());
    }

    @Roles.Reader
    @Transactional(readOnly = true)
    public ComparisonWorkbook comparisonWorkbook(int fiscalYear) {
        Comparison comparison = comparison(fiscalYear);
        return new ComparisonWorkbook(messages.get("budgetyear.file.comparison", String.valueOf(fiscalYear)),
            ComparisonXlsx.write(comparison, messages));
    }

    private BudgetYear year(int fiscalYear) {
        return years.findByFiscalYear(fiscalYear)
            .orElseThrow(() -> new NotFoundException(YearInputs.text("yearNotFound", String.valueOf(fiscalYear))));
    }

    private YearStage stage(int fiscalYear) {
        return process.stage(fiscalYear).orElseThrow(() -> new ConflictException(YearInputs.text("noProcess",
            String.valueOf(fiscalYear))));
    }

    private void requireStage(int fiscalYear, YearStage expected) {
        YearStage stage = stage(fiscalYear);
        if (stage != expected) {
            throw notNow(stage);
        }
    }

    private ConflictException notNow(YearStage stage) {
        return new ConflictException(YearInputs.text("wrongStage", messages.get("budgetyear.stage." + stage.name())));
    }

    /** The year's header as the audit log compares it. */
    private DocumentSnapshot header(BudgetYear year) {
        return DocumentSnapshot.of()
            .field(messages.get("budgetyear.audit.fiscalYear"), year.getFiscalYear())
            .field(messages.get("budgetyear.audit.oneUpDeadline"), year.getOneUpDeadline())
            .field(messages.get("budgetyear.audit.twoUpDeadline"), year.getTwoUpDeadline())
            .field(messages.get("budgetyear.audit.instructions"), year.getInstructions())
            .field(messages.get("budgetyear.audit.ceilingsRef"), year.getCeilingsRef())
            .field(messages.get("budgetyear.audit.ceilingsDate"), year.getCeilingsDate())
            .field(messages.get("budgetyear.audit.splitApprovedBy"), year.getSplitApprovedBy())
            .field(messages.get("budgetyear.audit.approvalRef"), year.getApprovalRef())
            .field(messages.get("budgetyear.audit.approvalDate"), year.getApprovalDate());
    }

    private DocumentSnapshot excusedSnapshot(BudgetYear year) {
        String table = messages.get("budgetyear.audit.excused");
        DocumentSnapshot snapshot = header(year).table(table);
        excuses.findByBudgetYearIdOrderByIdAsc(year.getId()).forEach(e -> snapshot.row(table, DocumentSnapshot.line()
            .put(messages.get("budgetyear.audit.section"), e.getSectionCode())
            .put(messages.get("budgetyear.audit.round"), messages.get(e.getRound().labelKey()))
            .put(messages.get("budgetyear.audit.reason"), e.getReason())));
        return snapshot;
    }

    private DocumentSnapshot splitSnapshot(BudgetYear year, Map<String, Map<ExpenditureKind, Money>> split) {
        String table = messages.get("budgetyear.audit.split");
        DocumentSnapshot snapshot = header(year).table(table);
        split.forEach((section, byKind) -> {
            DocumentSnapshot.Line line = DocumentSnapshot.line().put(messages.get("budgetyear.audit.section"), section);
            byKind.forEach((kind, amount) -> line.put(messages.get(kind.labelKey()), amount));
            snapshot.row(table, line);
        });
        return snapshot;
    }
}
