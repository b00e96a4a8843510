package cn.nanchang.budgetflow.benchmark;

import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.budgetyear.Comparison;
import cn.nanchang.budgetflow.budgetyear.UnitProposalService;
import cn.nanchang.budgetflow.ledger.LedgerMoves;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consolidation of a budget year at scale (issue 17 §3): {@code benchmark.consolidation.sections} sections (6) ×
 * {@code benchmark.consolidation.lines} lines (500) through every round to 批复, written by {@link ConsolidationData};
 * then, after a warm-up, {@code benchmark.consolidation.runs} runs (20) of every read the year's pages make over all
 * sections' lines, each through its service as a reader who may see it: the comparison page's data (版本对比, as
 * 财务 and as a 科长, whose {@link cn.nanchang.budgetflow.budgetyear.Sight} filters it) and its xlsx, the 汇总 of
 * the 二上 requests (what a new proposal starts from), the stored 二上 proposal with its tables, the 批复 lines and
 * the year's page.
 */
final class ConsolidationScale {

    static final int YEAR = 2033;
    private static final int SECTIONS = Integer.getInteger("benchmark.consolidation.sections", 6);
    private static final int LINES = Integer.getInteger("benchmark.consolidation.lines", 500);
    private static final int RUNS = Integer.getInteger("benchmark.consolidation.runs", 20);
    private static final int WARMUP = Integer.getInteger("benchmark.consolidation.warmup", 5);
    private static final long PAGE_TARGET_MS = 500;
    private static final long FILE_TARGET_MS = 3000;

    private ConsolidationScale() {
    }

    private record Read(String name, String reader, long targetMs, Supplier<?> work) {
    }

    /** Fills the year, times its reads, adds its table to {@code report} and its targets to {@code verdicts}. */
    static void run(RunningApp app, List<String> report, List<String> verdicts) throws Exception {
        if (SECTIONS < 1 || SECTIONS > 6 || LINES < 1) {
            throw new IllegalArgumentException("benchmark.consolidation.sections is 1 to 6 (the demo's sections), lines at least 1");
        }
        long t0 = System.nanoTime();
        ConsolidationData.Written written = new ConsolidationData(app).fill(YEAR, SECTIONS, LINES);
        LedgerMoves ledger = app.bean(LedgerMoves.class);
        TransactionTemplate tx = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
        // the 指标 as the 批复 issues them, by the ledger's own service: the comparison's 调整后 reads them
        app.as("bureau", () -> tx.executeWithoutResult(s -> ledger.issueApproved(YEAR, "洪数字〔" + YEAR + "〕2号", "bureau")));
        double filled = (System.nanoTime() - t0) / 1e9;
        BudgetYears years = app.bean(BudgetYears.class);
        UnitProposalService proposals = app.bean(UnitProposalService.class);
        List<Read> reads = List.of(
            new Read("comparison (版本对比)", "finance", PAGE_TARGET_MS, () -> years.comparison(YEAR)),
            new Read("comparison, one section", "head1", PAGE_TARGET_MS, () -> years.comparison(YEAR)),
            new Read("comparison xlsx", "finance", FILE_TARGET_MS, () -> years.comparisonWorkbook(YEAR)),
            new Read("汇总 of 二上 requests", "finance", PAGE_TARGET_MS, () -> proposals.consolidation(YEAR, BudgetRound.TWO_UP)),
            new Read("二上 proposal (stored)", "finance", PAGE_TARGET_MS, () -> proposals.get(written.twoUpProposalId())),
            new Read("批复 lines", "bureau", PAGE_TARGET_MS, () -> years.approvalLines(YEAR)),
            new Read("year page", "finance", PAGE_TARGET_MS, () -> years.get(YEAR)));
        Latencies times = new Latencies();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            Latencies target = i < WARMUP ? new Latencies() : times;
            for (Read read : reads) {
                app.as(read.reader(), () -> target.measure(read.name(), read.work()));
            }
        }
        Comparison comparison = app.as("finance", () -> years.comparison(YEAR));
        int cells = comparison.rows().stream().mapToInt(r -> r.amounts().size()).sum();
        report.add("");
        report.add("Consolidation of %d: %d sections × %d lines through 一上, 控制数, 分解, 二上 and 批复 (written by JDBC in %.1f s);"
            .formatted(YEAR, SECTIONS, LINES, filled));
        report.add("  comparison: %d versions, %d rows, %d figures; %d runs each after %d warm-up".formatted(
            comparison.versions().size(), comparison.rows().size(), cells, RUNS, WARMUP));
        for (Read read : reads) {
            String label = read.name() + " (" + read.reader() + ")";
            double p95 = times.percentileMillis(read.name(), .95);
            report.add("  %-38s p50 %8.1f ms  p95 %8.1f ms  SQL %5.1f".formatted(label, times.percentileMillis(read.name(), .5), p95,
                times.statementsPerCall(read.name())));
            verdicts.add(Benchmark.verdict("%s p95 < %d ms".formatted(read.name(), read.targetMs()), p95 < read.targetMs(),
                "%.0f ms, %.0f SQL".formatted(p95, times.statementsPerCall(read.name()))));
        }
    }
}
