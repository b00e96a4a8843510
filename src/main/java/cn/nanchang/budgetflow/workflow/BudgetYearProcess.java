package cn.nanchang.budgetflow.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a budget year's process (processes/budget-year.bpmn, business key
 * {@code budget-year-<year>}) and passes it what happens outside: a section's request accepted
 * by 财务 or excused, the unit's proposal passed by the bureau, the ceilings, the split and its
 * approval, the 批复, the disclosure published. Callers are the budgetyear services, which have
 * already checked who may do this; the methods join their transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BudgetYearProcess {

    public static final String PROCESS_KEY = "budget-year";
    /** Called once per section and request round by the year's multi-instance call activities. */
    public static final String SECTION_PROCESS_KEY = "section-budget-request";

    public static String businessKey(int fiscalYear) {
        return "budget-year-" + fiscalYear;
    }

    /** Starts the year: the 一上 requests of these sections, due on the deadlines. */
    public void start(int fiscalYear, List<String> sectionCodes, LocalDate oneUpDeadline, LocalDate twoUpDeadline) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Where the year's process waits; empty when no process runs or ran for the year. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<YearStage> stage(int fiscalYear) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The sections whose request of the current request round is neither in nor excused. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Set<String> sectionsWaiting(int fiscalYear) {
        throw new UnsupportedOperationException("TODO");
    }

    /** 财务 accepted the section's request of the current round. */
    public void sectionRequestAccepted(int fiscalYear, String sectionCode) {
        throw new UnsupportedOperationException("TODO");
    }

    /** 财务 proceeds without the section in the current round (the reason is recorded by the caller). */
    public void excuseSection(int fiscalYear, String sectionCode) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * The bureau passed the unit's proposal of the current round. After 二上 the bureau must 批复
     * by {@code approvalDue} (预算法 Art. 52); ignored after 一上.
     */
    public void proposalApproved(int fiscalYear, LocalDate approvalDue) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The bureau recorded the ceilings. */
    public void ceilingsIssued(int fiscalYear) {
        throw new UnsupportedOperationException("TODO");
    }

    /** 财务 recorded the split; the director decides on it next. */
    public void splitRecorded(int fiscalYear) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The director approved the split (on to 二上) or returned it to 财务. */
    public void splitDecided(int fiscalYear, boolean approved) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The bureau recorded the 批复; the disclosure is due on {@code publishDue} (实施条例 Art. 6). */
    public void budgetApproved(int fiscalYear, LocalDate publishDue) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The year's disclosure was published: the year's process ends. */
    public void disclosurePublished(int fiscalYear) {
        throw new UnsupportedOperationException("TODO");
    }
}
