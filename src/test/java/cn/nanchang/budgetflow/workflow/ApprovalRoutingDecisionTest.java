package cn.nanchang.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of processes/approval-routing.dmn, with the boundaries at 49.99万/50万 and
 * 199.99万/200万, evaluated with the starting thresholds as the application passes them.
 */
class ApprovalRoutingDecisionTest {

    private static final DecisionTableProbe table = new DecisionTableProbe("/processes/approval-routing.dmn", RoutedApproval.ROUTING_DECISION_KEY);

    @ParameterizedTest(name = "{0} {1}元 {2} changed={3} → collective={4}, bureau={5} ({6})")
    @CsvSource(nullValues = "null", value = {
        // rule 1: projects at or above the collective threshold (50万)
        "PROJECT_APPLICATION, 500000.00, null, null, true, true, Rule_ProjectAboveCollectiveThreshold",
        "PROJECT_APPLICATION, 3610000.00, null, null, true, true, Rule_ProjectAboveCollectiveThreshold",
        // rule 2: projects below it (49.99万)
        "PROJECT_APPLICATION, 499900.00, null, null, false, true, Rule_ProjectBelowCollectiveThreshold",
        "PROJECT_APPLICATION, 499999.99, null, null, false, true, Rule_ProjectBelowCollectiveThreshold",
        // rule 3: any single-source procurement, however small
        "PROCUREMENT_PLAN, 10000.00, 单一来源, false, true, true, Rule_ProcurementSingleSource",
        // rule 4: a changed method, however small
        "PROCUREMENT_PLAN, 10000.00, 竞争性磋商, true, true, true, Rule_ProcurementMethodChanged",
        // rule 5: at the public tender threshold (200万)
        "PROCUREMENT_PLAN, 2000000.00, 公开招标, false, false, true, Rule_ProcurementAtPublicTenderThreshold",
        // rule 6: below it (199.99万)
        "PROCUREMENT_PLAN, 1999900.00, 公开招标, false, false, false, Rule_ProcurementBelowPublicTenderThreshold",
        "PROCUREMENT_PLAN, 1999999.99, 询价, false, false, false, Rule_ProcurementBelowPublicTenderThreshold",
        // rule 7: budget drafts always go to the bureau
        "BUDGET_DRAFT, 100.00, null, null, false, true, Rule_BudgetDraft",
    })
    void routes_each_case_by_its_rule(String type, double amountYuan, String method, Boolean changed,
            boolean collective, boolean bureau, String ruleId) {
        DmnDecisionTableResult result = table.evaluate(inputs(type, amountYuan, method, changed, 500000.00, 2000000.00));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap())
            .containsEntry("collectiveDecision", collective)
            .containsEntry("bureauReview", bureau);
        assertThat(table.firstMatchedRule()).isEqualTo(ruleId);
    }

    @Test
    void a_lower_threshold_set_by_the_administrator_changes_the_route_without_a_redeploy() {
        var standard = table.evaluate(inputs("PROJECT_APPLICATION", 300000.00, null, null, 500000.00, 2000000.00));
        var stricter = table.evaluate(inputs("PROJECT_APPLICATION", 300000.00, null, null, 300000.00, 2000000.00));

        assertThat(standard.getSingleResult().<Boolean>getEntry("collectiveDecision")).isFalse();
        assertThat(stricter.getSingleResult().<Boolean>getEntry("collectiveDecision")).isTrue();
    }

    @Test
    void every_result_carries_a_chinese_reason() {
        var result = table.evaluate(inputs("PROCUREMENT_PLAN", 10000.00, "单一来源", false, 500000.00, 2000000.00));

        assertThat(result.getSingleResult().<String>getEntry("routingReason")).contains("单一来源");
    }

    private static VariableMap inputs(String type, double amount, String method, Boolean changed,
            double collectiveThreshold, double tenderThreshold) {
        return Variables.createVariables()
            .putValue("documentType", type).putValue("amountYuan", amount)
            .putValue("procurementMethod", method).putValue("methodChanged", changed)
            .putValue("projectCollectiveThresholdYuan", collectiveThreshold)
            .putValue("publicTenderThresholdYuan", tenderThreshold);
    }
}
