package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.BudgetYearModel.*;

import cn.nanchang.budgetflow.base.ConflictException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a budget year's process (processes/budget-year.bpmn, business key
 * {@code budget-year-<year>}) and passes it what happens outside: a section's request accepted
 * by 财务 or excused, the unit's proposal passed by the bureau, the ceilings, the split and its
 * approval, the 批复, the disclosure published. Callers are the budgetyear services, which have
 * already checked who may do this; the methods join their transaction. A message the year is not
 * waiting for is a conflict, except a section's request accepted when the year no longer waits for it.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BudgetYearProcess {

    public static final String PROCESS_KEY = "budget-year";
    /** Called once per section and request round by the year's multi-instance call activities. */
    public static final String SECTION_PROCESS_KEY = "section-budget-request";

    /** The activity the year waits in at each stage; one of them is active while the year runs. */
    private static final Map<String, YearStage> STAGES = stages();

    private final RuntimeService runtime;
    private final HistoryService history;

    BudgetYearProcess(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    public static String businessKey(int fiscalYear) {
        return "budget-year-" + fiscalYear;
    }

    /** Starts the year: the 一上 requests of these sections, due on the deadlines. */
    public void start(int fiscalYear, List<String> sectionCodes, LocalDate oneUpDeadline, LocalDate twoUpDeadline) {
        if (sectionCodes.isEmpty() || new HashSet<>(sectionCodes).size() != sectionCodes.size()
                || sectionCodes.stream().anyMatch(code -> code.isBlank() || code.contains(","))) {
            throw new IllegalArgumentException("sections must be distinct codes without commas: " + sectionCodes);
        }
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey(fiscalYear)).count() > 0) {
            throw new ConflictException("budget year " + fiscalYear + " has already been started");
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(FISCAL_YEAR, fiscalYear);
        variables.put(SECTIONS, String.join(",", sectionCodes));
        variables.put(ONE_UP_DEADLINE, oneUpDeadline.toString());
        variables.put(TWO_UP_DEADLINE, twoUpDeadline.toString());
        runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(fiscalYear), variables);
    }

    /** Where the year's process waits; empty when no process runs or ran for the year. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<YearStage> stage(int fiscalYear) {
        Optional<ProcessInstance> year = running(fiscalYear);
        if (year.isPresent()) {
            Set<String> active = Set.copyOf(runtime.getActiveActivityIds(year.get().getId()));
            return Optional.of(STAGES.entrySet().stream().filter(e -> active.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException("budget year " + fiscalYear + " waits at " + active)));
        }
        boolean ended = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
            .processInstanceBusinessKey(businessKey(fiscalYear)).finished().count() > 0;
        return ended ? Optional.of(YearStage.CLOSED) : Optional.empty();
    }

    /** The sections whose request of the current request round is neither in nor excused. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Set<String> sectionsWaiting(int fiscalYear) {
        Optional<ProcessInstance> year = running(fiscalYear);
        if (year.isEmpty()) {
            return Set.of();
        }
        // the round's call activity has one child instance per section still waiting; accepted and excused ones have ended
        String[] children = runtime.createProcessInstanceQuery().superProcessInstanceId(year.get().getId()).list().stream()
            .map(ProcessInstance::getId).toArray(String[]::new);
        if (children.length == 0) {
            return Set.of();
        }
        return Collections.unmodifiableSortedSet(runtime.createVariableInstanceQuery().processInstanceIdIn(children)
            .variableName(SECTION_CODE).list().stream()
            .map(v -> (String) v.getValue())
            .collect(Collectors.toCollection(TreeSet::new)));
    }

    /**
     * 财务 accepted the section's request of the current round. Nothing happens when the year no
     * longer waits for the section (it was excused meanwhile): 财务's approval must not fail on it.
     */
    public void sectionRequestAccepted(int fiscalYear, String sectionCode) {
        runtime.createMessageCorrelation(MESSAGE_SECTION_REQUEST_ACCEPTED)
            .processInstanceBusinessKey(businessKey(fiscalYear))
            .processInstanceVariableEquals(SECTION_CODE, sectionCode)
            .correlateAllWithResult();
    }

    /** 财务 proceeds without the section in the current round (the reason is recorded by the caller). */
    public void excuseSection(int fiscalYear, String sectionCode) {
        try {
            runtime.createMessageCorrelation(MESSAGE_SECTION_EXCUSED)
                .processInstanceBusinessKey(businessKey(fiscalYear))
                .processInstanceVariableEquals(SECTION_CODE, sectionCode)
                .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("budget year " + fiscalYear + " is not waiting for section " + sectionCode, e);
        }
    }

    /**
     * The bureau passed the unit's proposal of the current round. After 二上 the bureau must 批复
     * by {@code approvalDue} (预算法 Art. 52); ignored after 一上.
     */
    public void proposalApproved(int fiscalYear, LocalDate approvalDue) {
        Map<String, Object> variables = stage(fiscalYear).orElse(null) == YearStage.TWO_UP_PROPOSAL
            ? Map.of(APPROVAL_DUE, Objects.requireNonNull(approvalDue, "approvalDue").toString())
            : Map.of();
        correlate(fiscalYear, MESSAGE_PROPOSAL_APPROVED, variables);
    }

    /** The bureau recorded the ceilings. */
    public void ceilingsIssued(int fiscalYear) {
        correlate(fiscalYear, MESSAGE_CEILINGS_ISSUED, Map.of());
    }

    /** 财务 recorded the split; the director decides on it next. */
    public void splitRecorded(int fiscalYear) {
        correlate(fiscalYear, MESSAGE_SPLIT_RECORDED, Map.of());
    }

    /** The director approved the split (on to 二上) or returned it to 财务. */
    public void splitDecided(int fiscalYear, boolean approved) {
        correlate(fiscalYear, MESSAGE_SPLIT_DECIDED, Map.of(SPLIT_APPROVED, approved));
    }

    /** The bureau recorded the 批复; the disclosure is due on {@code publishDue} (实施条例 Art. 6). */
    public void budgetApproved(int fiscalYear, LocalDate publishDue) {
        correlate(fiscalYear, MESSAGE_BUDGET_APPROVED, Map.of(PUBLISH_DUE, publishDue.toString()));
    }

    /** The year's disclosure was published: the year's process ends. */
    public void disclosurePublished(int fiscalYear) {
        correlate(fiscalYear, MESSAGE_DISCLOSURE_PUBLISHED, Map.of());
    }

    private void correlate(int fiscalYear, String message, Map<String, Object> variables) {
        try {
            // the sections' instances share the year's business key but wait for other messages only
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey(fiscalYear))
                .setVariables(variables).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("budget year " + fiscalYear + " is not waiting for " + message, e);
        }
    }

    private Optional<ProcessInstance> running(int fiscalYear) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
            .processInstanceBusinessKey(businessKey(fiscalYear)).singleResult());
    }

    private static Map<String, YearStage> stages() {
        Map<String, YearStage> stages = new LinkedHashMap<>();
        stages.put(CALL_ONE_UP_REQUESTS, YearStage.ONE_UP_REQUESTS);
        stages.put(TASK_AWAIT_ONE_UP_PROPOSAL, YearStage.ONE_UP_PROPOSAL);
        stages.put(TASK_AWAIT_CEILINGS, YearStage.CEILINGS);
        stages.put(TASK_AWAIT_SPLIT, YearStage.SPLIT);
        stages.put(TASK_AWAIT_SPLIT_APPROVAL, YearStage.SPLIT_APPROVAL);
        stages.put(CALL_TWO_UP_REQUESTS, YearStage.TWO_UP_REQUESTS);
        stages.put(TASK_AWAIT_TWO_UP_PROPOSAL, YearStage.TWO_UP_PROPOSAL);
        stages.put(TASK_AWAIT_APPROVAL, YearStage.APPROVAL);
        stages.put(TASK_AWAIT_DISCLOSURE, YearStage.DISCLOSURE);
        return Collections.unmodifiableMap(stages);
    }
}
