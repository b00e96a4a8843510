package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.policy.ThresholdKey;
import cn.nanchang.budgetflow.workflow.internal.DecideRoutingDelegate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * A bare in-memory engine for process tests: the models run as in production, with the one
 * bean they call ({@code approvalMilestones}) replaced by a recorder of the milestones reached.
 */
public final class ProcessTestEngine {

    /** The unit's starting policy (V4__policy_thresholds.sql). */
    static final Map<ThresholdKey, Money> STARTING_THRESHOLDS = Map.of(
        ThresholdKey.projectCollectiveThresholdYuan, Money.yuan("500000.00"),
        ThresholdKey.publicTenderThresholdYuan, Money.yuan("2000000.00"),
        ThresholdKey.decentralizedLimitGoodsServicesYuan, Money.yuan("500000.00"),
        ThresholdKey.decentralizedLimitWorksYuan, Money.yuan("600000.00"));

    private ProcessTestEngine() {
    }

    static ProcessEngine create(String name, MilestoneRecorder recorder) {
        var config = new StandaloneInMemProcessEngineConfiguration();
        config.setProcessEngineName(name);
        config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        config.setHistory("full");
        config.setJobExecutorActivate(false);
        config.setJavaSerializationFormatEnabled(false);
        config.setBeans(Map.of("approvalMilestones", recorder,
            "decideRoutingDelegate", new DecideRoutingDelegate(() -> STARTING_THRESHOLDS)));
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
