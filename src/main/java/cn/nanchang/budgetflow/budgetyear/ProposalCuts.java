package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budgetyear.UnitProposalInput.CutInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies 财务's cuts to the request lines of a consolidation. A cut must name a line of an
 * accepted request, once, and give an amount of at least 0 with two decimals at most, below the
 * amount requested, and a reason: a line is never changed silently. Every refused cut is
 * reported on its field ({@code cuts[2].amount}) and changes nothing.
 */
final class ProposalCuts {

    static final int MAX_CUTS = 2000;
    static final int MAX_REASON_LENGTH = 500;
    /** No request line asks more (budgetflow.limits.max-line-amount-yuan): the bound of a cut whose line is not known. */
    static final Money MAX_AMOUNT = Money.yuan("1000000000.00");

    private final Messages messages;

    ProposalCuts(Messages messages) {
        this.messages = messages;
    }

    /**
     * Every request line, proposed as requested unless a valid cut names it. With {@code requested}
     * null (the round is not known, its year being refused) only the form of each cut is checked.
     */
    List<ConsolidationLine> apply(List<ConsolidationLine> requested, List<CutInput> cuts, List<FieldViolation> problems) {
        List<CutInput> given = cuts == null ? List.of() : cuts;
        if (given.size() > MAX_CUTS) {
            problems.add(new FieldViolation("cuts", messages.get("proposal.cut.tooMany", MAX_CUTS)));
            return requested == null ? List.of() : requested;
        }
        Map<String, ConsolidationLine> byKey = new LinkedHashMap<>();
        Map<Long, String> requests = new HashMap<>();
        if (requested != null) {
            requested.forEach(l -> {
                byKey.put(key(l.draftId(), l.lineNo()), l);
                requests.put(l.draftId(), l.draftNumber());
            });
        }
        Map<String, Integer> cutAt = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String path = "cuts[" + i + "]";
            CutInput cut = given.get(i);
            if (cut == null) {
                problems.add(new FieldViolation(path, messages.get("proposal.cut.missing")));
                continue;
            }
            int before = problems.size();
            ConsolidationLine line = requested == null ? null : line(cut, path, requests, byKey, cutAt, i, problems);
            Money amount = amount(cut.amount(), path + ".amount", line, problems);
            String reason = InputChecks.requiredText(cut.reason(), path + ".reason", messages.get("proposal.cut.reason"),
                MAX_REASON_LENGTH, problems);
            if (problems.size() == before && line != null) {
                byKey.put(key(line.draftId(), line.lineNo()), line.cutTo(amount, reason));
            }
        }
        return requested == null ? List.of() : List.copyOf(byKey.values());
    }

    /** The request line the cut names, once; null (with the reason in problems) if it names none. */
    private ConsolidationLine line(CutInput cut, String path, Map<Long, String> requests, Map<String, ConsolidationLine> byKey,
            Map<String, Integer> cutAt, int index, List<FieldViolation> problems) {
        if (cut.draftId() == null) {
            problems.add(new FieldViolation(path + ".draftId", messages.get("proposal.cut.draftMissing")));
            return null;
        }
        String number = requests.get(cut.draftId());
        if (number == null) {
            problems.add(new FieldViolation(path + ".draftId", messages.get("proposal.cut.draftUnknown", cut.draftId())));
            return null;
        }
        if (cut.lineNo() == null) {
            problems.add(new FieldViolation(path + ".lineNo", messages.get("proposal.cut.lineMissing")));
            return null;
        }
        String key = key(cut.draftId(), cut.lineNo());
        ConsolidationLine line = byKey.get(key);
        if (line == null) {
            problems.add(new FieldViolation(path + ".lineNo", messages.get("proposal.cut.lineUnknown", number, cut.lineNo())));
            return null;
        }
        Integer earlier = cutAt.putIfAbsent(key, index);
        if (earlier != null) {
            problems.add(new FieldViolation(path + ".lineNo",
                messages.get("proposal.cut.duplicate", number, cut.lineNo(), earlier + 1)));
            return null;
        }
        return line;
    }

    /**
     * The amount proposed instead: at least 0, two decimals at most, below what the line asks when
     * the line is known. Above the request is said first, since that is what a cut must not do.
     */
    private Money amount(String text, String field, ConsolidationLine line, List<FieldViolation> problems) {
        BigDecimal typed = text == null ? null : InputChecks.number(text);
        if (line != null && typed != null && typed.compareTo(line.requested().yuan()) >= 0) {
            problems.add(new FieldViolation(field, messages.get("proposal.cut.notBelow", line.requested().formatYuan())));
            return null;
        }
        return InputChecks.amountOrZero(text, field, MAX_AMOUNT, problems);
    }

    private static String key(long draftId, int lineNo) {
        return draftId + "#" + lineNo;
    }
}
