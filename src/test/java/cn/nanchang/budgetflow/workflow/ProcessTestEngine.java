package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.policy.ThresholdKey;
import cn.nanchang.budgetflow.workflow.internal.ApprovalDeadlines;
import cn.nanchang.budgetflow.workflow.internal.BudgetYearSteps;
import cn.nanchang.budgetflow.workflow.internal.DecideRoutingDelegate;
import cn.nanchang.budgetflow.workflow.internal.WorkingDays;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * A bare in-memory engine for process tests: the models run as in production, with the one
 * beans they call replaced by recorders: of the milestones reached and of the events the
 * deadline and budget-year beans publish.
 */
public final class ProcessTestEngine {

    /** The unit's starting policy (V4__policy_thresholds.sql, V24__budget_adjustment.sql). */
    static final Map<ThresholdKey, Money> STARTING_THRESHOLDS = Map.of(
        ThresholdKey.projectCollectiveThresholdYuan, Money.yuan("500000.00"),
        ThresholdKey.publicTenderThresholdYuan, Money.yuan("2000000.00"),
        ThresholdKey.decentralizedLimitGoodsServicesYuan, Money.yuan("500000.00"),
        ThresholdKey.decentralizedLimitWorksYuan, Money.yuan("600000.00"),
        ThresholdKey.adjustmentCollectiveThresholdYuan, Money.yuan("500000.00"));

    /** The center's calendar without holidays: Monday to Friday. */
    static final WorkingDays CALENDAR = new WorkingDays(ZoneId.of("Asia/Shanghai"), Set.of(), Set.of());

    private ProcessTestEngine() {
    }

    static ProcessEngine create(String name, MilestoneRecorder recorder) {
        return create(name, recorder, new ArrayList<>());
    }

    /**
     * An engine whose deadline events ({@code StepDeadline}, {@code TaskArrived}) and budget-year events
     * ({@code BudgetRoundReached}, {@code YearDeadlineReached}) land in {@code deadlineEvents}.
     */
    static ProcessEngine create(String name, MilestoneRecorder recorder, List<Object> deadlineEvents) {
        var config = new StandaloneInMemProcessEngineConfiguration();
        config.setProcessEngineName(name);
        config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        config.setHistory("full");
        config.setJobExecutorActivate(false);
        config.setJavaSerializationFormatEnabled(false);
        config.setBeans(Map.of("approvalMilestones", recorder,
            "decideRoutingDelegate", new DecideRoutingDelegate(() -> STARTING_THRESHOLDS),
            "approvalDeadlines", new ApprovalDeadlines(deadlineEvents::add, CALENDAR, 3),
            "budgetYearSteps", new BudgetYearSteps(deadlineEvents::add, CALENDAR.zone())));
        return config.buildProcessEngine();
    }

    /** Stands in for the application's ApprovalMilestones bean. */
    public static class MilestoneRecorder {
        private final List<String> reached = new ArrayList<>();

        public void reached(DelegateExecution execution, String status) {
            reached.add(status);
        }

        List<String> reached() {
            return List.copyOf(reached);
        }

        String last() {
            return reached.isEmpty() ? null : reached.get(reached.size() - 1);
        }

        void clear() {
            reached.clear();
        }
    }
}
