package cn.nanchang.budgetflow.reporting;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.audit.FieldDiff;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.reporting.internal.TextRules;
import cn.nanchang.budgetflow.reporting.internal.TextSnapshot;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure's texts per year (第一部分 单位概况, reasons, 机关运行经费, vehicles, 名词解释):
 * 财务 edits them, every edit audited field by field; 中心主任 and 审计 read them. They are approved
 * with the disclosure: once it is submitted (in review) or published they are frozen with it and
 * no longer editable. A year without texts starts from the latest earlier year's, less its reasons.
 */
@Service
@Transactional
public class DisclosureTextService {

    static final String AUDIT_TYPE = "DISCLOSURE_TEXT";

    private final DisclosureTextRepository texts;
    private final DisclosurePublicationRepository publications;
    private final TextRules rules;
    private final TextSnapshot snapshot;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final ObjectMapper json;
    private final Messages m;
    private final Clock clock;

    DisclosureTextService(DisclosureTextRepository texts, DisclosurePublicationRepository publications, TextRules rules,
            TextSnapshot snapshot, AuditLog audit, CurrentActor currentActor, ObjectMapper json, Messages m, Clock clock) {
        this.texts = texts;
        this.publications = publications;
        this.rules = rules;
        this.snapshot = snapshot;
        this.audit = audit;
        this.currentActor = currentActor;
        this.json = json;
        this.m = m;
        this.clock = clock;
    }

    /**
     * A year's texts as the editor shows them: stored, or else the latest earlier year's as a
     * starting point ({@code copiedFrom}), or else empty.
     */
    @Transactional(readOnly = true)
    @Roles.DisclosureComputer
    public YearTexts get(int fiscalYear) {
        DisclosureService.checkYear(fiscalYear, m);
        boolean editable = editable(fiscalYear);
        Optional<DisclosureText> stored = texts.findById(fiscalYear);
        if (stored.isPresent()) {
            DisclosureText t = stored.get();
            return new YearTexts(fiscalYear, parse(t.getContent()), true, null, t.getVersion(), t.getUpdatedBy(), t.getUpdatedAt(), editable);
        }
        return texts.latestBefore(fiscalYear)
            .map(t -> new YearTexts(fiscalYear, parse(t.getContent()).startOfNextYear(), false, t.getFiscalYear(), null, null, null, editable))
            .orElseGet(() -> new YearTexts(fiscalYear, DisclosureTexts.none(), false, null, null, null, null, editable));
    }

    /**
     * 财务 stores a year's texts. {@code expectedVersion} is the version the editor showed (null for a
     * year not yet stored): a save over someone else's newer edit is refused rather than lost.
     */
    @Roles.Finance
    public YearTexts save(int fiscalYear, DisclosureTexts edited, Long expectedVersion) {
        DisclosureService.checkYear(fiscalYear, m);
        DisclosureTexts checked = rules.checked(edited);
        if (!editable(fiscalYear)) {
            throw new ConflictException(m.get("disclosureText.error.frozen", String.valueOf(fiscalYear)));
        }
        Optional<DisclosureText> existing = texts.findById(fiscalYear);
        Long current = existing.map(DisclosureText::getVersion).orElse(null);
        if (!java.util.Objects.equals(current, expectedVersion)) {
            throw new ConflictException(m.get("disclosureText.error.stale", String.valueOf(fiscalYear)));
        }
        DisclosureTexts before = existing.map(t -> parse(t.getContent())).orElse(null);
        Actor actor = currentActor.get();
        DisclosureText record = existing.orElseGet(() -> new DisclosureText(fiscalYear));
        record.write(write(checked), actor.username(), clock.instant());
        DisclosureText saved = texts.saveAndFlush(record);
        var changes = FieldDiff.between(snapshot.of(before), snapshot.of(checked));
        audit.record(AuditRecord.of(AuditAction.DISCLOSURE_TEXT_EDIT, actor.username(), actor.role().name())
            .document(AUDIT_TYPE, null, "YSGK-" + fiscalYear)
            .details(m.get(before == null ? "disclosureText.audit.created" : "disclosureText.audit.edited",
                String.valueOf(fiscalYear), String.valueOf(changes.size())))
            .changes(changes));
        return new YearTexts(fiscalYear, checked, true, null, saved.getVersion(), saved.getUpdatedBy(), saved.getUpdatedAt(),
            true);
    }

    /** The stored texts of a year for the disclosure, or none: a disclosure never borrows another year's words. */
    DisclosureTexts of(int fiscalYear) {
        return texts.findById(fiscalYear).map(t -> parse(t.getContent())).orElse(DisclosureTexts.none());
    }

    private boolean editable(int fiscalYear) {
        return publications.findByFiscalYear(fiscalYear)
            .map(p -> p.getStatus() != PublicationStatus.IN_REVIEW && p.getStatus() != PublicationStatus.PUBLISHED)
            .orElse(true);
    }

    private String write(DisclosureTexts t) {
        try {
            return json.writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("disclosure texts not writable", e);
        }
    }

    private DisclosureTexts parse(String content) {
        try {
            return json.readValue(content, DisclosureTexts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("disclosure texts not readable", e);
        }
    }

    /** A year's texts with where they come from and whether they may be edited now. */
    public record YearTexts(int fiscalYear, DisclosureTexts texts, boolean stored, @Nullable Integer copiedFrom,
            @Nullable Long version, @Nullable String updatedBy, @Nullable Instant updatedAt, boolean editable) {
    }
}
