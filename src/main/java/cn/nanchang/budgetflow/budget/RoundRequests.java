package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.FieldChange;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sections' requests of a budget year as the budgetyear module reads and settles them: which
 * requests a year has, the lines of a round's accepted requests, and the bureau's 批复 of the 二上
 * requests. Its callers (budgetyear's services) have checked who is asking; it joins their transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RoundRequests {

    static final String LINES_TABLE = "预算明细";
    static final String APPROVED_FIELD = "批复金额（元）";

    private final BudgetDraftRepository drafts;
    private final DocumentAudit audit;
    private final Clock clock;

    RoundRequests(BudgetDraftRepository drafts, DocumentAudit audit, Clock clock) {
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A section's request of a budget year. */
    public record Request(long id, String number, String sectionCode, BudgetRound round, DocumentStatus status,
            String drafter, Instant createdAt, Instant updatedAt) {
    }

    /** One line of a request, with the request it belongs to; {@code approved} is set after 批复. */
    public record Line(long lineId, long requestId, String requestNumber, String sectionCode, int lineNo,
            ExpenditureKind kind, String functionCode, String economicCode, Long projectId, Money amount, Money approved) {
    }

    /** Every request of the year, of either round and in any status, oldest first. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Request> ofYear(int fiscalYear) {
        return drafts.findByFiscalYearAndRoundIsNotNullOrderByIdAsc(fiscalYear).stream()
            .map(d -> new Request(d.getId(), d.getNumber(), d.getSection().getCode(), d.round().orElseThrow(), d.getStatus(),
                d.getDrafter(), d.getCreatedAt(), d.getUpdatedAt()))
            .toList();
    }

    /** The lines of the year's requests of a round in one of these states, by section, request and line. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Line> lines(int fiscalYear, BudgetRound round, List<DocumentStatus> statuses) {
        List<Line> lines = new ArrayList<>();
        for (BudgetDraft draft : drafts.findByFiscalYearAndRoundAndStatusInOrderByIdAsc(fiscalYear, round, statuses)) {
            draft.getLines().forEach(l -> lines.add(line(draft, l)));
        }
        lines.sort(java.util.Comparator.comparing(Line::sectionCode).thenComparing(Line::requestId).thenComparing(Line::lineNo));
        return lines;
    }

    /**
     * The bureau's 批复 of the year's accepted 二上 requests: every line is approved at its requested
     * amount or at the cut one, and each request moves ACCEPTED → APPROVED, audited with every
     * approved amount as a change from nothing. Answers the lines as approved.
     *
     * @param cuts the approved amount of each cut line, by line id; the caller has checked that
     *             each names a line of these requests and is below its amount
     */
    public List<Line> approve(int fiscalYear, Map<Long, Money> cuts, Actor actor, String details) {
        List<Line> approved = new ArrayList<>();
        List<BudgetDraft> requests = drafts.findByFiscalYearAndRoundAndStatusInOrderByIdAsc(fiscalYear, BudgetRound.TWO_UP,
            List.of(DocumentStatus.ACCEPTED));
        Instant now = clock.instant();
        for (BudgetDraft request : requests) {
            List<FieldChange> changes = new ArrayList<>();
            for (BudgetLine line : request.getLines()) {
                Money amount = cuts.getOrDefault(line.getId(), line.getAmount());
                line.approve(amount);
                changes.add(new FieldChange(LINES_TABLE, line.getLineNo(), line.getLineNo(), APPROVED_FIELD, null,
                    amount.toString()));
                approved.add(line(request, line));
            }
            request.moveTo(DocumentStatus.APPROVED, now);
            audit.record(audit.about(AuditAction.BUDGET_APPROVAL, actor, request)
                .status(DocumentStatus.ACCEPTED.name(), DocumentStatus.APPROVED.name()).details(details).changes(changes));
        }
        drafts.flush();
        return approved;
    }

    private static Line line(BudgetDraft draft, BudgetLine l) {
        return new Line(l.getId(), draft.getId(), draft.getNumber(), draft.getSection().getCode(), l.getLineNo(), l.getKind(),
            l.getFunctionCode(), l.getEconomicCode(), l.getProjectId(), l.getAmount(), l.approved().orElse(null));
    }
}
