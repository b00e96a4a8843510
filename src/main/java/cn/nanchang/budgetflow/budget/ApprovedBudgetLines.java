package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lines of approved budget drafts (已批复预算), read-only, for the modules that spend from
 * them. Only an APPROVED draft's lines are ever returned: a draft in review may still change.
 */
@Service
@Transactional(readOnly = true)
public class ApprovedBudgetLines {

    private final ApprovedBudgetLineRepository lines;
    private final ClassificationCatalogue catalogue;
    private final CurrentActor currentActor;

    ApprovedBudgetLines(ApprovedBudgetLineRepository lines, ClassificationCatalogue catalogue, CurrentActor currentActor) {
        this.lines = lines;
        this.catalogue = catalogue;
        this.currentActor = currentActor;
    }

    /**
     * The approved lines of one year that the caller may see: a 科员's or 科长's own section
     * (another section asked for gives nothing); for unit-wide roles the section asked for, or all.
     */
    @Roles.Reader
    public List<ApprovedBudgetLine> visible(int fiscalYear, String sectionCode) {
        Actor actor = currentActor.get();
        String section = sectionCode == null || sectionCode.isBlank() ? null : sectionCode.strip();
        if (actor.role() == Role.STAFF || actor.role() == Role.SECTION_HEAD) {
            if (section != null && !section.equals(actor.sectionCode())) {
                return List.of();
            }
            section = actor.sectionCode();
        }
        return map(lines.rows(DocumentStatus.APPROVED, section, fiscalYear));
    }

    /** One section's approved lines of a year; the caller has checked who is asking. */
    public List<ApprovedBudgetLine> ofSection(String sectionCode, int fiscalYear) {
        return map(lines.rows(DocumentStatus.APPROVED, sectionCode, fiscalYear));
    }

    /** Every approved line of a year, all sections; for the disclosure, whose service checks who is asking. */
    public List<ApprovedBudgetLine> ofYear(int fiscalYear) {
        return map(lines.rows(DocumentStatus.APPROVED, null, fiscalYear));
    }

    /**
     * The lines of a draft the caller knows has just been approved (an APPROVED milestone of its
     * process, whose status change may not be flushed yet); any other document's id gives nothing.
     */
    public List<ApprovedBudgetLine> ofApprovedDraft(long draftId) {
        return map(lines.rowsOfDraft(draftId));
    }

    /** Approved lines by id; ids of lines that do not exist or whose draft is not approved are absent. */
    public Map<Long, ApprovedBudgetLine> byId(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return map(lines.rowsById(DocumentStatus.APPROVED, ids)).stream()
            .collect(Collectors.toMap(ApprovedBudgetLine::lineId, Function.identity()));
    }

    /**
     * Locks the lines for the rest of the caller's transaction: whoever checks how much of a line
     * is already spoken for and then commits to it does so one at a time.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForSpending(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            lines.lock(ids);
        }
    }

    private List<ApprovedBudgetLine> map(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, ClassificationCode> functions = catalogue.index(Scheme.FUNCTION);
        Map<String, ClassificationCode> economics = catalogue.index(Scheme.ECONOMIC);
        return rows.stream().map(r -> new ApprovedBudgetLine((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
            (Integer) r[4], (Integer) r[5], (String) r[6], name(functions, (String) r[6]), (String) r[7],
            name(economics, (String) r[7]), (ExpenditureKind) r[8], new Money((BigDecimal) r[9]), (String) r[10], (Long) r[11])).toList();
    }

    private static String name(Map<String, ClassificationCode> index, String code) {
        ClassificationCode c = index.get(code);
        return c == null ? "" : c.getName();
    }
}
