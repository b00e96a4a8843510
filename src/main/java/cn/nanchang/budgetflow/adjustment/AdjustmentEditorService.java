package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the adjustment editor offers while a person types: the section's 指标 of the year, codes and projects for a new line. */
@Service
@Transactional(readOnly = true)
@Roles.Staff
public class AdjustmentEditorService {

    private final Indicators indicators;
    private final ClassificationCatalogue catalogue;
    private final ProjectLibrary projects;
    private final CurrentActor currentActor;

    AdjustmentEditorService(Indicators indicators, ClassificationCatalogue catalogue, ProjectLibrary projects,
            CurrentActor currentActor) {
        this.indicators = indicators;
        this.catalogue = catalogue;
        this.projects = projects;
        this.currentActor = currentActor;
    }

    /** The 指标 of the caller's section in the year, with their 可用. */
    public List<IndicatorSummary> indicators(int fiscalYear) {
        return indicators.list(fiscalYear, currentActor.get().sectionCode());
    }

    /**
     * The year a new adjustment most likely concerns: this year when the section has 指标 in it,
     * else the latest year it has (an adjustment moves 指标, so a year without any is no start).
     */
    public int likelyYear(int thisYear) {
        List<Integer> years = indicators.years();
        return years.isEmpty() || years.contains(thisYear) ? thisYear : years.get(0);
    }

    public List<ClassificationCode> codes(Scheme scheme) {
        return catalogue.leaves(scheme);
    }

    /** The section's projects of the 项目库, which a new project line may fund. */
    public List<ApprovedProject> projects() {
        return projects.list(null, currentActor.get().sectionCode());
    }
}
