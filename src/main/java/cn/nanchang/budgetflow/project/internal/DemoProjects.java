package cn.nanchang.budgetflow.project.internal;

import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.approval.MeetingRecord;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.project.ProjectApplicationInput;
import cn.nanchang.budgetflow.project.ProjectApplicationService;
import cn.nanchang.budgetflow.security.ActingAs;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.Decision;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files the seed's two 2023 projects (demo/project-applications-2023.json), and each in 2022 too, when
 * budgetflow.demo-data=true, and carries each through the real approval as the demo users:
 * drafted and submitted by the section's 科员, approved by the 科长, 财务审核 and 中心主任, passed
 * by the 主任办公会 with its meeting record where the routing table asks for one, and approved by
 * the 数据局, so each enters the project library. A project already filed is left alone; each
 * project is filed in one transaction, so a failure leaves nothing half done.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "budgetflow.demo-documents", havingValue = "true")
class DemoProjects implements ApplicationRunner {

    static final String RESOURCE = "demo/project-applications-2023.json";
    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    private final ProjectApplicationService applications;
    private final DocumentLifecycle lifecycle;
    private final DocumentReview review;
    private final ActingAs acting;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    DemoProjects(ProjectApplicationService applications, DocumentLifecycle lifecycle, DocumentReview review,
            ActingAs acting, ObjectMapper json, PlatformTransactionManager transactions) {
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.review = review;
        this.acting = acting;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One seed project: who files and heads the section, the application, its indicator rows and the meeting. */
    record DemoProject(String drafter, String sectionHead, MeetingRecord meeting, String indicatorNote, PriorYear priorYear,
            ProjectApplicationInput application, List<List<String>> indicators) {

        /** The application with its indicator rows [category, name, direction, target, unit], each marked as an example. */
        ProjectApplicationInput input() {
            var a = application;
            List<ProjectApplicationInput.IndicatorInput> rows = indicators.stream()
                .map(r -> new ProjectApplicationInput.IndicatorInput(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), null,
                    indicatorNote))
                .toList();
            return new ProjectApplicationInput(a.fiscalYear(), a.name(), a.category(), a.overview(), a.legalBasis(),
                a.implementingBody(), a.periodStart(), a.periodEnd(), a.annualBudget(), a.costLines(), rows, a.purpose());
        }

        /**
         * The same project in the prior year it also ran: period shifted, cost lines under that year's
         * function code, and that year's own purpose sentence and indicators (a 2022 document speaks of 2022).
         */
        DemoProject inPriorYear() {
            int shift = application.fiscalYear() - priorYear.fiscalYear();
            var a = application;
            var costs = a.costLines().stream().map(c -> new ProjectApplicationInput.CostLineInput(priorYear.functionCode(),
                c.economicCode(), c.amount(), c.note())).toList();
            var shifted = new ProjectApplicationInput(priorYear.fiscalYear(), a.name(), a.category(), a.overview(),
                a.legalBasis(), a.implementingBody(), earlier(a.periodStart(), shift), earlier(a.periodEnd(), shift),
                a.annualBudget(), costs, List.of(), priorYear.purpose());
            MeetingRecord priorMeeting = new MeetingRecord(priorYear.meetingDate(), meeting.attendees(), priorYear.minutesRef());
            return new DemoProject(drafter, sectionHead, priorMeeting, indicatorNote, null, shifted,
                priorYear.indicators() == null ? indicators : priorYear.indicators());
        }

        private static String earlier(String yearMonth, int years) {
            return java.time.YearMonth.parse(yearMonth).minusYears(years).toString();
        }
    }

    /** The prior year a recurring project also ran in, with what differs then. */
    record PriorYear(int fiscalYear, String functionCode, java.time.LocalDate meetingDate, String minutesRef, String purpose,
            List<List<String>> indicators) {
    }

    record DemoFile(List<DemoProject> projects) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DemoFile file;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            file = json.readerFor(DemoFile.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
        }
        for (DemoProject project : file.projects()) {
            if (project.priorYear() != null) {
                transaction.executeWithoutResult(status -> file(project.inPriorYear()));
            }
            transaction.executeWithoutResult(status -> file(project));
        }
    }

    private void file(DemoProject project) {
        ProjectApplicationInput input = project.input();
        Long id = as(project.drafter(), () -> {
            if (applications.existsInMySection(input.fiscalYear(), input.name())) {
                return null;
            }
            long created = applications.create(input).id();
            lifecycle.submit(created);
            return created;
        });
        if (id == null) {
            return;
        }
        for (String reviewer : List.of(project.sectionHead(), "finance", "director", "director", "bureau")) {
            as(reviewer, () -> review.myTaskOn(id).map(task -> {
                boolean collective = task.step() == ApprovalStep.COLLECTIVE_DECISION;
                return review.decide(task.taskId(), Decision.APPROVE, collective ? "会议通过（演示数据）" : "同意（演示数据）",
                    collective ? project.meeting() : null);
            }).orElse(null));
        }
        DocumentStatus status = as(project.drafter(), () -> applications.get(id).status());
        if (status != DocumentStatus.APPROVED) {
            throw new IllegalStateException("demo project " + input.name() + " ended " + status + " instead of APPROVED");
        }
        log.info("demo project filed and approved: {} ({})", input.name(), id);
    }

    private <T> T as(String username, Supplier<T> work) {
        return acting.run(username, work);
    }
}
