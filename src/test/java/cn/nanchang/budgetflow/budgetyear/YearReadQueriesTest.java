package cn.nanchang.budgetflow.budgetyear;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.security.ActingAs;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.StatementCount;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reads of a budget year's pages over all its sections' lines take as many queries for a year of many sections'
 * requests as for a year of one: the comparison (版本对比), the 汇总 of a round's accepted requests, the 批复's lines
 * and the year's page. Reading a request's lines, its funded projects and its drafter's name per request made the
 * statements grow with the sections. Two years approved to 批复 are written with SQL (one section with one line a
 * round; three sections with four lines each, by three drafters), as the benchmark's consolidation scenario writes
 * its year; counted with Hibernate's statistics, switched on only while counting, in the API tests' shared context.
 */
@ApiTestContext
class YearReadQueriesTest {

    /**
     * Four years of their own, one after the other, as the context's other tests take fresh years from 2099 down: a
     * year's 汇总 reads the year before's approved lines (三公), and a test's year must not find ours there. 2081 is
     * approved so that both counted years have a year before with approved lines; 2084 is opened with nothing in it,
     * so that no other test takes it and finds 2083's lines as its year before.
     */
    private static final int BEFORE = 2081;
    private static final int ONE_SECTION = 2082;
    private static final int THREE_SECTIONS = 2083;
    private static final int AFTER = 2084;

    private final BudgetYears years;
    private final UnitProposalService proposals;
    private final ActingAs acting;
    private final JdbcTemplate jdbc;
    private final StatementCount count;

    YearReadQueriesTest(@Autowired BudgetYears years, @Autowired UnitProposalService proposals, @Autowired ActingAs acting,
            @Autowired EntityManagerFactory entityManagers, @Autowired JdbcTemplate jdbc) {
        this.years = years;
        this.proposals = proposals;
        this.acting = acting;
        this.jdbc = jdbc;
        this.count = new StatementCount(entityManagers, acting);
    }

