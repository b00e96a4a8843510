package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.audit.FieldDiff;
import cn.nanchang.budgetflow.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Audit entries about a budget year, in the action's transaction: the year is recorded as a
 * document of type BUDGET_YEAR numbered YSBZ-&lt;year&gt;, with its round before and after and each
 * value the action changed, before and after, as the field-level audit of documents has them.
 */
@Component
class YearAudit {

    static final String TYPE = "BUDGET_YEAR";

    private final AuditLog log;

    YearAudit(AuditLog log) {
        this.log = log;
    }

    static String number(int fiscalYear) {
        return "YSBZ-" + fiscalYear;
    }

    void record(AuditAction action, Actor actor, BudgetYear year, String roundBefore, String comment, String details,
            DocumentSnapshot before, DocumentSnapshot after) {
        log.record(AuditRecord.of(action, actor.username(), actor.role().name())
            .document(TYPE, null, number(year.getFiscalYear()))
            .status(roundBefore, year.getRound().name())
            .comment(comment)
            .details(details)
            .changes(FieldDiff.between(before, after)));
    }
}
