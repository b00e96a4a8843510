package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 已用: 财务 records payments against 指标, one by one or as an imported xlsx of the month's payments.
 * A payment never takes an 指标 below zero 可用 (400 on the amount, checked under the indicator's
 * lock); a payment that settles a procurement item releases that item's freeze, up to what is
 * frozen for it, before it is counted, so the item's money moves from 冻结 to 已用. An import is
 * all or nothing: every rejected row is reported with its reason and nothing of the file is stored.
 */
@Service
@Transactional
public class Payments {

    static final int MAX_PAYEE = 200;
    static final int MAX_SUMMARY = 500;
    static final int MAX_IMPORT_ROWS = 2000;
    /** The largest single payment, as the largest budget line (budgetflow.limits.max-line-amount-yuan's default). */
    static final Money MAX_AMOUNT = Money.yuan("1000000000.00");

    private final IndicatorRepository indicators;
    private final LedgerEntryRepository entries;
    private final PaymentRepository payments;
    private final Indicators reading;
    private final LedgerMoves moves;
    private final LedgerAudit audit;
    private final PaymentsXlsx xlsx;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final Clock clock;

    Payments(IndicatorRepository indicators, LedgerEntryRepository entries, PaymentRepository payments, Indicators reading,
            LedgerMoves moves, LedgerAudit audit, PaymentsXlsx xlsx, CurrentActor currentActor, Messages messages, Clock clock) {
        this.xlsx = xlsx;
        this.indicators = indicators;
        this.entries = entries;
        this.payments = payments;
        this.reading = reading;
        this.moves = moves;
        this.audit = audit;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
    }

