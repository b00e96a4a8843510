package cn.nanchang.budgetflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The case table of {@link BadInputTest}: kinds of bad value, each applied to every field of its
 * kind on every writing endpoint. A case expects a 400 naming the field ({@link Expect#REJECT}),
 * text stored exactly as sent ({@link Expect#KEEP}: other scripts, HTML that is only shown
 * escaped), or, for searches, an empty result ({@link Expect#EMPTY}).
 */
final class BadInputCases {

    enum Target { DRAFT_CREATE, DRAFT_UPDATE, PROJECT_CREATE, PROJECT_UPDATE, PLAN_CREATE, PLAN_UPDATE, DECISION, DELEGATION,
        ADD_SIGNER, PROXY, CHASE, OPINION_CREATE, BATCH_APPROVAL,
        YEAR_OPEN, YEAR_EXCUSE, YEAR_CEILINGS, YEAR_SPLIT, YEAR_SPLIT_DECISION, YEAR_APPROVAL, PROPOSAL_CREATE, PROPOSAL_UPDATE,
        /** 财务 records a payment against an 指标 (issue 15). */
        PAYMENT,
        ADJUSTMENT_CREATE, ADJUSTMENT_UPDATE }

    /** Targets whose bodies have no fiscal year. */
    private static final java.util.Set<Target> YEARLESS = java.util.EnumSet.of(Target.DECISION, Target.DELEGATION,
        Target.ADD_SIGNER, Target.PROXY, Target.CHASE, Target.OPINION_CREATE, Target.BATCH_APPROVAL, Target.YEAR_EXCUSE,
        Target.YEAR_CEILINGS, Target.YEAR_SPLIT, Target.YEAR_SPLIT_DECISION, Target.YEAR_APPROVAL, Target.PAYMENT);

    /**
     * The steps of a budget year: a good body would move the year on, so only refusals are sent
     * (their texts are never read back; the year's own tests read what a step stores).
     */
    private static final java.util.Set<Target> YEAR_STEPS = java.util.EnumSet.of(Target.YEAR_EXCUSE, Target.YEAR_CEILINGS,
        Target.YEAR_SPLIT, Target.YEAR_SPLIT_DECISION, Target.YEAR_APPROVAL);

    enum Expect { REJECT, KEEP, EMPTY }

    record Case(Target target, String field, Object value, Expect expect) {
        @Override
        public String toString() {
            String shown = String.valueOf(value);
            shown = shown.length() > 30 ? shown.substring(0, 30) + "…(" + shown.length() + ")" : shown;
            return target + " " + field + " = " + shown.replaceAll("\\p{Cntrl}", "^") + " → " + expect;
        }
    }

    /** A search: the endpoint, the caller, the parameter and its value. */
    record Search(String path, String user, String parameter, String value, Expect expect) {
        @Override
        public String toString() {
            return "GET " + path + "?" + parameter + "=" + value.replaceAll("\\p{Cntrl}", "^") + " as " + user + " → " + expect;
        }
    }

    static final String LONG_TEXT = "长".repeat(10_000);
    static final String MIXED_SCRIPTS = "预算 Budget Бюджет ميزانية 予算 예산 Προϋπολογισμός 𠀀";
    static final String HTML = "<script>alert('xss')</script><img src=x onerror=alert(1)><b>粗体</b>";
    static final List<String> SQL = List.of("' OR '1'='1", "1; DROP TABLE document; --", "%", "_");
    static final List<String> CONTROL = List.of("备注\u0000空字符", "响铃\u0007", "\u001b[31m红字", "金额\u202e00.1");

    static final List<Object> BAD_AMOUNTS = List.of("-1", "0", "12.345", "1000000000000", "1e13", "十二元", "1,2.3.4", "NaN", "");
    /** Bad amounts where 0 is good: a ceiling of nothing, a line the 批复 cuts to nothing. */
    static final List<Object> BAD_AMOUNTS_ZERO_ALLOWED = BAD_AMOUNTS.stream().filter(v -> !"0".equals(v)).toList();
    static final List<Object> BAD_DATES = List.of("2026-13-01", "2026-02-30", "abc", "", "99999-01-01", "2026/11/10");
    static final List<Object> BAD_YEARS = List.of(-1, 0, 2024.5, 1_000_000_000_000L, "二〇二四", 1999, 2100, "");
    static final List<Object> BAD_IDS = List.of(999_999_999L, -1, 0, "abc", 1.5);

    private static final Map<Target, List<String>> AMOUNTS = Map.of(
        Target.DRAFT_CREATE, List.of("lines[0].amount"), Target.DRAFT_UPDATE, List.of("lines[0].amount"),
        Target.PROJECT_CREATE, List.of("annualBudget", "costLines[0].amount"),
        Target.PROJECT_UPDATE, List.of("annualBudget", "costLines[0].amount"),
        Target.PLAN_CREATE, List.of("items[0].amount", "items[0].quantity"),
        Target.PLAN_UPDATE, List.of("items[0].amount", "items[0].quantity"));

    private static final Map<Target, List<String>> ZERO_ALLOWED_AMOUNTS = Map.of(
        Target.YEAR_CEILINGS, List.of("personnel", "public", "project"),
        Target.YEAR_SPLIT, List.of("sections[0].personnel", "sections[0].public", "sections[0].project"),
        Target.YEAR_APPROVAL, List.of("cuts[0].amount"), Target.PROPOSAL_CREATE, List.of("cuts[0].amount"),
        Target.PROPOSAL_UPDATE, List.of("cuts[0].amount"));

    private static final Map<Target, List<String>> DATES = Map.of(
        Target.YEAR_OPEN, List.of("deadlines.ONE_UP", "deadlines.TWO_UP"), Target.YEAR_CEILINGS, List.of("date"),
        Target.YEAR_APPROVAL, List.of("date"), Target.PROXY, List.of("startsOn", "endsOn"));

    private static final Map<Target, List<String>> REQUIRED_TEXTS = Map.of(
        Target.PROJECT_CREATE, List.of("name", "overview", "legalBasis", "implementingBody", "indicators[0].name"),
        Target.PROJECT_UPDATE, List.of("name", "overview", "indicators[0].targetValue"),
        Target.PLAN_CREATE, List.of("items[0].name", "items[0].unit", "items[0].demandOverview"),
        Target.PLAN_UPDATE, List.of("items[0].name"),
        Target.DELEGATION, List.of("reason"), Target.ADD_SIGNER, List.of("reason"), Target.PROXY, List.of("reason"),
        Target.OPINION_CREATE, List.of("text"), Target.PROPOSAL_CREATE, List.of("cuts[0].reason"),
        Target.PROPOSAL_UPDATE, List.of("cuts[0].reason"));

    private static final Map<Target, List<String>> YEAR_REQUIRED_TEXTS = Map.of(
        Target.YEAR_OPEN, List.of("instructions"), Target.YEAR_EXCUSE, List.of("reason"), Target.YEAR_CEILINGS, List.of("ref"),
        Target.YEAR_SPLIT_DECISION, List.of("comment"), Target.YEAR_APPROVAL, List.of("ref", "cuts[0].reason"));

    private static final Map<Target, List<String>> OPTIONAL_TEXTS = Map.of(
        Target.DRAFT_CREATE, List.of("lines[0].note"), Target.DRAFT_UPDATE, List.of("lines[0].note"),
        Target.PROJECT_CREATE, List.of("costLines[0].note", "indicators[0].note"),
        Target.DECISION, List.of("comment"), Target.CHASE, List.of("message"), Target.BATCH_APPROVAL, List.of("comment"));

    /** Texts read back after a successful save, to see they were stored exactly. */
    static final List<String> READ_BACK = List.of("lines[0].note", "name", "overview", "items[0].name", "comment", "message",
        "text", "instructions", "cuts[0].reason", "basis");

    private static final Map<Target, List<String>> CODES = Map.of(
        Target.DRAFT_CREATE, List.of("lines[0].functionCode", "lines[0].economicCode", "lines[0].kind"),
        Target.DRAFT_UPDATE, List.of("lines[0].functionCode"),
        Target.PROJECT_CREATE, List.of("category", "costLines[0].functionCode", "costLines[0].economicCode",
            "indicators[0].category", "indicators[0].direction"),
        Target.PROJECT_UPDATE, List.of("category"),
        Target.PLAN_CREATE, List.of("items[0].category", "items[0].method", "items[0].organisationForm"),
        Target.PLAN_UPDATE, List.of("items[0].method"),
        Target.DECISION, List.of("decision"),
        Target.DELEGATION, List.of("target"), Target.ADD_SIGNER, List.of("target", "position"),
        Target.PROXY, List.of("proxy"));

    private static final Map<Target, List<String>> YEAR_CODES = Map.of(
        Target.YEAR_SPLIT, List.of("sections[0].sectionCode"), Target.YEAR_SPLIT_DECISION, List.of("approved"));

    private static final Map<Target, List<String>> MONTHS = Map.of(
        Target.PROJECT_CREATE, List.of("periodStart", "periodEnd"), Target.PLAN_CREATE, List.of("items[0].startMonth"));

    private static final Map<Target, List<String>> IDS = Map.of(
        Target.DRAFT_CREATE, List.of("lines[0].projectId"), Target.PLAN_CREATE, List.of("items[0].fundingLineId"),
        Target.PLAN_UPDATE, List.of("items[0].fundingLineId"), Target.YEAR_APPROVAL, List.of("cuts[0].lineId"),
        Target.PROPOSAL_CREATE, List.of("cuts[0].draftId", "cuts[0].lineNo"), Target.PROPOSAL_UPDATE, List.of("cuts[0].lineNo"));

    // --- budget adjustments (预算调剂, issue 15 §2): their fields by kind, added to the table above in bodies() ---

    private static final Map<Target, List<String>> ADJUSTMENT_REQUIRED_TEXTS = Map.of(
        Target.ADJUSTMENT_CREATE, List.of("reason", "basis"), Target.ADJUSTMENT_UPDATE, List.of("basis"));
    private static final Map<Target, List<String>> ADJUSTMENT_OPTIONAL_TEXTS = Map.of(
        Target.ADJUSTMENT_CREATE, List.of("performanceChange", "fundingSource"), Target.ADJUSTMENT_UPDATE, List.of("fundingSource"));
    private static final Map<Target, List<String>> ADJUSTMENT_FIELDS = Map.of(
        Target.ADJUSTMENT_CREATE, List.of("rows[0].amount", "adjustmentKind", "rows[0].direction", "rows[0].indicatorId"),
        Target.ADJUSTMENT_UPDATE, List.of("rows[1].amount", "rows[0].direction", "rows[1].indicatorId"));

    private static void adjustments(List<Case> cases) {
        for (Target t : List.of(Target.ADJUSTMENT_CREATE, Target.ADJUSTMENT_UPDATE)) {
            ADJUSTMENT_REQUIRED_TEXTS.get(t).forEach(f -> {
                cases.add(new Case(t, f, "", Expect.REJECT));
                cases.add(new Case(t, f, "   ", Expect.REJECT));
                texts(cases, t, f);
            });
            ADJUSTMENT_OPTIONAL_TEXTS.get(t).forEach(f -> texts(cases, t, f));
            for (String f : ADJUSTMENT_FIELDS.get(t)) {
                List<?> bad = f.endsWith("amount") ? BAD_AMOUNTS : f.endsWith("indicatorId") ? BAD_IDS
                    : List.of("9999999", "UNKNOWN", "", SQL.get(0), SQL.get(1));
                bad.forEach(v -> cases.add(new Case(t, f, v, Expect.REJECT)));
            }
        }
    }

    private BadInputCases() {
    }

    static List<Case> bodies() {
        List<Case> cases = new ArrayList<>();
        for (Target t : Target.values()) {
            AMOUNTS.getOrDefault(t, List.of()).forEach(f -> BAD_AMOUNTS.forEach(v -> cases.add(new Case(t, f, v, Expect.REJECT))));
            if (!YEARLESS.contains(t)) {
                BAD_YEARS.forEach(v -> cases.add(new Case(t, "fiscalYear", v, Expect.REJECT)));
            }
            java.util.stream.Stream.concat(REQUIRED_TEXTS.getOrDefault(t, List.of()).stream(),
                    YEAR_REQUIRED_TEXTS.getOrDefault(t, List.of()).stream()).forEach(f -> {
                cases.add(new Case(t, f, "", Expect.REJECT));
                cases.add(new Case(t, f, "   ", Expect.REJECT));
                texts(cases, t, f);
            });
            OPTIONAL_TEXTS.getOrDefault(t, List.of()).forEach(f -> texts(cases, t, f));
            java.util.stream.Stream.concat(CODES.getOrDefault(t, List.of()).stream(),
                    YEAR_CODES.getOrDefault(t, List.of()).stream()).forEach(f -> {
                List.of("9999999", "UNKNOWN", "").forEach(v -> cases.add(new Case(t, f, v, Expect.REJECT)));
                SQL.subList(0, 2).forEach(v -> cases.add(new Case(t, f, v, Expect.REJECT)));
            });
            MONTHS.getOrDefault(t, List.of()).forEach(f ->
                List.of("2024-13", "2024-00", "abc", "", "99999-01").forEach(v -> cases.add(new Case(t, f, v, Expect.REJECT))));
            IDS.getOrDefault(t, List.of()).forEach(f -> BAD_IDS.forEach(v -> cases.add(new Case(t, f, v, Expect.REJECT))));
            ZERO_ALLOWED_AMOUNTS.getOrDefault(t, List.of())
                .forEach(f -> BAD_AMOUNTS_ZERO_ALLOWED.forEach(v -> cases.add(new Case(t, f, v, Expect.REJECT))));
            DATES.getOrDefault(t, List.of()).forEach(f -> BAD_DATES.forEach(v -> cases.add(new Case(t, f, v, Expect.REJECT))));
        }
        yearOrder(cases);
        payments(cases);
        proxyDates(cases);
        adjustments(cases);
        bounds(cases);
        return cases;
    }

    /** 代理审批 (issue 12 §5): a grant starts within 30 days back or a year ahead of today and lasts at most a year. */
    private static void proxyDates(List<Case> cases) {
        List.of("2001-07-15", "2099-01-01").forEach(v -> cases.add(new Case(Target.PROXY, "startsOn", v, Expect.REJECT)));
        cases.add(new Case(Target.PROXY, "endsOn", "2099-01-01", Expect.REJECT));
    }

    /**
     * A payment (issue 15): its amount, date, payee and summary, the procurement item it settles;
     * a payment above the 指标's 可用 and one dated outside the 指标's year are refused on their field.
     */
    private static void payments(List<Case> cases) {
        BAD_AMOUNTS.forEach(v -> cases.add(new Case(Target.PAYMENT, "amount", v, Expect.REJECT)));
        cases.add(new Case(Target.PAYMENT, "amount", "99999999.00", Expect.REJECT));
        BAD_DATES.forEach(v -> cases.add(new Case(Target.PAYMENT, "paidOn", v, Expect.REJECT)));
        // 1999: before the years the API helpers hand out (2000-2099), so never the 指标's own year, whichever classes
        // ran before in this context (a fresh one gave this test 2001, the year the case used to name)
        cases.add(new Case(Target.PAYMENT, "paidOn", "1999-07-15", Expect.REJECT));
        for (String field : List.of("payee", "summary")) {
            cases.add(new Case(Target.PAYMENT, field, "", Expect.REJECT));
            cases.add(new Case(Target.PAYMENT, field, "   ", Expect.REJECT));
            cases.add(new Case(Target.PAYMENT, field, LONG_TEXT, Expect.REJECT));
            CONTROL.forEach(v -> cases.add(new Case(Target.PAYMENT, field, v, Expect.REJECT)));
            cases.add(new Case(Target.PAYMENT, field, MIXED_SCRIPTS, Expect.KEEP));
            cases.add(new Case(Target.PAYMENT, field, HTML, Expect.KEEP));
        }
        BAD_IDS.forEach(v -> cases.add(new Case(Target.PAYMENT, "procurementItemId", v, Expect.REJECT)));
    }

    /**
     * The budget year's rules of order (issue 14 §3): deadlines, ceilings and the 批复 in date order,
     * nothing dated ahead, a cut below the line, a 文号 of at most 100 characters. (Sums over the
     * ceilings are refused at the whole list, {@code projects} or {@code sections}, not at the value
     * spoilt here: BudgetYearValidationApiTest covers them.)
     */
    private static void yearOrder(List<Case> cases) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        cases.add(new Case(Target.YEAR_OPEN, "deadlines.TWO_UP", today.minusDays(20).toString(), Expect.REJECT));
        cases.add(new Case(Target.YEAR_CEILINGS, "date", today.plusDays(1).toString(), Expect.REJECT));
        cases.add(new Case(Target.YEAR_APPROVAL, "date", today.plusDays(1).toString(), Expect.REJECT));
        cases.add(new Case(Target.YEAR_APPROVAL, "date", "2000-01-01", Expect.REJECT));
        cases.add(new Case(Target.YEAR_CEILINGS, "ref", "号".repeat(101), Expect.REJECT));
        cases.add(new Case(Target.YEAR_APPROVAL, "ref", "号".repeat(101), Expect.REJECT));
        cases.add(new Case(Target.YEAR_APPROVAL, "cuts[0].amount", "50000.00", Expect.REJECT));
        cases.add(new Case(Target.YEAR_SPLIT_DECISION, "approved", null, Expect.REJECT));
    }

    /**
     * Issue 12 §5: numbers the rules did not bound. A quantitative 绩效目标 value (indicators[0] is 运维站点个数 ≥ 10 个)
     * is between 0 and 10^12 with at most four decimals; "1e99999" was a number.
     */
    private static void bounds(List<Case> cases) {
        for (Target t : List.of(Target.PROJECT_CREATE, Target.PROJECT_UPDATE)) {
            List.of("1e99999", "-1", "1000000000000.01", "99.12345", "1e-20", "NaN", "Infinity")
                .forEach(v -> cases.add(new Case(t, "indicators[0].targetValue", v, Expect.REJECT)));
        }
    }

    private static void texts(List<Case> cases, Target t, String field) {
        cases.add(new Case(t, field, LONG_TEXT, Expect.REJECT));
        CONTROL.forEach(v -> cases.add(new Case(t, field, v, Expect.REJECT)));
        if (READ_BACK.contains(field) && !YEAR_STEPS.contains(t)) {
            cases.add(new Case(t, field, MIXED_SCRIPTS, Expect.KEEP));
            cases.add(new Case(t, field, HTML, Expect.KEEP));
        }
    }

    static List<Search> searches() {
        List<Search> cases = new ArrayList<>();
        List<String[]> lists = List.of(new String[] {"/api/v1/budget-drafts", "finance"},
            new String[] {"/api/v1/project-applications", "finance"}, new String[] {"/api/v1/procurement-plans", "finance"},
            new String[] {"/api/v1/unit-proposals", "finance"}, new String[] {"/api/v1/budget-adjustments", "finance"},
            new String[] {"/api/v1/documents", "staff1"}, new String[] {"/api/v1/projects", "director"},
            new String[] {"/api/v1/audit/documents", "auditor"});
        for (String[] list : lists) {
            SQL.forEach(v -> cases.add(new Search(list[0], list[1], "section", v, Expect.EMPTY)));
            CONTROL.forEach(v -> cases.add(new Search(list[0], list[1], "section", v, Expect.EMPTY)));
            cases.add(new Search(list[0], list[1], "section", LONG_TEXT, Expect.EMPTY));
            List.of("abc", "2024.5", "99999999999", "").stream().filter(v -> !v.isEmpty())
                .forEach(v -> cases.add(new Search(list[0], list[1], "fiscalYear", v, Expect.REJECT)));
            cases.add(new Search(list[0], list[1], "fiscalYear", "1850", Expect.EMPTY));
            if (!list[0].equals("/api/v1/projects")) {
                cases.add(new Search(list[0], list[1], "status", "BOGUS' OR '1'='1", Expect.REJECT));
                cases.add(new Search(list[0], list[1], "limit", "abc", Expect.REJECT));
                cases.add(new Search(list[0], list[1], "offset", "99999999999", Expect.REJECT));
            }
        }
        SQL.forEach(v -> cases.add(new Search("/api/v1/audit/documents", "auditor", "person", v, Expect.EMPTY)));
        cases.add(new Search("/api/v1/audit/documents", "auditor", "person", LONG_TEXT, Expect.REJECT));
        cases.add(new Search("/api/v1/audit/documents", "auditor", "type", "BUDGET_DRAFT' --", Expect.REJECT));
        cases.add(new Search("/api/v1/audit/documents", "auditor", "minAmount", "十元", Expect.REJECT));
        cases.add(new Search("/api/v1/audit/documents", "auditor", "maxAmount", "1e99999", Expect.REJECT));
        cases.add(new Search("/api/v1/audit/documents", "auditor", "from", "2024-13-01", Expect.REJECT));
        cases.add(new Search("/api/v1/audit/documents", "auditor", "to", "'; DROP TABLE audit_entry; --", Expect.REJECT));
        cases.add(new Search("/api/v1/documents", "staff1", "type", "UNKNOWN", Expect.REJECT));
        List.of("abc", "2024.5", "99999999999", "'; DROP TABLE document; --").forEach(v ->
            cases.add(new Search("/api/v1/unit-proposals/consolidation", "director", "fiscalYear", v, Expect.REJECT)));
        return cases;
    }
}
