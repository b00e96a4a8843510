package cn.nanchang.budgetflow.budget.internal;

import cn.nanchang.budgetflow.approval.DemoApprovals;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.budget.BudgetDraftInput.LineInput;
import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.security.ActingAs;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
 * Demo mode only: the approved budget drafts of 2022 (demo/budget-drafts.json), a year prepared
 * before the system, against which the 2023 disclosure compares (DOMAIN.md §4); 2023 itself is a
 * budget year walked through both rounds by budgetyear's demo (@Order 16). Each draft is filed and
 * submitted by its section's 科员 and approved through the real process; project lines fund the
 * demo projects by name, so this runs after them (@Order 10) and before procurement (@Order 20).
 * A year whose drafts exist is left alone; each year is one transaction.
 */
@Component
@Order(15)
@ConditionalOnProperty(name = "budgetflow.demo-documents", havingValue = "true")
class DemoBudgets implements ApplicationRunner {

    static final String RESOURCE = "demo/budget-drafts.json";
    private static final Logger log = LoggerFactory.getLogger(DemoBudgets.class);

    private final BudgetDraftService drafts;
    private final ProjectLibrary projects;
    private final DocumentLifecycle lifecycle;
    private final DocumentQueries queries;
    private final DemoApprovals approvals;
    private final ActingAs acting;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    DemoBudgets(BudgetDraftService drafts, ProjectLibrary projects, DocumentLifecycle lifecycle, DocumentQueries queries,
            DemoApprovals approvals, ActingAs acting, ObjectMapper json, PlatformTransactionManager transactions) {
        this.drafts = drafts;
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.approvals = approvals;
        this.acting = acting;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A draft as the file has it: lines are [function, economic, kind, yuan, note(, project name)]. */
    record DemoDraft(String drafter, String sectionHead, List<List<String>> lines) {
    }

    record DemoYear(int fiscalYear, List<DemoDraft> drafts) {
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
            transaction.executeWithoutResult(status -> seed(year));
        }
    }

    private void seed(DemoYear year) {
        boolean seeded = acting.run("finance", () -> queries.count(
            new DocumentFilter(DocumentType.BUDGET_DRAFT, year.fiscalYear(), null, null)) > 0);
        if (seeded) {
            return;
        }
        for (DemoDraft draft : year.drafts()) {
            long id = acting.run(draft.drafter(), () -> {
                List<LineInput> lines = draft.lines().stream().map(l -> line(l, year.fiscalYear())).toList();
                long created = drafts.create(new BudgetDraftInput(year.fiscalYear(), lines)).id();
                lifecycle.submit(created);
                return created;
            });
            approvals.approveThroughout(id, draft.sectionHead(), year.fiscalYear());
        }
        log.info("demo budget drafts of {} filed and approved", year.fiscalYear());
    }

    /** Called as the drafter: a project is found by name in the drafter's own section's library of the year. */
    private LineInput line(List<String> l, int fiscalYear) {
        Long project = l.size() < 6 ? null : projects.list(fiscalYear, null).stream()
            .filter(p -> p.name().equals(l.get(5))).findFirst().map(ApprovedProject::id)
            .orElseThrow(() -> new IllegalStateException("demo project missing: " + l.get(5) + " " + fiscalYear));
        return new LineInput(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), project);
    }
}
