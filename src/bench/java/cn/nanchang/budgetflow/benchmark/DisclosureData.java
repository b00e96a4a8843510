package cn.nanchang.budgetflow.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A budget year at the size of issue 17 §3 for the disclosure: approved budget drafts (one per section)
 * with {@code lines} lines, {@code projects} approved project applications that half the lines fund, and
 * approved procurement plans of ten items each, {@code items} in all, funded by the lines.
 * <p>
 * Written <b>directly</b>, with JDBC batches into the tables the modules own, not filed and approved
 * through the processes: ten thousand lines through the approval chain would take the whole run, and
 * the disclosure reads only the approved rows, which are exactly what the processes leave behind
 * (document rows in status APPROVED, their lines, the projects' codes). No audit entries or process
 * history are written: the disclosure does not read them.
 */
final class DisclosureData {

    private static final long ID_BASE = 30_000_000L;
    private static final int SECTIONS = 6;
    private static final int FIRST_SECTION_ID = 11;
    private static final int ITEMS_PER_PLAN = 10;

    private final DataSource data;

    DisclosureData(RunningApp app) {
        this.data = app.bean(DataSource.class);
    }

    void fill(int year, int lines, int projects, int items) throws SQLException {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            List<String> functions = codes(c, "FUNCTION", "2%");
            List<String> personnel = codes(c, "ECONOMIC", "301%");
            List<String> publicUse = codes(c, "ECONOMIC", "302%");
            List<Long> indicatorCategories = leafCategories(c);
            long projectBase = ID_BASE + year * 10_000L;
            long draftBase = projectBase + 5_000;
            long planBase = projectBase + 6_000;
            documents(c, "PROJECT_APPLICATION", "XM-BM", projectBase, projects, year);
            projects(c, projectBase, projects, year, functions, publicUse, indicatorCategories);
            documents(c, "BUDGET_DRAFT", "YS-BM", draftBase, SECTIONS, year);
            batch(c, "INSERT INTO budget_draft (id) VALUES (?)", SECTIONS, (p, i) -> p.setLong(1, draftBase + i));
            long lineBase = projectBase * 10;
            batch(c, "INSERT INTO budget_line (id, draft_id, line_no, function_code, economic_code, kind, amount, note, project_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", lines, (p, i) -> {
                    boolean project = i % 2 == 0;
                    boolean people = !project && i % 4 == 1;
                    p.setLong(1, lineBase + i);
                    p.setLong(2, draftBase + i % SECTIONS);
                    p.setInt(3, 1 + i / SECTIONS);
                    p.setString(4, functions.get(i % functions.size()));
                    p.setString(5, people ? personnel.get(i % personnel.size()) : publicUse.get(i % publicUse.size()));
                    p.setString(6, project ? "PROJECT" : people ? "BASIC_PERSONNEL" : "BASIC_PUBLIC");
                    p.setBigDecimal(7, new java.math.BigDecimal(10_000 + (i % 997) * 100).setScale(2));
                    p.setString(8, null);
                    p.setObject(9, project ? projectBase + (i / 2) % projects : null);
                });
            int plans = (items + ITEMS_PER_PLAN - 1) / ITEMS_PER_PLAN;
            documents(c, "PROCUREMENT_PLAN", "CG-BM", planBase, plans, year);
            batch(c, "INSERT INTO procurement_plan (id) VALUES (?)", plans, (p, i) -> p.setLong(1, planBase + i));
            batch(c, "INSERT INTO procurement_item (plan_id, item_no, category, name, quantity, unit, amount, method,"
                + " organisation_form, in_catalogue, funding_line_id, start_month, demand_overview) VALUES (?, ?, ?, ?, 1, '项', ?,"
                + " 'PUBLIC_TENDER', 'CENTRALIZED', TRUE, ?, ?, ?)", items, (p, i) -> {
                    p.setLong(1, planBase + i / ITEMS_PER_PLAN);
                    p.setInt(2, 1 + i % ITEMS_PER_PLAN);
                    p.setString(3, i % 3 == 0 ? "GOODS" : i % 3 == 1 ? "SERVICES" : "WORKS");
                    p.setString(4, "采购项目" + i);
                    p.setBigDecimal(5, new java.math.BigDecimal(2_000_000 + i * 100).setScale(2));
                    // a line of the plan's own section, whatever its kind
                    p.setLong(6, lineBase + (i / ITEMS_PER_PLAN % SECTIONS) + SECTIONS * (i % Math.max(1, lines / SECTIONS)));
                    p.setDate(7, java.sql.Date.valueOf(year + "-03-01"));
                    p.setString(8, "采购需求概况" + i);
                });
            c.commit();
        }
    }

    /** Approved project applications with two cost lines each and an indicator under each of {@code categories}. */
    static void projects(Connection c, long base, int n, int year, List<String> functions, List<String> economics,
            List<Long> categories) throws SQLException {
        batch(c, "INSERT INTO project_application (id, name, category, overview, legal_basis, implementing_body, period_start,"
            + " period_end, project_code, approved_at, purpose) VALUES (?, ?, 'OTHER', ?, '依据文件', '实施单位', ?, ?, ?,"
            + " CURRENT_TIMESTAMP, ?)", n, (p, i) -> {
                p.setLong(1, base + i);
                p.setString(2, "基准项目" + i);
                p.setString(3, "项目概况" + i);
                p.setString(4, year + "-01");
                p.setString(5, year + "-12");
                p.setString(6, "XM" + year + "-" + i);
                p.setString(7, "项目目的" + i);
            });
        batch(c, "INSERT INTO project_cost_line (application_id, line_no, function_code, economic_code, amount) VALUES (?, ?, ?, ?, ?)",
            n * 2, (p, i) -> {
                p.setLong(1, base + i / 2);
                p.setInt(2, 1 + i % 2);
                p.setString(3, functions.get(i % functions.size()));
                p.setString(4, economics.get(i % economics.size()));
                p.setBigDecimal(5, new java.math.BigDecimal("500000.00"));
            });
        batch(c, "INSERT INTO performance_indicator (application_id, line_no, category_id, name, direction, target_value, unit)"
            + " VALUES (?, ?, ?, ?, 'GE', '95', '%')", n * categories.size(), (p, i) -> {
                p.setLong(1, base + i / categories.size());
                p.setInt(2, 1 + i % categories.size());
                p.setLong(3, categories.get(i % categories.size()));
                p.setString(4, "指标" + i);
            });
    }

    /** Document headers, approved, spread over the six sections and their 科员. */
    static void documents(Connection c, String type, String prefix, long base, int n, int year) throws SQLException {
        documents(c, type, prefix, base, n, year, "APPROVED", SECTIONS);
    }

    /** Document headers in one status, the i-th in section {@code i % sections} (of the six) with its 科员 as drafter. */
    static void documents(Connection c, String type, String prefix, long base, int n, int year, String status, int sections)
            throws SQLException {
        batch(c, "INSERT INTO document (id, doc_type, doc_number, section_id, fiscal_year, status, version, drafter, total_amount,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", n, (p, i) -> {
                p.setLong(1, base + i);
                p.setString(2, type);
                p.setString(3, prefix + "-" + year + "-" + i);
                p.setInt(4, FIRST_SECTION_ID + i % sections);
                p.setInt(5, year);
                p.setString(6, status);
                p.setString(7, "staff" + (1 + i % sections));
            });
    }

    @FunctionalInterface
    interface Row {
        void set(PreparedStatement statement, int i) throws SQLException;
    }

    static void batch(Connection c, String sql, int n, Row row) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < n; i++) {
                row.set(p, i);
                p.addBatch();
                if (i % 1000 == 999) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    static List<String> codes(Connection c, String scheme, String like) throws SQLException {
        return strings(c, "SELECT code FROM classification_code WHERE scheme = '" + scheme + "' AND leaf = TRUE AND code LIKE '"
            + like + "' ORDER BY code");
    }

    /** One leaf category under each root, so that every level-1 heading of the target tables has an indicator. */
    static List<Long> leafCategories(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MIN(c.id) FROM indicator_category c"
                + " WHERE c.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM indicator_category k WHERE k.parent_id = c.id)"
                + " GROUP BY c.parent_id ORDER BY MIN(c.id)")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing found for " + sql);
        }
        return values.subList(0, Math.min(values.size(), 40));
    }
}
