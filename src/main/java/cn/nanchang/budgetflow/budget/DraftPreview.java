package cn.nanchang.budgetflow.budget;

import java.util.List;

/**
 * What the editor shows while a draft is typed: the totals of the finished lines, and which lines
 * (by their place in the form, from 0) are not finished yet and so are counted nowhere.
 */
public record DraftPreview(BudgetTotals totals, List<Integer> unfinished) {

    public DraftPreview {
        unfinished = List.copyOf(unfinished);
    }

    public boolean isFinished(int line) {
        return !unfinished.contains(line);
    }
}
