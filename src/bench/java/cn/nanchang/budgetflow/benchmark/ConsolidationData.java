package cn.nanchang.budgetflow.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * A budget year taken through all its rounds to 批复, at the size of issue 17 §3's consolidation: {@code sections}
 * sections, each with a 一上 request (accepted by 财务) and a 二上 request (approved at 批复) of {@code lines} lines;
 * the unit's two approved proposals (一上, 二上) holding every request line; and the year's versions as the
 * processes record them: 一上 and 二上 (a figure per proposal line), the 控制数 by kind, its split per section and
 * kind, and the 批复 (a figure per 二上 line, a few of them cut with a reason).
 * <p>
 * Written <b>directly</b>, with JDBC batches into the tables the modules own, as {@link DisclosureData} writes its
 * year: taking six sections' requests of 500 lines through both rounds' approval chains, the proposals through
 * 主任办公会, the ceilings, the split and the 批复 would take most of the run, and the year's pages read only these
 * rows (the year's process is not read by the comparison or the 汇总). The 指标 are then issued by the ledger's own
 * service, as the 批复 issues them, so that the comparison reads the year's real 调整后 source.
 */
final class ConsolidationData {

    private static final long ID_BASE = 40_000_000L;
    private static final long CENTER_ID = 1;
    /** One line in this many funds a project; one 二上 line in this many is cut at 批复. */
    private static final int PROJECT_EVERY = 3;
    private static final int CUT_EVERY = 50;
    /**
     * When the versions were recorded: one instant for all, as each version is written at once (a split is the set
     * of its latest instant, so a clock tick between two batches must not split it); the director's approval after.
     */
    private static final java.sql.Timestamp RECORDED = java.sql.Timestamp.from(java.time.Instant.now().truncatedTo(
        java.time.temporal.ChronoUnit.SECONDS).minusSeconds(3600));

    private final DataSource data;

    ConsolidationData(RunningApp app) {
        this.data = app.bean(DataSource.class);
    }

    /** The ids of what was written: the two proposals, for reading them back. */
    record Written(long oneUpProposalId, long twoUpProposalId) {
    }

    Written fill(int year, int sections, int lines) throws SQLException {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            List<String> functions = DisclosureData.codes(c, "FUNCTION", "2%");
            List<String> personnel = DisclosureData.codes(c, "ECONOMIC", "301%");
            List<String> publicUse = DisclosureData.codes(c, "ECONOMIC", "302%");
            long base = ID_BASE + year * 10_000L;
            long projectBase = base;
            int projects = sections * 10;
            DisclosureData.documents(c, "PROJECT_APPLICATION", "XM-HZ", projectBase, projects, year, "APPROVED", sections);
            DisclosureData.projects(c, projectBase, projects, year, functions, publicUse, DisclosureData.leafCategories(c));
            Round oneUp = new Round("ONE_UP", "ACCEPTED", base + 1_000, base + 3_000);
            Round twoUp = new Round("TWO_UP", "APPROVED", base + 2_000, base + 3_001);
            long budgetYearId = budgetYear(c, year);
            for (Round round : List.of(oneUp, twoUp)) {
                DisclosureData.documents(c, "BUDGET_DRAFT", "YS-HZ-" + round.name, round.requestBase, sections, year, round.status,
                    sections);
                DisclosureData.batch(c, "INSERT INTO budget_draft (id, budget_round) VALUES (?, ?)", sections, (p, i) -> {
                    p.setLong(1, round.requestBase + i);
                    p.setString(2, round.name);
                });
                boolean approved = round == twoUp;
                DisclosureData.batch(c, "INSERT INTO budget_line (draft_id, line_no, function_code, economic_code, kind, amount,"
                    + " project_id, approved_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sections * lines, (p, i) -> {
                        Line l = new Line(i, sections, lines, functions, personnel, publicUse, projectBase, projects);
                        p.setLong(1, round.requestBase + l.section);
                        p.setInt(2, l.lineNo);
                        p.setString(3, l.function);
                        p.setString(4, l.economic);
                        p.setString(5, l.kind);
                        p.setBigDecimal(6, l.amount(round == oneUp));
                        p.setObject(7, l.projectId);
                        p.setBigDecimal(8, approved ? l.approved() : null);
                    });
                proposal(c, round, year, sections, lines, functions, personnel, publicUse, projectBase, projects);
                figures(c, budgetYearId, round.name, sections, lines, round.requestBase, false,
                    functions, personnel, publicUse, projectBase, projects);
            }
            figures(c, budgetYearId, "APPROVED", sections, lines, twoUp.requestBase, true,
                functions, personnel, publicUse, projectBase, projects);
            ceilings(c, budgetYearId, sections, lines);
            c.commit();
            return new Written(oneUp.proposalId, twoUp.proposalId);
        }
    }

    private record Round(String name, String status, long requestBase, long proposalId) {
    }

    /** The i-th line of the year (in section {@code i % sections}), the same in both rounds but for its amount. */
    private static final class Line {
        final int section;
        final int lineNo;
        final String function;
        final String economic;
        final String kind;
        final Long projectId;
        private final int i;

        Line(int i, int sections, int lines, List<String> functions, List<String> personnel, List<String> publicUse,
                long projectBase, int projects) {
            this.i = i;
            this.section = i % sections;
            this.lineNo = 1 + i / sections;
            boolean project = i % PROJECT_EVERY == 0;
            boolean people = !project && i % 2 == 1;
            this.function = functions.get(i % functions.size());
            this.economic = people ? personnel.get(i % personnel.size()) : publicUse.get(i % publicUse.size());
            this.kind = project ? "PROJECT" : people ? "BASIC_PERSONNEL" : "BASIC_PUBLIC";
            // a project of the line's own section: projects are spread over the sections as the requests are
            this.projectId = project ? projectBase + section + sections * ((i / sections) % (projects / sections)) : null;
        }

        /** 一上 asks a little more than 二上, which is within the ceilings. */
        BigDecimal amount(boolean oneUp) {
            return BigDecimal.valueOf(10_000L + (i % 997) * 100L + (oneUp ? 500 : 0)).setScale(2);
        }

        boolean cut() {
            return i % CUT_EVERY == 7;
        }

        BigDecimal approved() {
            return cut() ? amount(false).subtract(BigDecimal.valueOf(1_000)) : amount(false);
        }
    }

    private static long budgetYear(Connection c, int year) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO budget_year (fiscal_year, budget_round, one_up_deadline,"
            + " two_up_deadline, instructions, opened_by, opened_at, ceilings_ref, ceilings_date, split_approved_by,"
            + " split_approved_at, approval_ref, approval_date, version) VALUES (?, 'APPROVED', ?, ?, '基准编制说明', 'finance',"
            + " ?, ?, ?, 'director', ?, ?, ?, 0)")) {
            p.setInt(1, year);
            p.setDate(2, java.sql.Date.valueOf((year - 1) + "-09-30"));
            p.setDate(3, java.sql.Date.valueOf((year - 1) + "-12-15"));
            p.setTimestamp(4, RECORDED);
            p.setString(5, "洪数字〔" + (year - 1) + "〕1号");
            p.setDate(6, java.sql.Date.valueOf((year - 1) + "-11-10"));
            p.setTimestamp(7, java.sql.Timestamp.from(RECORDED.toInstant().plusSeconds(60)));
            p.setString(8, "洪数字〔" + year + "〕2号");
            p.setDate(9, java.sql.Date.valueOf(year + "-01-20"));
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM budget_year WHERE fiscal_year = ?")) {
            p.setInt(1, year);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The unit's approved proposal of a round (the center's document), every request line proposed as requested. */
    private static void proposal(Connection c, Round round, int year, int sections, int lines, List<String> functions,
            List<String> personnel, List<String> publicUse, long projectBase, int projects) throws SQLException {
        DisclosureData.batch(c, "INSERT INTO document (id, doc_type, doc_number, section_id, fiscal_year, status, version, drafter,"
            + " total_amount, created_at, updated_at) VALUES (?, 'UNIT_PROPOSAL', ?, ?, ?, 'APPROVED', 1, 'finance', 0,"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", 1, (p, i) -> {
                p.setLong(1, round.proposalId);
                p.setString(2, "JY-HZ-" + year + "-" + round.name);
                p.setLong(3, CENTER_ID);
                p.setInt(4, year);
            });
        DisclosureData.batch(c, "INSERT INTO unit_proposal (id, budget_round) VALUES (?, ?)", 1, (p, i) -> {
            p.setLong(1, round.proposalId);
            p.setString(2, round.name);
        });
        DisclosureData.batch(c, "INSERT INTO proposal_line (proposal_id, line_no, section_code, source_draft_id, source_draft_number,"
            + " source_line_no, function_code, economic_code, kind, project_id, requested_amount, proposed_amount)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sections * lines, (p, i) -> {
                Line l = new Line(i, sections, lines, functions, personnel, publicUse, projectBase, projects);
                BigDecimal amount = l.amount("ONE_UP".equals(round.name));
                p.setLong(1, round.proposalId);
                p.setInt(2, 1 + i);
                p.setString(3, sectionCode(l.section));
                p.setLong(4, round.requestBase + l.section);
                p.setString(5, "YS-HZ-" + round.name + "-" + year + "-" + l.section);
                p.setInt(6, l.lineNo);
                p.setString(7, l.function);
                p.setString(8, l.economic);
                p.setString(9, l.kind);
                p.setObject(10, l.projectId);
                p.setBigDecimal(11, amount);
                p.setBigDecimal(12, amount);
            });
    }

    /** A version of the year: a figure per request line (at 批复 the approved amount, with the cut's reason). */
    private static void figures(Connection c, long budgetYearId, String version, int sections, int lines, long requestBase,
            boolean approval, List<String> functions, List<String> personnel, List<String> publicUse, long projectBase,
            int projects) throws SQLException {
        DisclosureData.batch(c, "INSERT INTO budget_figure (budget_year_id, version_kind, section_code, kind, function_code,"
            + " economic_code, project_id, amount, source_document_id, source_line_no, reason, recorded_by, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bureau', ?)", sections * lines, (p, i) -> {
                Line l = new Line(i, sections, lines, functions, personnel, publicUse, projectBase, projects);
                p.setLong(1, budgetYearId);
                p.setString(2, version);
                p.setString(3, sectionCode(l.section));
                p.setString(4, l.kind);
                p.setString(5, l.function);
                p.setString(6, l.economic);
                p.setObject(7, l.projectId);
                p.setBigDecimal(8, approval ? l.approved() : l.amount("ONE_UP".equals(version)));
                p.setLong(9, requestBase + l.section);
                p.setInt(10, l.lineNo);
                p.setString(11, approval && l.cut() ? "压减一般性支出" : null);
                p.setTimestamp(12, RECORDED);
            });
    }

    /** The bureau's 控制数 by kind (no section), and 财务's split of it by section and kind, approved by the director. */
    private static void ceilings(Connection c, long budgetYearId, int sections, int lines) throws SQLException {
        String[] kinds = {"BASIC_PERSONNEL", "BASIC_PUBLIC", "PROJECT"};
        // generous enough for every 二上 line: the highest line amount times the lines of a section, per kind
        BigDecimal perSectionAndKind = BigDecimal.valueOf(110_000L * lines).setScale(2);
        DisclosureData.batch(c, "INSERT INTO budget_figure (budget_year_id, version_kind, section_code, kind, amount, recorded_by,"
            + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", kinds.length * (1 + sections), (p, i) -> {
                boolean unit = i < kinds.length;
                p.setLong(1, budgetYearId);
                p.setString(2, unit ? "CEILINGS" : "SPLIT");
                p.setString(3, unit ? null : sectionCode((i - kinds.length) / kinds.length));
                p.setString(4, kinds[i % kinds.length]);
                p.setBigDecimal(5, unit ? perSectionAndKind.multiply(BigDecimal.valueOf(sections)) : perSectionAndKind);
                p.setString(6, unit ? "bureau" : "finance");
                p.setTimestamp(7, RECORDED);
            });
    }

    /** S01 … S06: the demo's sections, as {@link DisclosureData} spreads documents over section ids 11 … 16. */
    private static String sectionCode(int section) {
        return "S%02d".formatted(section + 1);
    }
}
