package cn.nanchang.budgetflow.testsupport;

import cn.nanchang.budgetflow.security.ActingAs;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the statements Hibernate prepares for one piece of work done as a user, for the tests that a read takes as
 * many queries for many documents as for one. Hibernate's statistics are on only while the work runs, so that the
 * shared test context does not pay for them elsewhere.
 */
public final class StatementCount {

    private final Statistics statistics;
    private final ActingAs acting;

    public StatementCount(EntityManagerFactory entityManagers, ActingAs acting) {
        this.statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        this.acting = acting;
    }

    /** The statements {@code work} prepares, run as {@code username}. */
    public long of(String username, Supplier<?> work) {
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            acting.run(username, work);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
