package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.document.ReadGrant;
import cn.nanchang.budgetflow.security.Actor;
import org.springframework.stereotype.Component;

/**
 * A copy (抄送) lets its recipient read the document, though it is another section's. Only
 * section-bound people need it: everyone else reads every section's documents by their role.
 */
@Component
class CarbonCopyReadGrant implements ReadGrant {

    private final CarbonCopyRepository carbonCopies;

    CarbonCopyReadGrant(CarbonCopyRepository carbonCopies) {
        this.carbonCopies = carbonCopies;
    }

    @Override
    public boolean grantsRead(long documentId, Actor actor) {
        return actor.role().isSectionBound() && carbonCopies.existsByDocumentIdAndRecipient(documentId, actor.username());
    }
}
