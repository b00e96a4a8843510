package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;

/** Optional filters of a document list; null means any. */
public record DocumentFilter(DocumentType type, Integer fiscalYear, String sectionCode, DocumentStatus status) {

    DocumentFilter withSection(String code) {
        return new DocumentFilter(type, fiscalYear, code, status);
    }
}
