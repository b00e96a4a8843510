package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.base.DocumentType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out document numbers such as YS-2024-0001. The counter row is incremented with an
 * UPDATE, which locks it until the creating transaction ends, so concurrent creations get
 * distinct numbers; a rolled-back creation leaves a gap, as paper registers do.
 */
@Component
public class DocumentNumbers {

    private final JdbcTemplate jdbc;

    DocumentNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(DocumentType type, int fiscalYear) {
        String prefix = type.numberPrefix();
        if (increment(prefix, fiscalYear) == 0) {
            try {
                jdbc.update("INSERT INTO document_sequence (prefix, fiscal_year, last_value) VALUES (?, ?, 0)", prefix, fiscalYear);
            } catch (DuplicateKeyException concurrentFirstOfYear) {
                // another transaction created the row first; ours now waits on its lock below
            }
            increment(prefix, fiscalYear);
        }
        Integer value = jdbc.queryForObject(
            "SELECT last_value FROM document_sequence WHERE prefix = ? AND fiscal_year = ?", Integer.class, prefix, fiscalYear);
        return String.format("%s-%d-%04d", prefix, fiscalYear, value);
    }

    private int increment(String prefix, int fiscalYear) {
        return jdbc.update("UPDATE document_sequence SET last_value = last_value + 1 WHERE prefix = ? AND fiscal_year = ?",
            prefix, fiscalYear);
    }
}
