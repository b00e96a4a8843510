package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.CopyPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A new draft from the section's approved draft of the year before (复制上年已批复草案): its lines
 * with the amounts as approved (批复), their classifications and 测算说明. A line that the new year
 * refuses, such as a 项目支出 line whose project belongs to last year's project library or a code
 * retired since, is left out with the reason, so the drafter is told instead of finding it missing.
 * Attachments belong to the old draft and stay there.
 */
@Component
class BudgetDraftCopy {

    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)]");

    private final BudgetDraftValidator validator;
    private final RequestRounds rounds;
    private final Messages messages;

    BudgetDraftCopy(BudgetDraftValidator validator, RequestRounds rounds, Messages messages) {
        this.validator = validator;
        this.rounds = rounds;
        this.messages = messages;
    }

    CopyPlan<BudgetDraftInput> plan(BudgetDraft source, int year) {
        requireEligible(source, year);
        List<BudgetLine> kept = new ArrayList<>(source.getLines());
        Map<Integer, String> notes = new TreeMap<>();
        FundingScope scope = new FundingScope(source.getSection().getCode(), null, roundOf(source, year));
        while (!kept.isEmpty()) {
            Map<Integer, String> refused = refusedLines(new BudgetDraftInput(year, inputs(kept)), scope, source);
            if (refused.isEmpty()) {
                break;
            }
            // from the end, so that the indices still to remove stay where they are
            new TreeMap<>(refused).descendingMap().forEach((index, reason) -> {
                BudgetLine line = kept.remove(index.intValue());
                notes.put(line.getLineNo(), messages.get("doctype.budget.copy.lineLeftOut", String.valueOf(line.getLineNo()),
                    line.getEconomicCode(), amountOf(line), reason));
            });
        }
        if (kept.isEmpty()) {
            throw new ConflictException(messages.get("doctype.budget.copy.nothingLeft", source.getNumber(),
                String.join("；", notes.values())));
        }
        return new CopyPlan<>(new BudgetDraftInput(year, inputs(kept)), List.copyOf(notes.values()));
    }

    private void requireEligible(BudgetDraft source, int year) {
        if (source.getStatus() != DocumentStatus.APPROVED) {
            throw new ConflictException(messages.get("doctype.budget.copy.notApproved", source.getNumber(),
                messages.get(source.getStatus().labelKey())));
        }
        if (source.getFiscalYear() != year - 1) {
            throw new ConflictException(messages.get("doctype.budget.copy.notLastYear", source.getNumber(),
                String.valueOf(source.getFiscalYear()), String.valueOf(year), String.valueOf(year - 1)));
        }
    }

    /** The round a new draft of the year would belong to; a year that takes no request now refuses the copy as a whole. */
    private BudgetRound roundOf(BudgetDraft source, int year) {
        try {
            return rounds.roundFor(source.getSection().getCode(), year).orElse(null);
        } catch (ValidationException closed) {
            throw new ConflictException(closed.violations().get(0).message());
        }
    }

    /** Line index → the first reason the new year refuses it; a refusal of the draft as a whole ends the copy. */
    private Map<Integer, String> refusedLines(BudgetDraftInput input, FundingScope scope, BudgetDraft source) {
        try {
            validator.validate(input, scope);
            return Map.of();
        } catch (ValidationException refused) {
            Map<Integer, String> lines = new TreeMap<>();
            for (FieldViolation v : refused.violations()) {
                Matcher m = LINE_FIELD.matcher(v.field());
                if (!m.find()) {
                    throw new ConflictException(messages.get("document.copy.refused", source.getNumber(), v.message()));
                }
                lines.putIfAbsent(Integer.valueOf(m.group(1)), v.message());
            }
            return lines;
        }
    }

    private static List<BudgetDraftInput.LineInput> inputs(List<BudgetLine> lines) {
        return lines.stream().map(l -> new BudgetDraftInput.LineInput(l.getFunctionCode(), l.getEconomicCode(),
            l.getKind().name(), amountOf(l), l.getNote(), l.getProjectId())).toList();
    }

    /** What the bureau approved where it cut a request (批复), else the amount drafted and approved as it was. */
    private static String amountOf(BudgetLine line) {
        return line.approved().orElse(line.getAmount()).yuan().toPlainString();
    }
}
