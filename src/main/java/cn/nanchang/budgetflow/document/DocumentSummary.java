package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import java.time.Instant;

/** A document as lists show it. */
public record DocumentSummary(long id, DocumentType type, String number, String sectionCode, String sectionName,
        int fiscalYear, DocumentStatus status, Money total, String drafter, String drafterName, Instant updatedAt) {
}
