package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.policy.ThresholdKey;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.PredictedStep;
import cn.nanchang.budgetflow.workflow.ProcessVariables;
import cn.nanchang.budgetflow.workflow.RoutedApproval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Walks a deployed approval model from one element to its end as if every reviewer approved:
 * user tasks are the steps ahead, the routing task evaluates the decision table as the engine
 * would, gateways take the flow whose condition holds (else their default). Conditions are the
 * forms the models use, {@code ${flag}}, {@code ${!flag}} and
 * {@code ${execution.getVariable('name') == 'value' || …}} (or {@code == true}); any other form
 * is refused, so a model change the preview does not understand fails its tests rather than predicting wrongly.
 */
public class RouteWalker {

    private static final int MAX_ELEMENTS = 100;
    private static final Pattern FLAG = Pattern.compile("(!?)(\\w+)");
    /** {@code name == 'text'} or {@code name == true}; {@code execution.getVariable('name')} reads a missing variable as null. */
    private static final Pattern EQUALS =
        Pattern.compile("(?:execution\\.getVariable\\('(\\w+)'\\)|(\\w+))\\s*==\\s*(?:'([^']*)'|(true|false))");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    private final DecisionService decisions;
    private final Supplier<Map<ThresholdKey, Money>> thresholds;

    public RouteWalker(DecisionService decisions, Supplier<Map<ThresholdKey, Money>> thresholds) {
        this.decisions = decisions;
        this.thresholds = thresholds;
    }

    /**
     * The user tasks from {@code fromElementId} (included) to the end.
     *
     * @param variables the process variables as they stand (routing facts, groups, drafter)
     * @param currentAssignee who holds the task at {@code fromElementId} now, if it is a claimed task
     */
    public List<PredictedStep> walk(BpmnModelInstance model, String fromElementId, Map<String, Object> variables,
            boolean fromCurrentTask, String currentAssignee) {
        Map<String, Object> vars = new HashMap<>(variables);
        List<PredictedStep> steps = new ArrayList<>();
        FlowNode node = model.getModelElementById(fromElementId);
        for (int i = 0; node != null && !(node instanceof EndEvent); i++) {
            if (i > MAX_ELEMENTS) {
                throw new IllegalStateException("route does not end: " + fromElementId);
            }
            boolean current = fromCurrentTask && i == 0;
            if (node instanceof UserTask task) {
                steps.add(step(task, vars, current, current ? currentAssignee : null));
                vars.put(ProcessVariables.APPROVED, true);
            } else if (node instanceof BusinessRuleTask && RoutedApproval.TASK_DECIDE_ROUTING.equals(node.getId())) {
                vars.putAll(RoutingTable.decide(decisions, vars, thresholds.get()));
            }
            node = next(node, vars);
        }
        return steps;
    }

    private static PredictedStep step(UserTask task, Map<String, Object> vars, boolean current, String assignee) {
        ApprovalStep step = ApprovalStep.ofTaskKey(task.getId())
            .orElseThrow(() -> new IllegalStateException("no approval step for " + task.getId()));
        String person = assignee != null ? assignee : resolve(task.getCamundaAssignee(), vars);
        return new PredictedStep(step, task.getName(), resolve(task.getCamundaCandidateGroups(), vars), person, current);
    }

    private static FlowNode next(FlowNode node, Map<String, Object> vars) {
        var outgoing = node.getOutgoing();
        if (outgoing.size() == 1 && outgoing.iterator().next().getConditionExpression() == null) {
            return outgoing.iterator().next().getTarget();
        }
        SequenceFlow fallback = node instanceof ExclusiveGateway gateway ? gateway.getDefault() : null;
        for (SequenceFlow flow : outgoing) {
            if (flow != fallback && flow.getConditionExpression() != null
                    && holds(flow.getConditionExpression().getTextContent(), vars)) {
                return flow.getTarget();
            }
        }
        return fallback == null ? null : fallback.getTarget();
    }

    static boolean holds(String expression, Map<String, Object> vars) {
        String body = expression.strip();
        if (!body.startsWith("${") || !body.endsWith("}")) {
            throw new IllegalStateException("cannot preview condition " + expression);
        }
        for (String alternative : body.substring(2, body.length() - 1).split("\\|\\|")) {
            if (allHold(alternative, vars)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHold(String conjunction, Map<String, Object> vars) {
        boolean holds = true;
        for (String term : conjunction.split("&&")) {
            // every term is checked, so that a form the preview does not know is refused whatever comes first
            holds &= termHolds(term.strip(), vars);
        }
        return holds;
    }

    private static boolean termHolds(String term, Map<String, Object> vars) {
        Matcher flag = FLAG.matcher(term);
        if (flag.matches()) {
            boolean value = Boolean.TRUE.equals(vars.get(flag.group(2)));
            return flag.group(1).isEmpty() == value;
        }
        Matcher equals = EQUALS.matcher(term);
        if (equals.matches()) {
            String name = equals.group(1) != null ? equals.group(1) : equals.group(2);
            Object expected = equals.group(3) != null ? equals.group(3) : Boolean.valueOf(equals.group(4));
            return Objects.equals(vars.get(name), expected);
        }
        throw new IllegalStateException("cannot preview condition " + term);
    }

    private static String resolve(String expression, Map<String, Object> vars) {
        if (expression == null) {
            return null;
        }
        Matcher variable = VARIABLE.matcher(expression.strip());
        return variable.matches() ? Objects.toString(vars.get(variable.group(1)), null) : expression.strip();
    }
}
