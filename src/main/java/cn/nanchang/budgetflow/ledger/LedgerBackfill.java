package cn.nanchang.budgetflow.ledger;

import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, issues an 指标 for every approved budget line that has none, so that a database
 * from before the ledger (and demo data loaded by earlier runners) comes out right. Idempotent: a
 * line with an 指标 is left alone. The 批复 文号 is the budget year's where the year was prepared as
 * one, else the draft's number (the legacy route). Runs after the demo budgets and budget years
 * (@Order 10–16) and before procurement's freeze backfill (@Order 26) and any later demo data
 * that moves the ledger (@Order 27 and after).
 */
@Component
@Order(25)
class LedgerBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerBackfill.class);

    private final IndicatorRepository indicators;
    private final ApprovedBudgetLines lines;
    private final LedgerMoves moves;
    private final TransactionTemplate tx;

    LedgerBackfill(IndicatorRepository indicators, ApprovedBudgetLines lines, LedgerMoves moves,
            PlatformTransactionManager transactions) {
        this.indicators = indicators;
        this.lines = lines;
        this.moves = moves;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Integer year : indicators.approvedYears()) {
            Integer issued = tx.execute(status -> {
                List<ApprovedBudgetLine> approved = lines.ofYear(year);
                String yearRef = indicators.budgetYearRef(year).stream().filter(Objects::nonNull).findFirst().orElse(null);
                return moves.issue(approved, line -> yearRef != null ? yearRef : line.draftNumber(), "system");
            });
            if (issued != null && issued > 0) {
                LOG.info("Ledger backfill: issued {} indicators for {}", issued, year);
            }
        }
    }
}
