package cn.nanchang.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of processes/adjustment-routing.dmn, with the boundary at 49.99万/50万 of the
 * starting collective threshold, and every kind and scope decided.
 */
class AdjustmentRoutingDecisionTest {

    private static final double THRESHOLD = 500000.00;
    private static final DecisionTableProbe table = new DecisionTableProbe("/processes/adjustment-routing.dmn", BudgetAdjustmentApproval.ROUTING_DECISION_KEY);

    @ParameterizedTest(name = "{0} {1} {2}元 → collective={3}, bureau={4}, 财政={5} ({6})")
    @CsvSource(nullValues = "null", value = {
        // 追加 and 追减 always go to the bureau, whatever their scope and amount
        "ADDITION, WITHIN_PROJECT_ECONOMIC, 10000.00, false, true, false, Rule_AdditionToBureau",
        "ADDITION, BASIC_PROJECT, 900000.00, false, true, false, Rule_AdditionToBureau",
        "REDUCTION, OTHER, 10000.00, false, true, false, Rule_ReductionToBureau",
        "REDUCTION, ACROSS_PROJECTS_OR_FUNCTIONS, 900000.00, false, true, false, Rule_ReductionToBureau",
        // 基本支出 ↔ 项目支出: bureau and 财政; at the threshold also the meeting
        "TRANSFER, BASIC_PROJECT, 500000.00, true, true, true, Rule_BasicProjectAboveThreshold",
        "TRANSFER, BASIC_PROJECT, 499999.99, false, true, true, Rule_BasicProject",
        // between projects or function classes: meeting and bureau, however small
        "TRANSFER, ACROSS_PROJECTS_OR_FUNCTIONS, 1000.00, true, true, false, Rule_AcrossProjectsOrFunctions",
        // inside one project or one function's basic lines: from the threshold meeting and bureau
        "TRANSFER, WITHIN_PROJECT_ECONOMIC, 500000.00, true, true, false, Rule_AboveThreshold",
        "TRANSFER, OTHER, 500000.00, true, true, false, Rule_AboveThreshold",
        // below it the center decides alone
        "TRANSFER, WITHIN_PROJECT_ECONOMIC, 499999.99, false, false, false, Rule_WithinProjectEconomic",
        "TRANSFER, OTHER, 499999.99, false, false, false, Rule_Other",
    })
    void routes_each_case_by_its_rule(String kind, String scope, double amountYuan, boolean collective, boolean bureau,
            boolean financeBureau, String ruleId) {
        DmnDecisionTableResult result = table.evaluate(inputs(kind, scope, amountYuan, THRESHOLD));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap())
            .containsEntry("collectiveDecision", collective)
            .containsEntry("bureauReview", bureau)
            .containsEntry("financeBureauApproval", financeBureau);
        assertThat(table.firstMatchedRule()).isEqualTo(ruleId);
    }

    @Test
    void every_rule_of_the_table_is_covered_by_a_case_above() throws Exception {
        try (java.io.InputStream dmn = AdjustmentRoutingDecisionTest.class.getResourceAsStream("/processes/adjustment-routing.dmn")) {
            String xml = new String(dmn.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(java.util.regex.Pattern.compile("<rule id=\"(\\w+)\"").matcher(xml).results().map(m -> m.group(1)))
                .containsExactlyInAnyOrder("Rule_AdditionToBureau", "Rule_ReductionToBureau",
                    "Rule_BasicProjectAboveThreshold", "Rule_BasicProject", "Rule_AcrossProjectsOrFunctions",
                    "Rule_AboveThreshold", "Rule_WithinProjectEconomic", "Rule_Other");
        }
    }

    @Test
    void a_lower_threshold_set_by_the_administrator_sends_a_small_transfer_to_the_meeting() {
        var standard = table.evaluate(inputs("TRANSFER", "WITHIN_PROJECT_ECONOMIC", 300000.00, THRESHOLD));
        var stricter = table.evaluate(inputs("TRANSFER", "WITHIN_PROJECT_ECONOMIC", 300000.00, 300000.00));

        assertThat(standard.getSingleResult().<Boolean>getEntry("collectiveDecision")).isFalse();
        assertThat(stricter.getSingleResult().<Boolean>getEntry("collectiveDecision")).isTrue();
    }

    @Test
    void every_result_carries_a_chinese_reason() {
        var result = table.evaluate(inputs("TRANSFER", "BASIC_PROJECT", 1000.00, THRESHOLD));

        assertThat(result.getSingleResult().<String>getEntry("routingReason")).contains("财政审批");
    }

    private static VariableMap inputs(String kind, String scope, double amount, double threshold) {
        return Variables.createVariables()
            .putValue("adjustmentKind", kind).putValue("scope", scope).putValue("amountYuan", amount)
            .putValue("adjustmentCollectiveThresholdYuan", threshold);
    }
}
