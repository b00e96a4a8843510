package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.PreparedYear;
import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import cn.nanchang.budgetflow.workflow.YearStage;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the forms' default year which budget years are being prepared: opened and not yet 批复. */
@Service
class YearsInPreparation implements PreparedYear.YearsInPreparation {

    private static final Set<YearStage> PREPARING = EnumSet.range(YearStage.ONE_UP_REQUESTS, YearStage.APPROVAL);

    private final BudgetYearRepository years;
    private final BudgetYearProcess process;

    YearsInPreparation(BudgetYearRepository years, BudgetYearProcess process) {
        this.years = years;
        this.process = process;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean inPreparation(int fiscalYear) {
        return years.findByFiscalYear(fiscalYear).isPresent() && process.stage(fiscalYear).filter(PREPARING::contains).isPresent();
    }
}
