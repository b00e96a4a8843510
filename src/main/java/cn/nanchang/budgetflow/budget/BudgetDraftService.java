package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.document.DocumentNumbers;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits and reads budget drafts. Staff draft for their own section; everyone who may
 * see a section's documents may read its drafts. Edits are accepted only while the draft is
 * DRAFT or RETURNED, and only from its drafter.
 */
@Service
@Transactional
public class BudgetDraftService {

    private final BudgetDraftRepository drafts;
    private final BudgetDraftValidator validator;
    private final ClassificationCatalogue catalogue;
    private final DocumentAccess access;
    private final DocumentNumbers numbers;
    private final DocumentAudit audit;
    private final OrganizationService organization;
    private final ProjectLibrary projects;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Messages messages;

    BudgetDraftService(BudgetDraftRepository drafts, BudgetDraftValidator validator, ClassificationCatalogue catalogue,
            DocumentAccess access, DocumentNumbers numbers, DocumentAudit audit, OrganizationService organization,
            ProjectLibrary projects, CurrentActor currentActor, Clock clock, Messages messages) {
        this.drafts = drafts;
        this.validator = validator;
        this.catalogue = catalogue;
        this.access = access;
        this.numbers = numbers;
        this.audit = audit;
        this.organization = organization;
        this.projects = projects;
        this.currentActor = currentActor;
        this.clock = clock;
        this.messages = messages;
    }

    @PreAuthorize("hasRole('STAFF')")
    public BudgetDraftDetails create(BudgetDraftInput input) {
        Actor actor = currentActor.get();
        List<ValidLine> lines = validator.validate(input, new FundingScope(actor.sectionCode(), null));
        requireNoOpenDraft(actor.sectionCode(), input.fiscalYear());
        Instant now = clock.instant();
        var section = organization.sectionByCode(actor.sectionCode()).orElseThrow();
        BudgetDraft draft = new BudgetDraft(numbers.next(DocumentType.BUDGET_DRAFT, input.fiscalYear()),
            section, input.fiscalYear(), actor.username(), now);
        draft.replaceLines(lines, now);
        drafts.saveAndFlush(draft);
        BudgetDraftDetails created = details(draft);
        audit.created(actor, draft, describe(draft), BudgetDraftSnapshot.of(created, messages));
        return created;
    }

    /**
     * Replaces the draft's lines. {@code expectedVersion}, when given, must be the version the
     * editor read; otherwise someone else changed the draft meanwhile and the edit is refused.
     */
    @PreAuthorize("hasRole('STAFF')")
    public BudgetDraftDetails update(long id, Long expectedVersion, BudgetDraftInput input) {
        Actor actor = currentActor.get();
        BudgetDraft draft = access.visible(id, BudgetDraft.class, actor);
        access.requireDrafter(draft, actor);
        if (expectedVersion != null && expectedVersion != draft.getVersion()) {
            throw new ConflictException("该草案已被修改（当前版本 " + draft.getVersion() + "），请刷新后再编辑");
        }
        if (!draft.getStatus().isEditable()) {
            throw new ConflictException("草案当前状态为“" + messages.get(draft.getStatus().labelKey()) + "”，不能修改");
        }
        List<ValidLine> lines = validator.validate(input, new FundingScope(draft.getSection().getCode(), draft.getId()));
        if (input.fiscalYear() != draft.getFiscalYear()) {
            throw ValidationException.of("fiscalYear", "预算年度不能修改；如需其他年度，请新建草案");
        }
        String before = describe(draft);
        var beforeContent = BudgetDraftSnapshot.of(details(draft), messages);
        draft.replaceLines(lines, clock.instant());
        drafts.flush();
        BudgetDraftDetails edited = details(draft);
        audit.edited(actor, draft, before + " → " + describe(draft), beforeContent, BudgetDraftSnapshot.of(edited, messages));
        return edited;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STAFF','SECTION_HEAD','FINANCE','DIRECTOR','BUREAU','AUDITOR')")
    public BudgetDraftDetails get(long id) {
        return details(access.visible(id, BudgetDraft.class, currentActor.get()));
    }

    /** Live totals for the editor: lines that are not yet complete or valid are left out. */
    @Transactional(readOnly = true)
    public BudgetTotals preview(List<BudgetDraftInput.LineInput> lines) {
        List<ValidLine> usable = new ArrayList<>();
        for (var line : lines) {
            try {
                usable.addAll(validator.validate(new BudgetDraftInput(BudgetDraftValidator.MIN_YEAR, List.of(line))));
            } catch (ValidationException incomplete) {
                // not counted until complete
            }
        }
        return BudgetTotals.of(usable, catalogue.index(Scheme.FUNCTION), catalogue.index(Scheme.ECONOMIC));
    }

    private void requireNoOpenDraft(String sectionCode, int year) {
        drafts.findByOpenKey(BudgetDraft.openKey(sectionCode, year)).ifPresent(existing -> {
            throw ValidationException.of("fiscalYear",
                "本科室" + year + "年度已有未批复的预算草案（" + existing.getNumber() + "），请在该草案上修改");
        });
    }

    private BudgetDraftDetails details(BudgetDraft draft) {
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
                l.getProjectId(), project == null ? null : project.projectCode(), project == null ? null : project.name()));
        }
        return new BudgetDraftDetails(draft.getId(), draft.getNumber(), draft.getSection().getCode(),
            draft.getSection().getName(), draft.getFiscalYear(), draft.getStatus(), draft.getVersion(), draft.getDrafter(),
            organization.displayName(draft.getDrafter()), lines, BudgetTotals.of(valid, functions, economics),
            draft.getCreatedAt(), draft.getUpdatedAt());
    }

    private static String name(Map<String, ClassificationCode> index, String code) {
        ClassificationCode c = index.get(code);
        return c == null ? "" : c.getName();
    }

    private static String describe(BudgetDraft draft) {
        Money total = draft.total();
        return "明细" + draft.getLines().size() + "条，合计" + total + "元";
    }

}
