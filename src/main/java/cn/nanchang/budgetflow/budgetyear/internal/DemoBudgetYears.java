package cn.nanchang.budgetflow.budgetyear.internal;

import cn.nanchang.budgetflow.approval.DemoApprovals;
import cn.nanchang.budgetflow.approval.MeetingRecord;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.BudgetDraftInput.LineInput;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.budgetyear.ApprovalInput;
import cn.nanchang.budgetflow.budgetyear.BudgetYearSummary;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.budgetyear.CeilingsInput;
import cn.nanchang.budgetflow.budgetyear.CeilingsInput.ProjectCeilingInput;
import cn.nanchang.budgetflow.budgetyear.ExcuseInput;
import cn.nanchang.budgetflow.budgetyear.OpenYearInput;
import cn.nanchang.budgetflow.budgetyear.SplitDecisionInput;
import cn.nanchang.budgetflow.budgetyear.SplitInput;
import cn.nanchang.budgetflow.budgetyear.SplitInput.SectionSplitInput;
import cn.nanchang.budgetflow.budgetyear.UnitProposalInput;
import cn.nanchang.budgetflow.budgetyear.UnitProposalService;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.security.ActingAs;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Demo mode only: the budget years of demo/budget-years.json, walked by the real services and
 * processes as the people who would act. 2023 goes through both rounds to 批复, its 二上 requests
 * being the approved 2023 budget from which the disclosure reproduces the seed; 2027 is left open
 * in 一上 with requests in every state. Runs after the projects (@Order 10) and the 2022 budget
 * (@Order 15: 二上 checks 三公 against it) and before procurement (@Order 20), which spends from
 * the 2023 批复. A year that exists is left alone; each year is one transaction.
 */
@Component
@Order(16)
@ConditionalOnProperty(name = "budgetflow.demo-documents", havingValue = "true")
class DemoBudgetYears implements ApplicationRunner {

