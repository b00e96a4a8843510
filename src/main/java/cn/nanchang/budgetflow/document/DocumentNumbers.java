package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.base.DocumentType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out document numbers such as YS-2024-0001. The counter row is incremented with an
 * UPDATE, which locks it until the creating transaction ends, so concurrent creations get
 * distinct numbers; a rolled-back creation leaves a gap, as paper registers do.
 */
@Component
public class DocumentNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    DocumentNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(DocumentType type, int fiscalYear) {
        String prefix = type.numberPrefix();
        if (increment(prefix, fiscalYear) == 0) {
            createCounter(prefix, fiscalYear);
            increment(prefix, fiscalYear);
        }
        Integer value = jdbc.queryForObject(
            "SELECT last_number FROM document_sequence WHERE prefix = ? AND fiscal_year = ?", Integer.class, prefix, fiscalYear);
        return String.format("%s-%d-%04d", prefix, fiscalYear, value);
    }

    /**
     * Creates the counter row of a new year in a short transaction of its own. Inside the caller's
     * transaction, InnoDB (MySQL, MariaDB) keeps a shared lock on the row after a concurrent
     * creator's duplicate-key error, and two such creators then deadlock on the UPDATE that follows.
     * A counter row left by a creation that rolls back later is harmless: it starts at zero.
     * V12 creates the counters of every valid year ahead, because this second connection per
     * creation exhausts the pool when many people create the first documents of a year at once;
     * so this runs only for a document type added after it.
     */
    private void createCounter(String prefix, int fiscalYear) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO document_sequence (prefix, fiscal_year, last_number) VALUES (?, ?, 0)", prefix, fiscalYear));
        } catch (DuplicateKeyException concurrentFirstOfYear) {
            // another transaction created the row first; the UPDATE below waits for its lock if need be
        }
    }

    private int increment(String prefix, int fiscalYear) {
        return jdbc.update("UPDATE document_sequence SET last_number = last_number + 1 WHERE prefix = ? AND fiscal_year = ?",
            prefix, fiscalYear);
    }
}
