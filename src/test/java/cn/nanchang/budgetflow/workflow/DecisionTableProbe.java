package cn.nanchang.budgetflow.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;

/** A decision table of processes/ parsed on a bare DMN engine, telling which rule matched first, for table tests. */
final class DecisionTableProbe {

    private final AtomicReference<String> firstMatchedRule = new AtomicReference<>();
    private final DmnEngine engine;
    private final DmnDecision decision;

    DecisionTableProbe(String resource, String decisionKey) {
        var config = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        config.customPostDecisionTableEvaluationListeners(List.of(event -> firstMatchedRule.set(
            event.getMatchingRules().isEmpty() ? null : event.getMatchingRules().get(0).getId())));
        engine = config.buildEngine();
        try (InputStream dmn = DecisionTableProbe.class.getResourceAsStream(resource)) {
            decision = engine.parseDecision(decisionKey, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DmnDecisionTableResult evaluate(VariableMap inputs) {
        return engine.evaluateDecisionTable(decision, inputs);
    }

    /** The id of the first rule that matched in the latest evaluation. */
    String firstMatchedRule() {
        return firstMatchedRule.get();
    }
}
