package cn.nanchang.budgetflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "The ledger adds up", read straight from the tables: for an indicator, available == quota −
 * frozen − used (never below zero), and its entries sum to those running totals.
 */
public final class LedgerChecks {

    private final JdbcTemplate jdbc;

    public LedgerChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void assertAddsUp(long indicatorId) {
        Map<String, Object> row = jdbc.queryForMap("select quota, frozen, used from indicator where id = ?", indicatorId);
        BigDecimal quota = (BigDecimal) row.get("quota");
        BigDecimal frozen = (BigDecimal) row.get("frozen");
        BigDecimal used = (BigDecimal) row.get("used");
        assertThat(quota.subtract(frozen).subtract(used).signum()).as("indicator %d never below zero 可用", indicatorId)
            .isGreaterThanOrEqualTo(0);
        assertThat(frozen.signum()).as("indicator %d frozen", indicatorId).isGreaterThanOrEqualTo(0);
        assertThat(quota).as("indicator %d: quota == QUOTA + INCREASE − DECREASE entries", indicatorId)
            .isEqualByComparingTo(sum(indicatorId, "QUOTA").add(sum(indicatorId, "INCREASE")).subtract(sum(indicatorId, "DECREASE")));
        assertThat(frozen).as("indicator %d: frozen == FREEZE − RELEASE entries", indicatorId)
            .isEqualByComparingTo(sum(indicatorId, "FREEZE").subtract(sum(indicatorId, "RELEASE")));
        assertThat(used).as("indicator %d: used == USE entries", indicatorId).isEqualByComparingTo(sum(indicatorId, "USE"));
        BigDecimal paid = jdbc.queryForObject("select coalesce(sum(amount), 0) from payment where indicator_id = ?", BigDecimal.class,
            indicatorId);
        assertThat(used).as("indicator %d: used == its payments", indicatorId).isEqualByComparingTo(paid);
    }

    /** {@link #assertAddsUp} for every indicator of a year; returns how many were checked. */
    public int assertYearAddsUp(int fiscalYear) {
        List<Long> ids = jdbc.queryForList("select id from indicator where fiscal_year = ?", Long.class, fiscalYear);
        ids.forEach(this::assertAddsUp);
        return ids.size();
    }

    private BigDecimal sum(long indicatorId, String kind) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from ledger_entry where indicator_id = ? and kind = ?",
            BigDecimal.class, indicatorId, kind);
    }
}
