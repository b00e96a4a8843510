package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.security.Roles;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget year's steps and readings, the security and transaction boundary of the module:
 * 财务 opens a year, excuses a section and splits the ceilings; the bureau records the ceilings
 * and the 批复; the director decides on the split; everyone but the administrator reads, each as
 * far as they may (see {@link BudgetYearDetails}). Each step answers 404 for a year not opened,
 * 409 when the year's process is not at that step, 400 naming the field for bad input (nothing
 * stored), and is audited with the values before and after.
 */
@Service
@Transactional
public class BudgetYears {

    /** Opens a fiscal year's preparation and starts its process in round 一上. */
    @Roles.Finance
    public BudgetYearDetails open(OpenYearInput input) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every year opened, latest first. */
    @Roles.Reader
    @Transactional(readOnly = true)
    public List<BudgetYearSummary> list() {
        throw new UnsupportedOperationException("TODO");
    }

    @Roles.Reader
    @Transactional(readOnly = true)
    public BudgetYearDetails get(int fiscalYear) {
        throw new UnsupportedOperationException("TODO");
    }

    /** 财务 proceeds without a section whose request of the current round is not in by the deadline. */
    @Roles.Finance
    public BudgetYearDetails excuse(int fiscalYear, String sectionCode, ExcuseInput input) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The bureau's ceilings (控制数): CEILINGS figures; the year moves on to the split. */
    @Roles.Bureau
    public BudgetYearDetails recordCeilings(int fiscalYear, CeilingsInput input) {
        throw new UnsupportedOperationException("TODO");
    }

    /** 财务's split of the ceilings (分解): SPLIT figures, replacing an earlier split as the version. */
    @Roles.Finance
    public BudgetYearDetails recordSplit(int fiscalYear, SplitInput input) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The director approves the split (on to 二上) or returns it to 财务 with a comment. */
    @Roles.Director
    public BudgetYearDetails decideSplit(int fiscalYear, SplitDecisionInput input) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The bureau's 批复: APPROVED figures, approved amounts on the 二上 request lines, the requests APPROVED. */
    @Roles.Bureau
    public BudgetYearDetails recordApproval(int fiscalYear, ApprovalInput input) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The lines of the sections' accepted 二上 requests, which the 批复 approves or cuts. */
    @Roles.Reader
    @Transactional(readOnly = true)
    public List<ApprovableLine> approvalLines(int fiscalYear) {
        throw new UnsupportedOperationException("TODO");
    }

    @Roles.Reader
    @Transactional(readOnly = true)
    public Comparison comparison(int fiscalYear) {
        throw new UnsupportedOperationException("TODO");
    }

    @Roles.Reader
    @Transactional(readOnly = true)
    public ComparisonWorkbook comparisonWorkbook(int fiscalYear) {
        throw new UnsupportedOperationException("TODO");
    }
}