    static final String RESOURCE = "demo/budget-years.json";
    private static final Logger log = LoggerFactory.getLogger(DemoBudgetYears.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final BudgetYears years;
    private final BudgetDraftService drafts;
    private final UnitProposalService proposals;
    private final DocumentLifecycle lifecycle;
    private final ProjectLibrary projects;
    private final DemoApprovals approvals;
    private final ActingAs acting;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoBudgetYears(BudgetYears years, BudgetDraftService drafts, UnitProposalService proposals, DocumentLifecycle lifecycle,
            ProjectLibrary projects, DemoApprovals approvals, ActingAs acting, ObjectMapper json, Clock clock,
            PlatformTransactionManager transactions) {
        this.years = years;
        this.drafts = drafts;
        this.proposals = proposals;
        this.lifecycle = lifecycle;
        this.projects = projects;
        this.approvals = approvals;
        this.acting = acting;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A section's request: lines are [function, economic, kind, yuan, note(, project name)]; {@code until} for an open year. */
    record DemoRequest(String drafter, String sectionHead, List<List<String>> lines, String until) {
    }

    record DemoCut(String drafter, int lineNo, String amount, String reason) {
    }

    record DemoExcuse(String section, String reason) {
    }

    record DemoMeeting(LocalDate date, String attendees, String minutes) {
        MeetingRecord record() {
            return new MeetingRecord(date, attendees, minutes);
        }
    }

    record DemoRound(List<DemoRequest> requests, List<DemoCut> cuts, List<DemoExcuse> excused, DemoMeeting meeting) {
    }

    record DemoProjectCeiling(String project, String amount) {
    }

    record DemoCeilings(String ref, String date, String personnel, String publicAmount, String project,
            List<DemoProjectCeiling> projects) {
    }

    record DemoSplit(String section, String personnel, String publicAmount, String project) {
    }

    record DemoApproval(String ref, String date) {
    }

    record DemoYear(int fiscalYear, Map<String, String> deadlines, Map<String, Integer> deadlinesInDays,
            String instructions, DemoRound oneUp, DemoCeilings ceilings, List<DemoSplit> split, DemoRound twoUp,
            DemoApproval approval) {
    }

    record DemoFile(List<DemoYear> years) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DemoFile file;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            file = json.readerFor(DemoFile.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
        }
        for (DemoYear year : file.years()) {
            transaction.executeWithoutResult(status -> walk(year));
        }
    }

    private void walk(DemoYear year) {
        int fiscalYear = year.fiscalYear();
        boolean exists = acting.run("finance", () -> years.list().stream().mapToInt(BudgetYearSummary::fiscalYear)
            .anyMatch(y -> y == fiscalYear));
        if (exists) {
            return;
        }
        acting.run("finance", () -> years.open(new OpenYearInput(fiscalYear, deadlines(year), year.instructions())));
        Map<String, Long> oneUp = requests(fiscalYear, year.oneUp());
        if (year.ceilings() == null) {
            log.info("demo budget year {} opened and left in 一上", fiscalYear);
            return;
        }
        consolidate(fiscalYear, year.oneUp(), oneUp);
        acting.run("bureau", () -> years.recordCeilings(fiscalYear, ceilings(fiscalYear, year.ceilings())));
        acting.run("finance", () -> years.recordSplit(fiscalYear, new SplitInput(year.split().stream()
            .map(s -> new SectionSplitInput(s.section(), s.personnel(), s.publicAmount(), s.project())).toList())));
        acting.run("director", () -> years.decideSplit(fiscalYear, new SplitDecisionInput(true, "同意（演示数据）")));
        Map<String, Long> twoUp = requests(fiscalYear, year.twoUp());
        consolidate(fiscalYear, year.twoUp(), twoUp);
        acting.run("bureau", () -> years.recordApproval(fiscalYear,
            new ApprovalInput(year.approval().ref(), year.approval().date(), List.of())));
        log.info("demo budget year {} walked through 二上二下 to 批复", fiscalYear);
    }

    /** The round's deadlines: as written, or counted in days from today for a year left open. */
    private Map<String, String> deadlines(DemoYear year) {
        if (year.deadlines() != null) {
            return year.deadlines();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, String> deadlines = new LinkedHashMap<>();
        year.deadlinesInDays().forEach((round, days) -> deadlines.put(round, today.plusDays(days).toString()));
        return deadlines;
    }

    /**
     * Files each request of the round as its drafter and takes it as far as the file says (by
     * default through 科长 and 财务, ACCEPTED); then excuses the sections the file names.
     * Returns the request ids by drafter.
     */
    private Map<String, Long> requests(int fiscalYear, DemoRound round) {
        Map<String, Long> ids = new HashMap<>();
        for (DemoRequest request : round.requests()) {
            String until = request.until() == null ? "ACCEPTED" : request.until();
            long id = acting.run(request.drafter(), () -> {
                List<LineInput> lines = request.lines().stream().map(l -> line(l, fiscalYear)).toList();
                long created = drafts.create(new BudgetDraftInput(fiscalYear, lines)).id();
                if (!until.equals("DRAFT")) {
                    lifecycle.submit(created);
                }
                return created;
            });
            if (until.equals("ACCEPTED")) {
                approvals.approveBy(id, List.of(request.sectionHead(), "finance"), null, fiscalYear, DocumentStatus.ACCEPTED);
            }
            ids.put(request.drafter(), id);
        }
        if (round.excused() != null) {
            for (DemoExcuse excuse : round.excused()) {
                acting.run("finance", () -> years.excuse(fiscalYear, excuse.section(), new ExcuseInput(excuse.reason())));
            }
        }
        return ids;
    }

    /** 财务 consolidates the round (with the file's cuts) and the proposal goes 主任办公会 → 中心主任 → 数据局. */
    private void consolidate(int fiscalYear, DemoRound round, Map<String, Long> requestIds) {
        List<UnitProposalInput.CutInput> cuts = round.cuts() == null ? List.of() : round.cuts().stream()
            .map(c -> new UnitProposalInput.CutInput(requestIds.get(c.drafter()), c.lineNo(), c.amount(), c.reason()))
            .toList();
        long proposal = acting.run("finance", () -> {
            long created = proposals.create(new UnitProposalInput(fiscalYear, cuts)).id();
            lifecycle.submit(created);
            return created;
        });
        approvals.approveBy(proposal, List.of("director", "director", "bureau"), round.meeting().record(), fiscalYear,
            DocumentStatus.APPROVED);
    }

    private CeilingsInput ceilings(int fiscalYear, DemoCeilings c) {
        List<ProjectCeilingInput> perProject = c.projects().stream()
            .map(p -> new ProjectCeilingInput(projectId(p.project(), fiscalYear), p.amount())).toList();
        return new CeilingsInput(c.ref(), c.date(), c.personnel(), c.publicAmount(), c.project(), perProject);
    }

    /** Called as the drafter: a project is found by name in the drafter's own section's library of the year. */
    private LineInput line(List<String> l, int fiscalYear) {
        Long project = l.size() < 6 ? null : projectId(l.get(5), fiscalYear);
        return new LineInput(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), project);
    }

    private Long projectId(String name, int fiscalYear) {
        return projects.list(fiscalYear, null).stream().filter(p -> p.name().equals(name)).findFirst()
            .map(ApprovedProject::id)
            .orElseThrow(() -> new IllegalStateException("demo project missing: " + name + " " + fiscalYear));
    }
}