    /** Records one payment; 400 naming each bad field, 404 for an unknown 指标. */
    @Roles.Finance
    public PaymentView record(long indicatorId, PaymentInput input) {
        Actor actor = currentActor.get();
        Indicator indicator = lockedIndicator(indicatorId);
        List<FieldViolation> problems = new ArrayList<>();
        PaymentInput.Valid valid = check(input, "", indicator, Money.ZERO, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store(indicator, valid, false, actor.username(), actor.role().name());
    }

    /** A payment's rows as read from an import file: the 指标 named on each row, and the row's number in the sheet. */
    public record ImportRow(int rowNumber, String indicatorId, PaymentInput input) {
    }

    /** Imports an xlsx of payments (the template's columns), all or nothing; see {@link #importRows}. */
    @Roles.Finance
    public List<PaymentView> importXlsx(byte[] file) {
        return importRows(xlsx.read(file));
    }

    /** The import template: the columns and one example row. */
    @Roles.Finance
    @Transactional(readOnly = true)
    public byte[] importTemplate() {
        return xlsx.template();
    }

    /**
     * Imports the rows of a payments file, all or nothing. Each problem is named
     * {@code rows[<row number in the sheet>].<field>}; rows of the same 指标 count together against its 可用.
     */
    @Roles.Finance
    public List<PaymentView> importRows(List<ImportRow> rows) {
        Actor actor = currentActor.get();
        List<FieldViolation> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            throw ValidationException.of("file", messages.get("ledger.import.empty"));
        }
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw ValidationException.of("file", messages.get("ledger.import.tooMany", String.valueOf(MAX_IMPORT_ROWS)));
        }
        TreeSet<Long> ids = new TreeSet<>();
        List<Long> rowIndicator = new ArrayList<>();
        for (ImportRow row : rows) {
            Long id = parseId(row.indicatorId());
            rowIndicator.add(id);
            if (id == null) {
                problems.add(new FieldViolation(prefix(row) + "indicatorId", messages.get("ledger.import.indicatorMissing")));
            } else {
                ids.add(id);
            }
        }
        Map<Long, Indicator> locked = new HashMap<>();
        if (!ids.isEmpty()) {
            moves.lock(ids).forEach(i -> locked.put(i.getId(), i));
        }
        Map<Long, Money> taken = new HashMap<>();
        List<PaymentInput.Valid> valid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            ImportRow row = rows.get(r);
            Long id = rowIndicator.get(r);
            Indicator indicator = id == null ? null : locked.get(id);
            if (id != null && indicator == null) {
                problems.add(new FieldViolation(prefix(row) + "indicatorId",
                    messages.get("ledger.import.indicatorUnknown", String.valueOf(id))));
            }
            if (indicator == null) {
                valid.add(null);
                continue;
            }
            PaymentInput.Valid v = check(row.input(), prefix(row), indicator, taken.getOrDefault(id, Money.ZERO), problems);
            valid.add(v);
            if (v != null) {
                taken.merge(id, v.amount(), Money::plus);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<PaymentView> stored = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            stored.add(store(locked.get(rowIndicator.get(r)), valid.get(r), false, actor.username(), actor.role().name()));
        }
        return stored;
    }

    /** An 指标's payments, oldest first, for whoever may see the 指标. */
    @Roles.Reader
    @Transactional(readOnly = true)
    public List<PaymentView> ofIndicator(long indicatorId) {
        reading.visible(indicatorId);
        return payments.findByIndicatorIdOrderByPaidOnAscIdAsc(indicatorId).stream().map(Payment::view).toList();
    }

    /**
     * The payments of these 指标, oldest first, without asking who is signed in: for unattended work
     * (the daily execution alert) and services that have checked the caller.
     */
    @Transactional(readOnly = true)
    public List<PaymentView> ofIndicatorUnchecked(long indicatorId) {
        return payments.findByIndicatorIdOrderByPaidOnAscIdAsc(indicatorId).stream().map(Payment::view).toList();
    }

    /**
     * Records an example payment (示例数据) for demo data, inside the caller's transaction and without
     * a signed-in person; refused like any payment when it does not fit. For demo loaders only.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PaymentView recordExample(long indicatorId, PaymentInput.Valid payment, String actor) {
        Indicator indicator = lockedIndicator(indicatorId);
        Money available = indicator.available();
        if (payment.amount().compareTo(available) > 0) {
            throw new InsufficientFundsException(indicatorId, payment.amount().minus(available),
                messages.get("ledger.error.insufficient", payment.amount().minus(available).formatYuan(),
                    LedgerMoves.label(indicator), available.formatYuan()));
        }
        return store(indicator, payment, true, actor, null);
    }

    private PaymentView store(Indicator indicator, PaymentInput.Valid valid, boolean example, String actor, String role) {
        Instant now = clock.instant();
        long auditId = audit.payment(actor, role, messages.get("ledger.audit.payment", String.valueOf(indicator.getId()),
            valid.amount().formatYuan(), valid.payee(), valid.summary()));
        if (valid.procurementItemId() != null) {
            moves.releaseItem(indicator, LedgerMoves.procurementItemRef(valid.procurementItemId()), valid.amount(), actor, now, auditId);
        }
        LedgerEntry entry = moves.move(indicator, EntryKind.USE, valid.amount(), null,
            valid.procurementItemId() == null ? null : LedgerMoves.procurementItemRef(valid.procurementItemId()),
            valid.payee() + "：" + valid.summary(), actor, now, auditId);
        Payment payment = payments.save(new Payment(indicator.getId(), valid, example, entry.getId(), actor, now));
        indicators.flush();
        return payment.view();
    }

    private Indicator lockedIndicator(long indicatorId) {
        List<Indicator> locked = moves.lock(List.of(indicatorId));
        if (locked.isEmpty()) {
            throw new cn.nanchang.budgetflow.base.NotFoundException(messages.get("ledger.error.notFound", String.valueOf(indicatorId)));
        }
        return locked.get(0);
    }

    /**
     * Checks one payment against its 指标, of which {@code alreadyTaken} is claimed by earlier rows of
     * the same import. Adds a problem per bad field (prefixed); returns the checked payment or null.
     */
    private PaymentInput.Valid check(PaymentInput input, String prefix, Indicator indicator, Money alreadyTaken,
            List<FieldViolation> problems) {
        if (input == null) {
            problems.add(new FieldViolation(prefix + "amount", messages.get("input.amount.required")));
            return null;
        }
        int before = problems.size();
        Money amount = amount(input.amount(), prefix, problems);
        if (amount != null) {
            Money available = indicator.available().minus(alreadyTaken);
            Money settlingFrozen = input.procurementItemId() == null ? Money.ZERO
                : frozenFor(indicator, input.procurementItemId()).orElse(Money.ZERO);
            Money room = available.plus(settlingFrozen.compareTo(amount) < 0 ? settlingFrozen : amount);
            if (amount.compareTo(room) > 0) {
                problems.add(new FieldViolation(prefix + "amount", messages.get("ledger.payment.overAvailable",
                    available.formatYuan(), amount.minus(room).formatYuan())));
            }
        }
        LocalDate paidOn = date(input.paidOn(), prefix, indicator, problems);
        String payee = InputChecks.requiredText(input.payee(), prefix + "payee", messages.get("ledger.payment.payee"), MAX_PAYEE,
            problems);
        String summary = InputChecks.requiredText(input.summary(), prefix + "summary", messages.get("ledger.payment.summary"),
            MAX_SUMMARY, problems);
        if (input.procurementItemId() != null && frozenFor(indicator, input.procurementItemId()).isEmpty()) {
            problems.add(new FieldViolation(prefix + "procurementItemId",
                messages.get("ledger.payment.itemUnknown", String.valueOf(input.procurementItemId()))));
        }
        if (problems.size() > before) {
            return null;
        }
        return new PaymentInput.Valid(amount, paidOn, payee, summary, Boolean.TRUE.equals(input.officialCard()),
            input.procurementItemId());
    }

    /** What is still frozen on this 指标 for the procurement item; empty when the item never froze anything here. */
    private Optional<Money> frozenFor(Indicator indicator, long itemId) {
        List<LedgerEntry> found = entries.findByItemRefAndKindIn(LedgerMoves.procurementItemRef(itemId),
            List.of(EntryKind.FREEZE, EntryKind.RELEASE)).stream().filter(e -> e.getIndicatorId() == indicator.getId()).toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(found.stream().map(e -> e.getKind() == EntryKind.FREEZE ? e.getAmount() : Money.ZERO.minus(e.getAmount()))
            .reduce(Money.ZERO, Money::plus));
    }

    private Money amount(String text, String prefix, List<FieldViolation> problems) {
        return InputChecks.amount(text, prefix + "amount", MAX_AMOUNT, problems);
    }

    private LocalDate date(String text, String prefix, Indicator indicator, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldViolation(prefix + "paidOn", messages.get("ledger.payment.dateRequired")));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() != indicator.getFiscalYear()) {
                problems.add(new FieldViolation(prefix + "paidOn",
                    messages.get("ledger.payment.dateYear", String.valueOf(indicator.getFiscalYear()))));
            }
            return date;
        } catch (DateTimeParseException notADate) {
            problems.add(new FieldViolation(prefix + "paidOn", messages.get("ledger.payment.dateInvalid")));
            return null;
        }
    }

    private static Long parseId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String t = text.strip();
            return Long.parseLong(t.endsWith(".0") ? t.substring(0, t.length() - 2) : t);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String prefix(ImportRow row) {
        return "rows[" + row.rowNumber() + "].";
    }
}
