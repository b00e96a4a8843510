package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.DisclosurePublicationProcess.APPROVED;
import static cn.nanchang.budgetflow.workflow.DisclosurePublicationProcess.PROCESS_KEY;
import static cn.nanchang.budgetflow.workflow.DisclosurePublicationProcess.TASK_APPROVE;
import static cn.nanchang.budgetflow.workflow.DisclosurePublicationProcess.TASK_PREPARE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of processes/disclosure-publication.bpmn: 综合科 prepares and the 中心主任
 * approves publication; or the 中心主任 returns it, 综合科 prepares again and it is then approved.
 */
@Deployment(resources = "processes/disclosure-publication.bpmn")
class DisclosurePublicationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("disclosure-publication-test", new ProcessTestEngine.MilestoneRecorder())).build();

    @BeforeEach
    void useThisClassesEngine() {
        BpmnAwareTests.init(extension.getProcessEngine());
    }

    @Test
    void prepared_by_finance_and_approved_by_the_director_ends_published() {
        ProcessInstance year = start();

        assertThat(year).isWaitingAt(TASK_PREPARE);
        assertThat(task()).hasCandidateGroup("finance");
        complete(task());
        assertThat(year).isWaitingAt(TASK_APPROVE);
        assertThat(task()).hasCandidateGroup("director");
        complete(task(), withVariables(APPROVED, true));

        assertThat(year).isEnded().hasPassedInOrder("StartEvent_PreparationStarted", TASK_PREPARE, TASK_APPROVE,
            "Gateway_Approved", "EndEvent_DisclosurePublished");
    }

    @Test
    void returned_by_the_director_goes_back_to_finance_and_is_approved_after_preparing_again() {
        ProcessInstance year = start();
        assertThat(year).isWaitingAt(TASK_PREPARE);
        complete(task());
        assertThat(year).isWaitingAt(TASK_APPROVE);
        complete(task(), withVariables(APPROVED, false));

        assertThat(year).isWaitingAt(TASK_PREPARE).hasPassedInOrder(TASK_PREPARE, TASK_APPROVE, "Gateway_Approved");
        assertThat(year).hasNotPassed("EndEvent_DisclosurePublished");
        assertThat(task()).hasCandidateGroup("finance");
        complete(task());
        assertThat(year).isWaitingAt(TASK_APPROVE);
        complete(task(), withVariables(APPROVED, true));

        assertThat(year).isEnded().hasPassed("EndEvent_DisclosurePublished");
    }

    @Test
    void both_steps_are_due_at_the_end_of_the_years_publication_deadline_and_without_one_have_no_due_date() {
        ProcessInstance year = runtimeService().startProcessInstanceByKey(PROCESS_KEY, DisclosurePublicationProcess.businessKey(2024),
            Map.of(DisclosurePublicationProcess.FISCAL_YEAR, 2024, BudgetYearModel.PUBLISH_DUE, "2024-03-21"));
        Date due = Date.from(LocalDate.of(2024, 3, 22).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());

        assertThat(task(TASK_PREPARE, year)).hasDueDate(due);
        complete(task(TASK_PREPARE, year));
        assertThat(task(TASK_APPROVE, year)).hasDueDate(due);
        complete(task(TASK_APPROVE, year), withVariables(APPROVED, false));
        assertThat(task(TASK_PREPARE, year)).hasDueDate(due);
        complete(task(TASK_PREPARE, year));
        complete(task(TASK_APPROVE, year), withVariables(APPROVED, true));
        assertThat(year).isEnded();

        ProcessInstance undated = start();
        org.assertj.core.api.Assertions.assertThat(task(TASK_PREPARE, undated).getDueDate()).isNull();
        runtimeService().deleteProcessInstance(undated.getId(), "test done");
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, DisclosurePublicationProcess.businessKey(2023),
            Map.of(DisclosurePublicationProcess.FISCAL_YEAR, 2023));
    }
}
