package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an auditor searches documents by; null means any. {@code person} is a username or part of
 * a display name and matches the drafter and everyone recorded acting on the document.
 * {@code createdFrom}/{@code createdTo} bound the day the document was created (Beijing time, both
 * inclusive); {@code minYuan}/{@code maxYuan} bound its total in yuan (both inclusive).
 */
public record AuditSearchFilter(DocumentType type, Integer fiscalYear, String sectionCode, DocumentStatus status,
        String person, LocalDate createdFrom, LocalDate createdTo, BigDecimal minYuan, BigDecimal maxYuan) {

    public static AuditSearchFilter any() {
        return new AuditSearchFilter(null, null, null, null, null, null, null, null, null);
    }
}
