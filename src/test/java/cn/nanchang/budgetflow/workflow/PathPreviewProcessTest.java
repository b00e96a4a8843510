package cn.nanchang.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.workflow.internal.ProcessModels;
import cn.nanchang.budgetflow.workflow.internal.RouteWalker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 流程预测 against the engine: for each routing case the steps predicted before submission are
 * exactly the user tasks the engine then creates when every reviewer approves, and a prediction
 * made part way (or after a return) is exactly the rest.
 */
@Deployment(resources = {"processes/budget-draft-approval.bpmn", "processes/project-application-approval.bpmn",
    "processes/procurement-plan-approval.bpmn", "processes/approval-routing.dmn"})
class PathPreviewProcessTest {

    private static final ProcessTestEngine.MilestoneRecorder milestones = new ProcessTestEngine.MilestoneRecorder();
    private static final AtomicLong NEXT_ID = new AtomicLong(9_000);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("path-preview-test", milestones)).build();

    private ProcessEngine engine;
    private PathPreview preview;
    private ApprovalProcesses processes;

    @BeforeEach
    void wireThePreviewToThisEngine() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        preview = new PathPreview(engine.getRepositoryService(), engine.getRuntimeService(), engine.getTaskService(),
            new RouteWalker(engine.getDecisionService(), () -> ProcessTestEngine.STARTING_THRESHOLDS));
        processes = new ApprovalProcesses(engine.getRuntimeService(), engine.getTaskService(),
            new ProcessModels(engine.getRepositoryService()));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(nullValues = "null", value = {
        "BUDGET_DRAFT,        1000000.00, null,   null,  SECTION_HEAD_REVIEW FINANCE_REVIEW DIRECTOR_REVIEW BUREAU_REVIEW",
        "PROJECT_APPLICATION, 499999.99,  null,   null,  SECTION_HEAD_REVIEW FINANCE_REVIEW DIRECTOR_REVIEW BUREAU_REVIEW",
        "PROJECT_APPLICATION, 500000.00,  null,   null,  SECTION_HEAD_REVIEW FINANCE_REVIEW DIRECTOR_REVIEW COLLECTIVE_DECISION BUREAU_REVIEW",
        "PROCUREMENT_PLAN,    150000.00,  询价,   false, SECTION_HEAD_REVIEW FINANCE_REVIEW DIRECTOR_REVIEW",
        "PROCUREMENT_PLAN,    2000000.00, 公开招标, false, SECTION_HEAD_REVIEW FINANCE_REVIEW DIRECTOR_REVIEW BUREAU_REVIEW",
        "PROCUREMENT_PLAN,    80000.00,   单一来源, false, SECTION_HEAD_REVIEW FINANCE_REVIEW DIRECTOR_REVIEW COLLECTIVE_DECISION BUREAU_REVIEW",
        "PROCUREMENT_PLAN,    80000.00,   询价,   true,  SECTION_HEAD_REVIEW FINANCE_REVIEW DIRECTOR_REVIEW COLLECTIVE_DECISION BUREAU_REVIEW"})
    void the_route_predicted_before_submission_is_the_route_the_engine_takes(DocumentType type, String amount, String method,
            Boolean changed, String expected) {
        ApprovalRequest request = request(type, amount, method, changed);

        List<PredictedStep> predicted = preview.ahead(request);
        processes.start(request);
        List<ApprovalStep> taken = approveToTheEnd(request.documentId());

        assertThat(predicted).extracting(PredictedStep::step).containsExactlyElementsOf(taken);
        assertThat(taken).extracting(ApprovalStep::name).containsExactly(expected.split(" "));
        assertThat(predicted).noneMatch(PredictedStep::current);
        assertThat(predicted.get(0).candidateGroup()).isEqualTo("section-head-S3");
    }

    @Test
    void a_section_request_of_a_budget_year_is_predicted_to_end_after_finance_as_the_engine_ends_it() {
        ApprovalRequest request = new ApprovalRequest(DocumentType.BUDGET_DRAFT, NEXT_ID.incrementAndGet(), "S3", "staff3",
            Money.yuan("1000000.00"), Map.of(ProcessVariables.BUDGET_YEAR_REQUEST, true));

        List<PredictedStep> predicted = preview.ahead(request);
        processes.start(request);

        assertThat(predicted).extracting(PredictedStep::step)
            .containsExactly(ApprovalStep.SECTION_HEAD_REVIEW, ApprovalStep.FINANCE_REVIEW)
            .containsExactlyElementsOf(approveToTheEnd(request.documentId()));
    }

    @Test
    void part_way_the_preview_starts_at_the_waiting_step_and_names_who_holds_it() {
        ApprovalRequest request = request(DocumentType.PROJECT_APPLICATION, "600000.00", null, null);
        processes.start(request);
        approveCurrent(request.documentId());
        Task finance = openTask(request.documentId());
        engine.getTaskService().claim(finance.getId(), "finance");

        List<PredictedStep> predicted = preview.ahead(request);

        assertThat(predicted).extracting(PredictedStep::step).containsExactly(ApprovalStep.FINANCE_REVIEW,
            ApprovalStep.DIRECTOR_REVIEW, ApprovalStep.COLLECTIVE_DECISION, ApprovalStep.BUREAU_REVIEW);
        assertThat(predicted.get(0).current()).isTrue();
        assertThat(predicted.get(0).assignee()).isEqualTo("finance");
        assertThat(predicted.get(2).candidateGroup()).isEqualTo("director");
        assertThat(approveToTheEnd(request.documentId())).containsExactlyElementsOf(predicted.stream().map(PredictedStep::step).toList());
    }

    @Test
    void a_returned_project_is_predicted_back_to_the_returner_with_its_revised_amount() {
        ApprovalRequest request = request(DocumentType.PROJECT_APPLICATION, "600000.00", null, null);
        processes.start(request);
        approveCurrent(request.documentId());
        engine.getTaskService().complete(openTask(request.documentId()).getId(), Map.of(ProcessVariables.APPROVED, false,
            ProcessVariables.RETURNED_FROM, BudgetDraftApproval.TASK_FINANCE_REVIEW));
        ApprovalRequest revised = new ApprovalRequest(request.type(), request.documentId(), "S3", "staff3",
            Money.yuan("100000.00"));

        List<PredictedStep> predicted = preview.ahead(revised);
        processes.resubmit(revised);

        assertThat(predicted).extracting(PredictedStep::step).containsExactly(ApprovalStep.REVISE,
            ApprovalStep.FINANCE_REVIEW, ApprovalStep.DIRECTOR_REVIEW, ApprovalStep.BUREAU_REVIEW);
        assertThat(predicted.get(0).assignee()).isEqualTo("staff3");
        assertThat(approveToTheEnd(request.documentId())).containsExactlyElementsOf(predicted.subList(1, 4).stream()
            .map(PredictedStep::step).toList());
    }

    @ParameterizedTest(name = "{0}, added {1} finance")
    @CsvSource({"BUDGET_DRAFT, before", "BUDGET_DRAFT, after", "PROJECT_APPLICATION, before", "PROJECT_APPLICATION, after",
        "PROCUREMENT_PLAN, before", "PROCUREMENT_PLAN, after"})
    void while_an_added_signer_holds_the_document_the_preview_names_them_and_then_the_step_it_resumes_at(DocumentType type,
            String position) {
        ApprovalRequest request = request(type, "2000000.00", type == DocumentType.PROCUREMENT_PLAN ? "公开招标" : null,
            type == DocumentType.PROCUREMENT_PLAN ? false : null);
        processes.start(request);
        approveCurrent(request.documentId());
        AddedSigners signers = new AddedSigners(engine.getRuntimeService(), engine.getTaskService(), tasks());
        OpenTask finance = tasks().openTasksOf(request.documentId()).get(0);
        if (position.equals("before")) {
            signers.addBefore(finance, "finance", "director", "请主任先把关");
        } else {
            signers.addAfter(finance, "finance", "head2", "请信息科会签");
        }

        List<PredictedStep> predicted = preview.ahead(request);

        assertThat(predicted.get(0).step()).isEqualTo(ApprovalStep.ADDED_SIGNER_REVIEW);
        assertThat(predicted.get(0).current()).isTrue();
        assertThat(predicted.get(1).step()).isEqualTo(position.equals("before") ? ApprovalStep.FINANCE_REVIEW
            : ApprovalStep.DIRECTOR_REVIEW);
        assertThat(approveToTheEnd(request.documentId())).containsExactlyElementsOf(predicted.stream()
            .map(PredictedStep::step).toList());
    }

    private ApprovalTasks tasks() {
        return new ApprovalTasks(engine.getTaskService(), engine.getRuntimeService(), engine.getHistoryService());
    }

    private List<ApprovalStep> approveToTheEnd(long documentId) {
        List<ApprovalStep> taken = new ArrayList<>();
        for (Task task = openTask(documentId); task != null; task = openTask(documentId)) {
            taken.add(ApprovalStep.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow());
            engine.getTaskService().complete(task.getId(), Map.of(ProcessVariables.APPROVED, true));
        }
        return taken;
    }

    private void approveCurrent(long documentId) {
        engine.getTaskService().complete(openTask(documentId).getId(), Map.of(ProcessVariables.APPROVED, true));
    }

    private Task openTask(long documentId) {
        return engine.getTaskService().createTaskQuery()
            .processInstanceBusinessKey(ApprovalProcesses.businessKey(documentId)).active().singleResult();
    }

    private static ApprovalRequest request(DocumentType type, String amount, String method, Boolean changed) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(ProcessVariables.PROCUREMENT_METHOD, method);
        facts.put(ProcessVariables.METHOD_CHANGED, changed);
        return new ApprovalRequest(type, NEXT_ID.incrementAndGet(), "S3", "staff3", Money.yuan(amount), facts);
    }
}
