package cn.nanchang.budgetflow.benchmark;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.ledger.DocumentRef;
import cn.nanchang.budgetflow.ledger.InsufficientFundsException;
import cn.nanchang.budgetflow.ledger.LedgerMoves;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 指标 ledger under a race (issue 17 §3): {@code benchmark.ledger.threads} threads (4) freeze on ONE
 * 指标 at once, each for a document of its own, one unit more per freeze, until the 指标 is exhausted and
 * then some ({@code benchmark.ledger.freezes} per thread, 300). Each freeze is the ledger's own move in a
 * transaction of its own, as a submitting plan would call it: it locks the 指标 row, checks 可用 and writes
 * its entry. After the run: 可用 + 冻结 + 已用 == 指标额 on the row, 可用 never below zero, the row's 冻结
 * equal to the FREEZE entries and to the freezes that succeeded, and a refusal for every one past the quota.
 * The year is written as the disclosure's is ({@link DisclosureData}), small: six lines.
 */
final class LedgerRace {

    static final int YEAR = 2032;
    private static final int THREADS = Integer.getInteger("benchmark.ledger.threads", 4);
    private static final int FREEZES = Integer.getInteger("benchmark.ledger.freezes", 300);

    private LedgerRace() {
    }

    static void run(RunningApp app, List<String> report, List<String> verdicts) throws Exception {
        new DisclosureData(app).fill(YEAR, 6, 1, 0);
        DataSource data = app.bean(DataSource.class);
        LedgerMoves ledger = app.bean(LedgerMoves.class);
        TransactionTemplate tx = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
        app.as("finance", () -> tx.executeWithoutResult(s -> ledger.issueApproved(YEAR, "基准指标", "finance")));
        long lineId = single(data, "SELECT MIN(budget_line_id) FROM indicator WHERE fiscal_year = " + YEAR).longValue();
        BigDecimal quota = single(data, "SELECT quota FROM indicator WHERE budget_line_id = " + lineId);
        List<Long> documents = new ArrayList<>();
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM document WHERE doc_type = 'BUDGET_DRAFT' AND fiscal_year = " + YEAR
                    + " ORDER BY id")) {
            while (r.next()) {
                documents.add(r.getLong(1));
            }
        }
        // the unit is set so that the threads together run out of 可用 three quarters of the way through
        Money unit = Money.yuan(quota.divide(BigDecimal.valueOf((long) THREADS * FREEZES * 3 / 4), 2, java.math.RoundingMode.DOWN)
            .max(new BigDecimal("0.01")).toPlainString());
        AtomicLong frozen = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            DocumentRef doc = new DocumentRef(documents.get(t % documents.size()), "YS-BM-" + YEAR + "-" + t);
            String item = "bench-race:" + t;
            running.add(pool.submit(() -> app.as("staff1", () -> {
                int held = 0;
                for (int k = 1; k <= FREEZES; k++) {
                    Money claim = Money.yuan(unit.yuan().multiply(BigDecimal.valueOf(held + 1L)).toPlainString());
                    try {
                        tx.executeWithoutResult(s -> ledger.freeze(doc, List.of(new LedgerMoves.Claim(lineId, item, claim)), "staff1"));
                        held++;
                        frozen.incrementAndGet();
                    } catch (InsufficientFundsException e) {
                        refused.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
            })));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        BigDecimal rowFrozen = single(data, "SELECT frozen FROM indicator WHERE budget_line_id = " + lineId);
        BigDecimal rowUsed = single(data, "SELECT used FROM indicator WHERE budget_line_id = " + lineId);
        BigDecimal rowQuota = single(data, "SELECT quota FROM indicator WHERE budget_line_id = " + lineId);
        BigDecimal entries = single(data, "SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN indicator i ON i.id = e.indicator_id"
            + " WHERE i.budget_line_id = " + lineId + " AND e.kind = 'FREEZE'");
        BigDecimal available = rowQuota.subtract(rowFrozen).subtract(rowUsed);
        BigDecimal expected = unit.yuan().multiply(BigDecimal.valueOf(frozen.get()));
        boolean correct = available.signum() >= 0 && rowFrozen.compareTo(entries) == 0 && rowFrozen.compareTo(expected) == 0
            && refused.get() > 0 && failed.get() == 0;
        double rate = (frozen.get() + refused.get()) / seconds;
        report.add("");
        report.add("指标 freeze race on %s: %d threads × %d freezes of %s yuan on one 指标 (指标额 %s)".formatted(
            BenchmarkDatabase.label(), THREADS, FREEZES, unit.yuan().toPlainString(), rowQuota.toPlainString()));
        report.add("  frozen %d, refused (可用 short) %d, other errors %d, in %.1f s: %.0f freeze calls/s (%.0f/s succeeded)".formatted(
            frozen.get(), refused.get(), failed.get(), seconds, rate, frozen.get() / seconds));
        report.add("  after: 指标额 %s = 可用 %s + 冻结 %s + 已用 %s; FREEZE entries %s; successful freezes × unit %s".formatted(
            rowQuota.toPlainString(), available.toPlainString(), rowFrozen.toPlainString(), rowUsed.toPlainString(),
            entries.toPlainString(), expected.toPlainString()));
        verdicts.add(Benchmark.verdict("ledger race: totals add up, no overdraft, no errors", correct,
            "%.0f freezes/s, 可用 %s".formatted(rate, available.toPlainString())));
    }

    private static BigDecimal single(DataSource data, String sql) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getBigDecimal(1);
        }
    }
}
