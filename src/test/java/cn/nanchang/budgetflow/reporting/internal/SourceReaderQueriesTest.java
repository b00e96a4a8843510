package cn.nanchang.budgetflow.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.procurement.ProcurementPlanDetails;
import cn.nanchang.budgetflow.procurement.ProcurementPlanService;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationService;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.security.ActingAs;
import cn.nanchang.budgetflow.testsupport.StatementCount;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The disclosure reads a year's plans and projects in a fixed number of queries, however many there
 * are: reading them one by one (a plan, its items, its funding lines, its drafter's name each) took
 * thousands of queries for a year of hundreds. Counted with Hibernate's statistics, switched on for
 * the test only; the same context as {@link DisclosureChecksTest}, so no new application starts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class SourceReaderQueriesTest {

    @Autowired
    SourceReader reader;
    @Autowired
    DocumentQueries documents;
    @Autowired
    ProcurementPlanService plans;
    @Autowired
    ProjectLibrary library;
    @Autowired
    ProjectApplicationService applications;
    @Autowired
    ActingAs acting;
    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void reading_all_approved_plans_takes_as_many_queries_as_reading_one() {
        List<Long> ids = acting.run("finance", () -> documents.list(
            new DocumentFilter(DocumentType.PROCUREMENT_PLAN, 2023, null, DocumentStatus.APPROVED), 0, 500))
            .stream().map(DocumentSummary::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        statements(() -> plans.getAll(ids));

        long one = statements(() -> plans.getAll(ids.subList(0, 1)));
        long all = statements(() -> plans.getAll(ids));

        assertThat(acting.run("finance", () -> plans.getAll(ids))).extracting(ProcurementPlanDetails::id).isEqualTo(ids);
        assertThat(all).isEqualTo(one);
    }

    @Test
    void reading_all_approved_projects_takes_as_many_queries_as_reading_one() {
        List<Long> ids = acting.run("finance", () -> library.list(2023, null)).stream().map(ApprovedProject::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
        statements(() -> applications.getAll(ids));

        long one = statements(() -> applications.getAll(ids.subList(0, 1)));
        long all = statements(() -> applications.getAll(ids));

        List<ProjectApplicationDetails> read = acting.run("finance", () -> applications.getAll(ids));
        assertThat(read).extracting(ProjectApplicationDetails::id).isEqualTo(ids);
        assertThat(read).allSatisfy(a -> assertThat(a.indicators()).isNotEmpty());
        assertThat(all).isEqualTo(one);
    }

    @Test
    void a_section_head_reads_only_the_plans_of_their_own_section() {
        List<Long> ids = acting.run("finance", () -> documents.list(
            new DocumentFilter(DocumentType.PROCUREMENT_PLAN, 2023, null, DocumentStatus.APPROVED), 0, 500))
            .stream().map(DocumentSummary::id).toList();

        List<ProcurementPlanDetails> read = acting.run("head1", () -> plans.getAll(ids));

        assertThat(read).isNotEmpty().hasSizeLessThan(ids.size())
            .allSatisfy(p -> assertThat(p.sectionCode()).isEqualTo(read.get(0).sectionCode()));
    }

    @Test
    void the_whole_year_is_read_in_a_bounded_number_of_queries() {
        statements(() -> reader.read(2023));

        assertThat(statements(() -> reader.read(2023))).isLessThan(40);
    }

    private long statements(Supplier<?> work) {
        return new StatementCount(entityManagers, acting).of("finance", work);
    }
}
