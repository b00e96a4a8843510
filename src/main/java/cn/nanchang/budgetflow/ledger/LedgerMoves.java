package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.security.CurrentActor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules' services move the ledger, inside THEIR transaction (so that the document's
 * change and the ledger's move commit or roll back together). Every move locks the indicators it
 * touches in id order, checks all of them before changing any (all or nothing: nothing ever
 * takes an 指标 below zero 可用), then writes its entries, moves the running totals and records one
 * audit entry per document. No security here: the calling service has checked who is asking.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class LedgerMoves {

    /** The item reference of a procurement plan's item, by which a release or settlement finds its freeze. */
    public static String procurementItemRef(long itemId) {
        return "procurement-item:" + itemId;
    }

    /** Which kinds move the 冻结 total; a document's holding is its FREEZEs less its RELEASEs. */
    private static final Set<EntryKind> FREEZING = Set.of(EntryKind.FREEZE, EntryKind.RELEASE);

    private final IndicatorRepository indicators;
    private final LedgerEntryRepository entries;
    private final ApprovedBudgetLines lines;
    private final LedgerAudit audit;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final Clock clock;
    private final EntityManager em;

    LedgerMoves(IndicatorRepository indicators, LedgerEntryRepository entries, ApprovedBudgetLines lines, LedgerAudit audit,
            CurrentActor currentActor, Messages messages, Clock clock, EntityManager em) {
        this.em = em;
        this.indicators = indicators;
        this.entries = entries;
        this.lines = lines;
        this.audit = audit;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
    }

    // --- issuing ---------------------------------------------------------------------------

    /** Issues an INITIAL 指标 (+ a QUOTA entry) for each approved budget line of the year that has none; idempotent. */
    public void issueApproved(int fiscalYear, String ref, String actor) {
        issue(lines.ofYear(fiscalYear), line -> ref, actor);
    }

    /**
     * Issues for the given approved lines that have none, each with the 批复 文号 {@code refOf} gives;
     * the legacy route (a draft approved outside a budget year) and the start-up backfill use it.
     * Returns how many were issued.
     */
    int issue(List<ApprovedBudgetLine> approved, Function<ApprovedBudgetLine, String> refOf, String actor) {
        if (approved.isEmpty()) {
            return 0;
        }
        Set<Long> issued = new HashSet<>(indicators.issuedLines(approved.stream().map(ApprovedBudgetLine::lineId).toList()));
        Map<Long, List<ApprovedBudgetLine>> byDraft = approved.stream().filter(l -> !issued.contains(l.lineId()))
            .filter(l -> l.amount().isPositive())
            .collect(Collectors.groupingBy(ApprovedBudgetLine::draftId, TreeMap::new, Collectors.toList()));
        Instant now = clock.instant();
        int count = 0;
        for (List<ApprovedBudgetLine> draftLines : byDraft.values()) {
            ApprovedBudgetLine first = draftLines.get(0);
            DocumentRef doc = new DocumentRef(first.draftId(), first.draftNumber());
            String ref = refOf.apply(first);
            Money total = draftLines.stream().map(ApprovedBudgetLine::amount).reduce(Money.ZERO, Money::plus);
            long auditId = audit.record(AuditAction.INDICATOR_ISSUED, actor, roleOf(actor), doc, null,
                messages.get("ledger.audit.issued", ref, String.valueOf(draftLines.size()), total.formatYuan()));
            for (ApprovedBudgetLine line : draftLines) {
                open(new Indicator(line.fiscalYear(), line.sectionCode(), ref, null, SourceType.INITIAL, line.kind(),
                    line.functionCode(), line.economicCode(), line.projectId(), line.lineId(), now), line.amount(), doc, ref, actor, now,
                    auditId);
                count++;
            }
        }
        indicators.flush();
        return count;
    }

    // --- freezing --------------------------------------------------------------------------

    /** What a document claims from one funding budget line for one of its items. */
    public record Claim(long budgetLineId, String itemRef, Money amount) {
    }

    /**
     * Freezes, per funding budget line, the amounts; locks the indicators in id order; all or nothing.
     * The document then holds exactly its claims: what it held before and claims again stays frozen,
     * a larger claim freezes the difference, and what it no longer claims is released first, so that a
     * resubmission re-freezes only the difference. Throws {@link InsufficientFundsException} (409)
     * with the shortfall in yuan when an 指标's 可用 does not cover it.
     */
    public void freeze(DocumentRef doc, List<Claim> claims, String actor) {
        Set<Long> lineIds = claims.stream().map(Claim::budgetLineId).collect(Collectors.toSet());
        issueMissing(lineIds, actor);
        Map<Long, Indicator> byLine = fresh(indicators.idsOfLines(lineIds)).stream()
            .collect(Collectors.toMap(Indicator::getBudgetLineId, Function.identity()));
        Map<Holding, Money> target = new LinkedHashMap<>();
        for (Claim claim : claims) {
            Indicator indicator = byLine.get(claim.budgetLineId());
            if (indicator == null) {
                throw new IllegalArgumentException("budget line " + claim.budgetLineId() + " is not approved");
            }
            target.merge(new Holding(indicator.getId(), claim.itemRef()), claim.amount(), Money::plus);
        }
        Map<Holding, Money> held = holdings(doc.id());
        Map<Long, Indicator> locked = lockAll(byLine.values(), held.keySet());
        List<Step> steps = new ArrayList<>();
        held.forEach((h, amount) -> {
            Money excess = amount.minus(target.getOrDefault(h, Money.ZERO));
            if (excess.isPositive()) {
                steps.add(new Step(locked.get(h.indicatorId()), EntryKind.RELEASE, excess, h.itemRef()));
            }
        });
        target.forEach((h, amount) -> {
            Money more = amount.minus(held.getOrDefault(h, Money.ZERO));
            if (more.isPositive()) {
                steps.add(new Step(locked.get(h.indicatorId()), EntryKind.FREEZE, more, h.itemRef()));
            }
        });
        checkCovered(steps);
        if (steps.isEmpty()) {
            return;
        }
        long auditId = audit.record(AuditAction.FUNDS_FROZEN, actor, roleOf(actor), doc, null, describe(steps));
        Instant now = clock.instant();
        steps.forEach(s -> move(s.indicator(), s.kind(), s.amount(), doc, s.itemRef(), null, actor, now, auditId));
        indicators.flush();
    }

    /** Releases whatever the document still holds frozen (all its items), with the reason. */
    public void releaseAll(DocumentRef doc, String reason, String actor) {
        Map<Holding, Money> held = holdings(doc.id());
        held.values().removeIf(m -> !m.isPositive());
        if (held.isEmpty()) {
            return;
        }
        Map<Long, Indicator> locked = lockAll(List.of(), held.keySet());
        List<Step> steps = held.entrySet().stream()
            .map(e -> new Step(locked.get(e.getKey().indicatorId()), EntryKind.RELEASE, e.getValue(), e.getKey().itemRef()))
            .toList();
        long auditId = audit.record(AuditAction.FUNDS_RELEASED, actor, roleOf(actor), doc, reason, describe(steps));
        Instant now = clock.instant();
        steps.forEach(s -> move(s.indicator(), s.kind(), s.amount(), doc, s.itemRef(), reason, actor, now, auditId));
        indicators.flush();
    }

    /** {@link #releaseAll} for a document known by id only; its number is read from its freezes. */
    void releaseAllHeld(long documentId, String reason, String actor) {
        entries.findByDocumentIdAndKindIn(documentId, Set.of(EntryKind.FREEZE)).stream().findFirst()
            .ifPresent(e -> releaseAll(new DocumentRef(documentId, e.view().documentNumber()), reason, actor));
    }

    /** What the document holds frozen on the 指标 issued from this budget line; zero when none. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Money frozenBy(long documentId, long budgetLineId) {
        return indicators.findByBudgetLineId(budgetLineId)
            .map(i -> holdings(documentId).entrySet().stream().filter(e -> e.getKey().indicatorId() == i.getId())
                .map(Map.Entry::getValue).reduce(Money.ZERO, Money::plus))
            .orElse(Money.ZERO);
    }

    /** 可用 of the 指标 issued from each budget line (lines without one are absent); for the checks before submission. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<Long, Money> availableByLine(Collection<Long> budgetLineIds) {
        if (budgetLineIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Money> out = new LinkedHashMap<>();
        Set<Long> issued = new HashSet<>(indicators.issuedLines(budgetLineIds));
        for (Long lineId : budgetLineIds) {
            if (issued.contains(lineId)) {
                indicators.findByBudgetLineId(lineId).ifPresent(i -> out.put(lineId, i.available()));
            }
        }
        return out;
    }

    /**
     * Releases up to {@code amount} of what is frozen for one item (a settled procurement item), on
     * its document and indicator; returns how much was released. For {@link Payments}.
     */
    Money releaseItem(Indicator indicator, String itemRef, Money amount, String actor, Instant now, long auditId) {
        Map<Long, Money> heldByDoc = new TreeMap<>();
        Map<Long, String> numbers = new LinkedHashMap<>();
        for (LedgerEntry e : entries.findByItemRefAndKindIn(itemRef, FREEZING)) {
            if (e.getIndicatorId() == indicator.getId() && e.getDocumentId() != null) {
                heldByDoc.merge(e.getDocumentId(), e.getKind() == EntryKind.FREEZE ? e.getAmount() : Money.ZERO.minus(e.getAmount()),
                    Money::plus);
                numbers.putIfAbsent(e.getDocumentId(), e.view().documentNumber());
            }
        }
        Money released = Money.ZERO;
        for (Map.Entry<Long, Money> h : heldByDoc.entrySet()) {
            Money left = amount.minus(released);
            if (!left.isPositive() || !h.getValue().isPositive()) {
                continue;
            }
            Money part = h.getValue().compareTo(left) < 0 ? h.getValue() : left;
            move(indicator, EntryKind.RELEASE, part, new DocumentRef(h.getKey(), numbers.get(h.getKey())), itemRef,
                messages.get("ledger.note.settled"), actor, now, auditId);
            released = released.plus(part);
        }
        return released;
    }

    // --- adjusting -------------------------------------------------------------------------

    /**
     * One row of an approved adjustment: DECREASE or INCREASE on an existing 指标, or (indicatorId
     * null) an INCREASE on a new 指标 the adjustment issues with the given codes.
     */
    public record Move(Long indicatorId, EntryKind kind, Money amount, SourceType newSourceType, String sectionCode,
            ExpenditureKind newKind, String newFunctionCode, String newEconomicCode, Long newProjectId) {
    }

    /**
     * Applies an approved adjustment: DECREASE on the named indicators, INCREASE on existing ones or on
     * new indicators it issues (sourceType TRANSFER or ADDITION, source_ref = the document number).
     * Throws {@link InsufficientFundsException} when a 调减 exceeds the 指标's 可用 now.
     */
    public void adjust(DocumentRef doc, List<Move> moves, String actor) {
        for (Move m : moves) {
            if (m.kind() != EntryKind.INCREASE && m.kind() != EntryKind.DECREASE) {
                throw new IllegalArgumentException("an adjustment increases or decreases: " + m.kind());
            }
            if (m.indicatorId() == null && m.kind() == EntryKind.DECREASE) {
                throw new IllegalArgumentException("a decrease names its indicator");
            }
        }
        Set<Long> ids = moves.stream().map(Move::indicatorId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Indicator> locked = ids.isEmpty() ? Map.of()
            : lock(ids).stream().collect(Collectors.toMap(Indicator::getId, Function.identity()));
        if (locked.size() != ids.size()) {
            throw new IllegalArgumentException("unknown indicator among " + ids);
        }
        List<Step> steps = new ArrayList<>();
        for (Move m : moves) {
            if (m.indicatorId() != null) {
                steps.add(new Step(locked.get(m.indicatorId()), m.kind(), m.amount(), null));
            }
        }
        checkCovered(steps);
        Instant now = clock.instant();
        int year = locked.values().stream().map(Indicator::getFiscalYear).findFirst().orElseGet(() -> yearOf(doc.number()));
        for (Move m : moves) {
            if (m.indicatorId() == null) {
                String ref = indicators.ofYear(year, m.sectionCode()).stream().filter(i -> i.getSourceType() == SourceType.INITIAL)
                    .map(Indicator::getRef).findFirst().orElse(doc.number());
                Indicator created = indicators.save(new Indicator(year, m.sectionCode(), ref, doc.number(),
                    m.newSourceType() == null ? SourceType.TRANSFER : m.newSourceType(), m.newKind(), m.newFunctionCode(),
                    m.newEconomicCode(), m.newProjectId(), null, now));
                steps.add(new Step(created, EntryKind.INCREASE, m.amount(), null));
            }
        }
        if (steps.isEmpty()) {
            return;
        }
        long auditId = audit.record(AuditAction.INDICATOR_ADJUSTED, actor, roleOf(actor), doc, null, describe(steps));
        steps.forEach(s -> move(s.indicator(), s.kind(), s.amount(), doc, null, null, actor, now, auditId));
        indicators.flush();
    }

    /** Whether a 调减 of this much fits the indicator's 可用 now (for validation before submission). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Money available(long indicatorId) {
        return indicators.findById(indicatorId).map(Indicator::available)
            .orElseThrow(() -> new IllegalArgumentException("unknown indicator " + indicatorId));
    }

    // --- the one way the totals move -------------------------------------------------------

    /**
     * Files a new 指标 with its opening quota (指标额) and the quota's ledger entry. The quota is applied before the
     * insert: applied after it, as a move, it cost every issued 指标 an update of the row just inserted.
     */
    private void open(Indicator fresh, Money quota, DocumentRef doc, String note, String actor, Instant now, long auditId) {
        fresh.apply(EntryKind.QUOTA, quota);
        Indicator saved = indicators.save(fresh);
        entries.save(new LedgerEntry(saved.getId(), EntryKind.QUOTA, quota, doc, null, note, actor, null, now, auditId));
    }

    LedgerEntry move(Indicator indicator, EntryKind kind, Money amount, DocumentRef doc, String itemRef, String note,
            String actor, Instant now, Long auditId) {
        indicator.apply(kind, amount);
        if (indicator.available().yuan().signum() < 0) {
            throw new IllegalStateException("指标 " + indicator.getId() + " would go below zero 可用");
        }
        return entries.save(new LedgerEntry(indicator.getId(), kind, amount, doc, itemRef, note, actor, null, now, auditId));
    }

    /** Throws when, after the step's releases and decreases, its freezes, uses and decreases exceed an indicator's 可用. */
    void checkCovered(List<Step> steps) {
        Map<Long, Money> net = new TreeMap<>();
        Map<Long, Indicator> byId = new TreeMap<>();
        for (Step s : steps) {
            byId.put(s.indicator().getId(), s.indicator());
            Money signed = switch (s.kind()) {
                case FREEZE, USE, DECREASE -> s.amount();
                case RELEASE, QUOTA, INCREASE -> Money.ZERO.minus(s.amount());
            };
            net.merge(s.indicator().getId(), signed, Money::plus);
        }
        for (Map.Entry<Long, Money> e : net.entrySet()) {
            Indicator indicator = byId.get(e.getKey());
            Money shortfall = e.getValue().minus(indicator.available());
            if (shortfall.isPositive()) {
                throw new InsufficientFundsException(indicator.getId(), shortfall,
                    messages.get("ledger.error.insufficient", shortfall.formatYuan(), label(indicator),
                        indicator.available().formatYuan()));
            }
        }
    }

    static String label(Indicator i) {
        return i.getRef() + " " + i.getFunctionCode() + "｜" + i.getEconomicCode() + "（指标" + i.getId() + "）";
    }

    private void issueMissing(Set<Long> lineIds, String actor) {
        Set<Long> issued = new HashSet<>(indicators.issuedLines(lineIds));
        if (issued.size() < lineIds.size()) {
            List<Long> missing = lineIds.stream().filter(id -> !issued.contains(id)).toList();
            issue(List.copyOf(lines.byId(missing).values()), ApprovedBudgetLine::draftNumber, actor);
        }
    }

    /** The indicators of {@code known} and of the holdings, all locked, in id order. */
    private Map<Long, Indicator> lockAll(Collection<Indicator> known, Collection<Holding> holdings) {
        Set<Long> ids = new HashSet<>();
        known.forEach(i -> ids.add(i.getId()));
        holdings.forEach(h -> ids.add(h.indicatorId()));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return lock(ids).stream().collect(Collectors.toMap(Indicator::getId, Function.identity()));
    }

    /** The indicators, locked in id order until the transaction ends, with their state as committed now. */
    List<Indicator> lock(Collection<Long> ids) {
        return fresh(ids);
    }

    /**
     * Locks and reads the indicators one by one in id order (so that two lockers cannot deadlock).
     * One this transaction read earlier (a check before submission) stays managed with the state of
     * that read, and a lock query would hand back that stale instance (its version then fails the
     * update); so it is detached first and read again with SELECT … FOR UPDATE, which sees what is
     * committed now, also under MariaDB's REPEATABLE READ.
     */
    private List<Indicator> fresh(Collection<Long> ids) {
        List<Indicator> locked = new ArrayList<>();
        for (Long id : new java.util.TreeSet<>(ids)) {
            Indicator managed = em.find(Indicator.class, id);
            if (managed != null) {
                em.detach(managed);
            }
            Indicator read = em.find(Indicator.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (read != null) {
                locked.add(read);
            }
        }
        return locked;
    }

    /** What a document holds frozen, by indicator and item. */
    Map<Holding, Money> holdings(long documentId) {
        Map<Holding, Money> held = new LinkedHashMap<>();
        entries.findByDocumentIdAndKindIn(documentId, FREEZING).stream().sorted(Comparator.comparing(LedgerEntry::getId))
            .forEach(e -> held.merge(new Holding(e.getIndicatorId(), e.getItemRef()),
                e.getKind() == EntryKind.FREEZE ? e.getAmount() : Money.ZERO.minus(e.getAmount()), Money::plus));
        held.values().removeIf(m -> m.yuan().signum() == 0);
        return held;
    }

    private String describe(List<Step> steps) {
        return steps.stream().map(s -> messages.get(s.kind().labelKey()) + " 指标" + s.indicator().getId() + " "
            + s.amount().formatYuan() + "元" + (s.itemRef() == null ? "" : "（" + s.itemRef() + "）"))
            .collect(Collectors.joining("；"));
    }

    private String roleOf(String actor) {
        try {
            var current = currentActor.get();
            return current.username().equals(actor) ? current.role().name() : null;
        } catch (RuntimeException notSignedIn) {
            return null;
        }
    }

    private static int yearOf(String number) {
        String[] parts = number == null ? new String[0] : number.split("-");
        if (parts.length >= 2 && parts[1].matches("\\d{4}")) {
            return Integer.parseInt(parts[1]);
        }
        throw new IllegalArgumentException("no fiscal year in document number " + number);
    }

    record Holding(long indicatorId, String itemRef) {
    }

    record Step(Indicator indicator, EntryKind kind, Money amount, String itemRef) {
    }
}