    @BeforeEach
    void writeYears() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM budget_year WHERE fiscal_year = ?", Integer.class, ONE_SECTION) == 0) {
            writeApprovedYear(BEFORE, 1, 1);
            writeApprovedYear(ONE_SECTION, 1, 1);
            writeApprovedYear(THREE_SECTIONS, 3, 4);
            jdbc.update("INSERT INTO budget_year (fiscal_year, budget_round, one_up_deadline, two_up_deadline, instructions,"
                + " opened_by, opened_at, version) VALUES (?, 'ONE_UP', ?, ?, '编制说明', 'finance', CURRENT_TIMESTAMP, 0)", AFTER,
                java.sql.Date.valueOf((AFTER - 1) + "-09-30"), java.sql.Date.valueOf((AFTER - 1) + "-12-15"));
        }
    }

    @Test
    void the_comparison_of_many_sections_takes_as_many_queries_as_of_one() {
        assertSameQueries("finance", year -> years.comparison(year));
        assertThat(acting.run("finance", () -> years.comparison(THREE_SECTIONS)).rows())
            .filteredOn(r -> r.level() == Comparison.Level.LINE).hasSize(12);
        assertThat(acting.run("finance", () -> years.comparison(THREE_SECTIONS)).rows())
            .filteredOn(r -> r.level() == Comparison.Level.PROJECT).extracting(Comparison.Row::projectName).hasSize(3)
            .allSatisfy(name -> assertThat(name).startsWith("项目"));
    }

    @Test
    void a_section_reads_its_comparison_in_as_many_queries_as_one_section_year() {
        assertSameQueries("head1", year -> years.comparison(year));
    }

    @Test
    void the_consolidation_of_many_requests_takes_as_many_queries_as_of_one() {
        assertSameQueries("finance", year -> proposals.consolidation(year, BudgetRound.TWO_UP));
        Consolidation consolidation = acting.run("finance", () -> proposals.consolidation(THREE_SECTIONS, BudgetRound.ONE_UP));
        assertThat(consolidation.lines()).hasSize(12);
        assertThat(consolidation.lines()).extracting(ConsolidationLine::sectionCode)
            .containsExactly("S01", "S01", "S01", "S01", "S02", "S02", "S02", "S02", "S03", "S03", "S03", "S03");
        assertThat(consolidation.lines()).filteredOn(l -> l.projectId() != null).hasSize(3)
            .allSatisfy(l -> assertThat(l.projectName()).startsWith("项目"));
    }

    @Test
    void the_approval_lines_of_many_requests_take_as_many_queries_as_of_one() {
        assertSameQueries("bureau", year -> years.approvalLines(year));
        assertThat(acting.run("bureau", () -> years.approvalLines(THREE_SECTIONS))).hasSize(12);
    }

    @Test
    void the_year_page_of_many_sections_takes_as_many_queries_as_of_one() {
        assertSameQueries("finance", year -> years.get(year));
    }

    private void assertSameQueries(String reader, IntFunction<Object> read) {
        count.of(reader, () -> read.apply(THREE_SECTIONS));

        long one = count.of(reader, () -> read.apply(ONE_SECTION));
        long many = count.of(reader, () -> read.apply(THREE_SECTIONS));

        assertThat(many).as("queries for three sections' requests against one's").isEqualTo(one);
    }

    /** A year at 批复: 一上 requests accepted, 二上 approved, the versions, the ceilings and their split, the two proposals. */
    private void writeApprovedYear(int year, int sections, int lines) {
        Timestamp recorded = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS));
        jdbc.update("INSERT INTO budget_year (fiscal_year, budget_round, one_up_deadline, two_up_deadline, instructions, opened_by,"
            + " opened_at, ceilings_ref, ceilings_date, split_approved_by, split_approved_at, approval_ref, approval_date, version)"
            + " VALUES (?, 'APPROVED', ?, ?, '编制说明', 'finance', ?, '控制数文号', ?, 'director', ?, '批复文号', ?, 0)", year,
            java.sql.Date.valueOf((year - 1) + "-09-30"), java.sql.Date.valueOf((year - 1) + "-12-15"), recorded,
            java.sql.Date.valueOf((year - 1) + "-11-10"), Timestamp.from(recorded.toInstant().plusSeconds(60)),
            java.sql.Date.valueOf(year + "-01-20"));
        long yearId = jdbc.queryForObject("SELECT id FROM budget_year WHERE fiscal_year = ?", Long.class, year);
        long base = 97_000_000L + (year - 2000) * 1_000L;
        for (int s = 0; s < sections; s++) {
            project(base + 200 + s, year, 11 + s);
        }
        for (String round : new String[] {"ONE_UP", "TWO_UP"}) {
            boolean approved = "TWO_UP".equals(round);
            long roundBase = base + (approved ? 100 : 0);
            for (int s = 0; s < sections; s++) {
                long request = roundBase + s;
                String section = "S%02d".formatted(s + 1);
                document(request, "BUDGET_DRAFT", "YS-Q-" + year + "-" + round + "-" + s, 11 + s, year,
                    approved ? "APPROVED" : "ACCEPTED", "staff" + (s + 1));
                jdbc.update("INSERT INTO budget_draft (id, budget_round) VALUES (?, ?)", request, round);
                for (int n = 1; n <= lines; n++) {
                    BigDecimal amount = BigDecimal.valueOf(10_000L * n + (approved ? 0 : 500)).setScale(2);
                    // line 1 funds the section's project; the others are basic lines, each of its own code
                    Long funded = n == 1 ? base + 200 + s : null;
                    String kind = funded != null ? "PROJECT" : n % 2 == 0 ? "BASIC_PERSONNEL" : "BASIC_PUBLIC";
                    String economic = funded != null ? "30201" : n % 2 == 0 ? "3010" + n / 2 : "3020" + (n + 1) / 2;
                    jdbc.update("INSERT INTO budget_line (draft_id, line_no, function_code, economic_code, kind, amount, project_id,"
                        + " approved_amount) VALUES (?, ?, '2010350', ?, ?, ?, ?, ?)", request, n, economic, kind, amount, funded,
                        approved ? amount : null);
                    figure(yearId, round, section, kind, economic, funded, amount, request, n, recorded);
                    if (approved) {
                        figure(yearId, "APPROVED", section, kind, economic, funded, amount, request, n, recorded);
                    }
                }
            }
            long proposal = roundBase + 99;
            document(proposal, "UNIT_PROPOSAL", "JY-Q-" + year + "-" + round, 1, year, "APPROVED", "finance");
            jdbc.update("INSERT INTO unit_proposal (id, budget_round) VALUES (?, ?)", proposal, round);
        }
        for (String kind : new String[] {"BASIC_PERSONNEL", "BASIC_PUBLIC", "PROJECT"}) {
            jdbc.update("INSERT INTO budget_figure (budget_year_id, version_kind, kind, amount, recorded_by, recorded_at)"
                + " VALUES (?, 'CEILINGS', ?, 1000000.00, 'bureau', ?)", yearId, kind, recorded);
            for (int s = 0; s < sections; s++) {
                jdbc.update("INSERT INTO budget_figure (budget_year_id, version_kind, section_code, kind, amount, recorded_by,"
                    + " recorded_at) VALUES (?, 'SPLIT', ?, ?, 100000.00, 'finance', ?)", yearId, "S%02d".formatted(s + 1), kind,
                    recorded);
            }
        }
    }

    /** An approved project of the section's, in the library for the year. */
    private void project(long id, int year, long sectionId) {
        document(id, "PROJECT_APPLICATION", "XM-Q-" + year + "-" + id % 1_000, sectionId, year, "APPROVED", "staff1");
        jdbc.update("INSERT INTO project_application (id, name, category, overview, legal_basis, implementing_body, period_start,"
            + " period_end, project_code, approved_at, purpose) VALUES (?, ?, 'OTHER', '概况', '依据', '实施单位', ?, ?, ?,"
            + " CURRENT_TIMESTAMP, '目的')", id, "项目" + id, year + "-01", year + "-12", "XMQ" + id);
    }

    private void document(long id, String type, String number, long sectionId, int year, String status, String drafter) {
        jdbc.update("INSERT INTO document (id, doc_type, doc_number, section_id, fiscal_year, status, version, drafter, total_amount,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", id, type, number,
            sectionId, year, status, drafter);
    }

    private void figure(long yearId, String version, String section, String kind, String economic, Long project,
            BigDecimal amount, long request, int lineNo, Timestamp recorded) {
        jdbc.update("INSERT INTO budget_figure (budget_year_id, version_kind, section_code, kind, function_code, economic_code,"
            + " project_id, amount, source_document_id, source_line_no, recorded_by, recorded_at)"
            + " VALUES (?, ?, ?, ?, '2010350', ?, ?, ?, ?, ?, 'bureau', ?)", yearId, version, section, kind, economic, project, amount,
            request, lineNo, recorded);
    }
}
