package cn.nanchang.budgetflow.security;

import static cn.nanchang.budgetflow.security.Fixtures.DRAFTS;
import static cn.nanchang.budgetflow.security.Fixtures.PLANS;
import static cn.nanchang.budgetflow.security.Fixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.BadInputCases.Case;
import cn.nanchang.budgetflow.security.BadInputCases.Expect;
import cn.nanchang.budgetflow.security.BadInputCases.Search;
import cn.nanchang.budgetflow.security.BadInputCases.Target;
import cn.nanchang.budgetflow.testsupport.Adjustments;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetYearsApi;
import cn.nanchang.budgetflow.testsupport.ProposalYears;
import cn.nanchang.budgetflow.testsupport.YearWalk;
import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Bad input against every writing endpoint of the document types and the task decision,
 * and against every search: generated from {@link BadInputCases}, one valid body spoiled in one
 * field per case. A rejected case answers 400 naming the field and stores nothing (no row of any
 * document table or the audit log appears, and an edited document keeps its version); accepted
 * text is stored exactly; a search answers an empty list; and nothing ever answers 500.
 */
@ApiTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String STAFF = "staff3";
    private static final String HEAD = "head3";
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_SECTION = new java.util.concurrent.atomic.AtomicInteger();
    private static final List<String> TABLES = List.of("document", "budget_draft", "budget_line", "project_application",
        "project_cost_line", "performance_indicator", "procurement_plan", "procurement_item", "collective_decision",
        "audit_entry", "common_opinion", "budget_year", "budget_figure", "budget_year_excuse", "unit_proposal",
        "proposal_line", "indicator", "ledger_entry", "payment",
        "budget_adjustment", "budget_adjustment_row", "attachment");

    private final ApiClient api;
    private final Fixtures fixtures;
    private final MockMvc mvc;
    private final OrganizationService organization;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private int rejectYear;
    private long draftId;
    private long projectId;
    private long planId;
    private Fixtures.Funding funding;
    private final YearWalk walk;
    /** Budget years at the step each year target needs, walked once. */
    private final Map<Target, Integer> yearAt = new java.util.EnumMap<>(Target.class);
    private YearWalk.Approvable approvable;
    private String staffSection;
    private final ProposalYears proposals;
    /** A year waiting for its 一上 proposal, with none yet: proposals are created in it (and refused). */
    private ProposalYears.Year proposalYear;
    /** Another such year, with a proposal in it that the cases edit. */
    private ProposalYears.Year editedYear;
    private long proposalId;
    /** A year whose 指标 the adjustments move, and an adjustment in it that the cases edit. */
    private int adjustmentYear;
    private long officeIndicator;
    private long postIndicator;
    private long adjustmentId;

    BadInputTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired JdbcTemplate jdbc,
            @Autowired OrganizationService organization, @Autowired BudgetYearProcess process,
            @Autowired PlatformTransactionManager transactions) {
        this.api = new ApiClient(mvc, json);
        this.walk = new YearWalk(api, process, transactions);
        this.proposals = new ProposalYears(api);
        this.mvc = mvc;
        this.organization = organization;
        this.fixtures = new Fixtures(api);
        this.jdbc = jdbc;
        this.json = json;
    }

    @BeforeAll
    void documentsToEdit() {
        funding = fixtures.approvedLine(STAFF, HEAD);
        rejectYear = api.drafts().freshYear(STAFF);
        draftId = fixtures.draft(STAFF);
        projectId = fixtures.project(STAFF);
        planId = api.body(api.post(STAFF, PLANS, Fixtures.planBody(funding.year(), funding.lineId()))).path("id").asLong();
        staffSection = organization.user(STAFF).orElseThrow().getSection().getCode();
        yearAt.put(Target.YEAR_EXCUSE, walk.collectingOneUp());
        yearAt.put(Target.YEAR_CEILINGS, walk.atCeilings());
        yearAt.put(Target.YEAR_SPLIT, walk.atSplit());
        yearAt.put(Target.YEAR_SPLIT_DECISION, walk.atSplitApproval(staffSection));
        approvable = walk.atApproval(STAFF);
        yearAt.put(Target.YEAR_APPROVAL, approvable.year());
        proposalYear = proposals.atOneUpProposal();
        editedYear = proposals.atOneUpProposal();
        proposalId = api.body(api.post("finance", ProposalYears.PROPOSALS, proposalBody(editedYear))).path("id").asLong();
        adjustmentYear = api.adjustments().approvedYear(STAFF, Adjustments.line("BASIC_PUBLIC", "30201", "100000.00", null),
            Adjustments.line("BASIC_PUBLIC", "30207", "50000.00", null));
        officeIndicator = api.adjustments().indicator(STAFF, adjustmentYear, "30201");
        postIndicator = api.adjustments().indicator(STAFF, adjustmentYear, "30207");
        adjustmentId = api.body(api.post(STAFF, Adjustments.ADJUSTMENTS, adjustmentBody())).path("id").asLong();
    }

    /** A 调剂 of 1000.00 from 办公费 to 邮电费 that passes every rule; a fresh body each time. */
    private Map<String, Object> adjustmentBody() {
        return Adjustments.body(adjustmentYear, "TRANSFER",
            Adjustments.decrease(officeIndicator, "1000.00"), Adjustments.increase(postIndicator, "1000.00"));
    }

    static Stream<Case> bodies() {
        return BadInputCases.bodies().stream();
    }

    static Stream<Search> searches() {
        return BadInputCases.searches().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void each_bad_value_is_refused_with_its_field_named_and_nothing_stored(Case c) throws Exception {
        Request request = request(c.target(), c.expect());
        set(request.body(), c.field(), c.value());
        Map<String, Long> before = counts();
        String versionBefore = request.versionOf() == null ? null : request.versionOf().get();

        MvcResult result = request.send().andReturn();
        int status = result.getResponse().getStatus();
        JsonNode answer = body(result);

        assertThat(status).as("status; answer " + answer).isLessThan(500);
        if (c.expect() == Expect.REJECT) {
            assertThat(status).as("answer " + answer).isEqualTo(400);
            assertThat(answer.path("errors").findValuesAsText("field")).as("fields named").contains(c.field());
            assertThat(answer.path("errors").findValuesAsText("message")).allSatisfy(m -> assertThat(m).isNotBlank());
            assertThat(counts()).as("rows after a refusal").isEqualTo(before);
            if (versionBefore != null) {
                assertThat(request.versionOf().get()).as("version after a refusal").isEqualTo(versionBefore);
            }
        } else {
            assertThat(status).as("answer " + answer).isBetween(200, 201);
            assertThat(request.readBack().apply(answer, c.field())).as("stored text").isEqualTo(c.value());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void each_bad_search_is_refused_or_finds_nothing(Search s) throws Exception {
        MvcResult result = call(s.user(), MockMvcRequestBuilders.get(s.path() + "?{p}={v}", s.parameter(), s.value()), null);
        int status = result.getResponse().getStatus();
        JsonNode answer = body(result);

        assertThat(status).as("status; answer " + answer).isLessThan(500);
        if (s.expect() == Expect.REJECT) {
            assertThat(status).as("answer " + answer).isEqualTo(400);
            assertThat(answer.path("errors").findValuesAsText("field")).contains(s.parameter());
        } else {
            assertThat(status).as("answer " + answer).isEqualTo(200);
            assertThat(answer.isArray() && answer.isEmpty()).as("empty list: " + answer).isTrue();
        }
    }

    // --- execution progress (issue 15 §3): a bad year or section is refused naming it ----------

    /** Path year and section of GET /api/v1/execution/{year}[.xlsx]; every case a 400 naming the field. */
    static Stream<org.junit.jupiter.params.provider.Arguments> executionRequests() {
        List<org.junit.jupiter.params.provider.Arguments> cases = new ArrayList<>();
        for (String path : List.of("/api/v1/execution/", "/api/v1/execution/{y}.xlsx")) {
            for (String year : List.of("abc", "1850", "2100", "99999999999", "-1")) {
                cases.add(org.junit.jupiter.params.provider.Arguments.of(path, year, null, "year"));
            }
            List<String> sections = new ArrayList<>(BadInputCases.SQL);
            sections.addAll(BadInputCases.CONTROL);
            sections.addAll(List.of("S99", BadInputCases.LONG_TEXT));
            sections.forEach(v -> cases.add(org.junit.jupiter.params.provider.Arguments.of(path, "2023", v, "section")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} year={1} section={2}")
    @MethodSource("executionRequests")
    void each_bad_execution_year_or_section_is_refused_with_its_field_named(String path, String year, String section,
            String field) throws Exception {
        String uri = path.contains("{y}") ? path.replace("{y}", year) : path + year;
        MockHttpServletRequestBuilder get = section == null ? MockMvcRequestBuilders.get(uri)
            : MockMvcRequestBuilders.get(uri + "?section={s}", section);
        MvcResult result = call("finance", get, null);
        JsonNode answer = body(result);

        assertThat(result.getResponse().getStatus()).as("answer " + answer).isEqualTo(400);
        assertThat(answer.path("errors").findValuesAsText("field")).as("fields named").contains(field);
    }

    // --- requests per target -----------------------------------------------------------------

    private record Request(Map<String, Object> body, java.util.concurrent.Callable<org.springframework.test.web.servlet.ResultActions> sender,
            java.util.function.Supplier<String> versionOf, java.util.function.BiFunction<JsonNode, String, Object> readBack) {
        org.springframework.test.web.servlet.ResultActions send() throws Exception {
            return sender.call();
        }
    }

    private Request request(Target target, Expect expect) {
        return switch (target) {
            case DRAFT_CREATE -> create(DRAFTS, Fixtures.draftBody(rejectYear), true, expect);
            case DRAFT_UPDATE -> update(DRAFTS, draftId, Fixtures.draftBody(year(DRAFTS, draftId)));
            case PROJECT_CREATE -> create(PROJECTS, Fixtures.projectBody(2096), false, expect);
            case PROJECT_UPDATE -> update(PROJECTS, projectId, Fixtures.projectBody(year(PROJECTS, projectId)));
            case PLAN_CREATE -> create(PLANS, Fixtures.planBody(funding.year(), funding.lineId()), false, expect);
            case PLAN_UPDATE -> update(PLANS, planId, Fixtures.planBody(funding.year(), funding.lineId()));
            case DECISION -> decision();
            case DELEGATION -> onHeadsTask("delegate", Map.of("target", "director", "reason", "请主任先看"));
            case ADD_SIGNER -> onHeadsTask("add-signer",
                Map.of("target", "director", "position", "BEFORE", "reason", "请主任先看"));
            case PROXY -> proxy();
            case CHASE -> chase();
            case OPINION_CREATE -> opinion();
            case BATCH_APPROVAL -> batchApproval();
            case YEAR_OPEN -> openYear(expect);
            case YEAR_EXCUSE -> yearStep(target, "sections/" + staffSection + "/excuse",
                new LinkedHashMap<>(Map.of("reason", "逾期未报")));
            case YEAR_CEILINGS -> yearStep(target, "ceilings", BudgetYearsApi.ceilingsBody("500000.00", "300000.00",
                "200000.00", new ArrayList<>()));
            case YEAR_SPLIT -> yearStep(target, "split", new LinkedHashMap<>(Map.of("sections",
                new ArrayList<>(List.of(BudgetYearsApi.sectionSplit(staffSection, "100000.00", "60000.00", "0"))))));
            case YEAR_SPLIT_DECISION -> yearStep(target, "split/decision",
                new LinkedHashMap<>(Map.of("approved", false, "comment", "公用经费偏少")));
            case YEAR_APPROVAL -> yearStep(target, "approval", new LinkedHashMap<>(Map.of("ref", "洪数字〔2026〕30号",
                "date", BudgetYearsApi.today().toString(), "cuts", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of(
                    "lineId", approvable.lineId(), "amount", "40000.00", "reason", "压减一般性支出")))))));
            case PROPOSAL_CREATE -> proposalCreate(expect);
            case PROPOSAL_UPDATE -> proposalUpdate();
            case PAYMENT -> payment();
            case ADJUSTMENT_CREATE -> create(Adjustments.ADJUSTMENTS, adjustmentBody(), false, expect);
            case ADJUSTMENT_UPDATE -> update(Adjustments.ADJUSTMENTS, adjustmentId, adjustmentBody());
        };
    }

    /**
     * 财务 consolidates a year with one cut. A proposal that is stored takes its round (one open proposal
     * per year and round): text kept as sent is tried on a year of its own.
     */
    private Request proposalCreate(Expect expect) {
        Map<String, Object> body = proposalBody(expect == Expect.KEEP ? proposals.atOneUpProposal() : proposalYear);
        return new Request(body, () -> send("finance", MockMvcRequestBuilders.post(ProposalYears.PROPOSALS), body), null,
            BadInputTest::cutReason);
    }

    private Request proposalUpdate() {
        Map<String, Object> body = proposalBody(editedYear);
        return new Request(body,
            () -> send("finance", MockMvcRequestBuilders.put(ProposalYears.PROPOSALS + "/{id}", proposalId), body),
            () -> read("finance", ProposalYears.PROPOSALS + "/" + proposalId).path("version").asText(),
            BadInputTest::cutReason);
    }

    /** The first line of the year's first request (办公费 10001.00) cut to 5000.00, with a reason. */
    private static Map<String, Object> proposalBody(ProposalYears.Year year) {
        return ProposalYears.body(year.fiscalYear(),
            List.of(ProposalYears.cut(year.requests().get(0).id(), 1, "5000.00", "按定额压减")));
    }

    /** The reason of the one line the proposal cuts. */
    private static Object cutReason(JsonNode answer, String field) {
        for (JsonNode line : answer.path("consolidation").path("lines")) {
            if (!line.path("cutReason").isNull()) {
                return line.path("cutReason").asText();
            }
        }
        return null;
    }

    /** 财务 opens a year; an accepted opening takes a fiscal year of its own. */
    private Request openYear(Expect expect) {
        java.time.LocalDate today = BudgetYearsApi.today();
        Map<String, Object> body = BudgetYearsApi.openBody(expect == Expect.KEEP ? api.years().unopenedYear() : rejectYear,
            today.plusDays(30), today.plusDays(60));
        return new Request(body, () -> send("finance", MockMvcRequestBuilders.post(BudgetYearsApi.YEARS), body), null,
            BadInputTest::at);
    }

    /**
     * A step of a budget year waiting for it, by the role that takes it; a refusal leaves the year
     * at its stage (its answer read back as the version to compare).
     */
    private Request yearStep(Target target, String step, Map<String, Object> body) {
        int year = yearAt.get(target);
        String user = switch (target) {
            case YEAR_CEILINGS, YEAR_APPROVAL -> "bureau";
            case YEAR_SPLIT_DECISION -> "director";
            default -> "finance";
        };
        return new Request(body, () -> send(user, MockMvcRequestBuilders.post(BudgetYearsApi.YEARS + "/{y}/" + step, year), body),
            () -> read("finance", BudgetYearsApi.YEARS + "/" + year).path("stage").asText(), null);
    }

    private Request opinion() {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("text", "同意"));
        return new Request(body, () -> send(STAFF, MockMvcRequestBuilders.post("/api/v1/me/opinions"), body), null,
            BadInputTest::at);
    }

    /** A fresh draft at 财务审核, which finance approves in a batch of one. */
    private Request batchApproval() {
        Submitted draft = submittedDraft();
        long id = draft.id();
        api.approve(draft.head(), id);
        String taskId = api.taskId("finance", id);
        Map<String, Object> body = new LinkedHashMap<>(Map.of("taskIds", List.of(taskId), "comment", "同意"));
        return new Request(body, () -> send("finance", MockMvcRequestBuilders.post(ApiClient.TASKS + "/batch-approve"), body),
            () -> api.drafts().statusOf(draft.staff(), id) + " " + api.task("finance", id).isPresent(),
            (answer, field) -> {
                JsonNode history = api.history(draft.staff(), id);
                return history.get(history.size() - 1).path("comment").asText();
            });
    }

    /** 财务 pays 100.00 from the 指标 issued from the approved line the plans are funded by. */
    private Request payment() {
        long indicator = read("finance", "/api/v1/indicators?fiscalYear=" + funding.year()).get(0).path("id").asLong();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", "100.00");
        body.put("paidOn", funding.year() + "-07-15");
        body.put("payee", "南昌市某办公用品有限公司");
        body.put("summary", "7月办公用品");
        body.put("officialCard", false);
        body.put("procurementItemId", null);
        return new Request(body, () -> send("finance", MockMvcRequestBuilders.post("/api/v1/indicators/{id}/payments", indicator), body),
            null, BadInputTest::at);
    }

    /** A draft that is accepted takes its year (one open draft per section and year): it gets a year of its own. */
    private Request create(String base, Map<String, Object> body, boolean yearPerAcceptedDocument, Expect expect) {
        if (yearPerAcceptedDocument && expect == Expect.KEEP) {
            body.put("fiscalYear", api.drafts().freshYear(STAFF));
        }
        return new Request(body, () -> send(STAFF, MockMvcRequestBuilders.post(base), body), null, BadInputTest::at);
    }

    private Request update(String base, long id, Map<String, Object> body) {
        return new Request(body, () -> send(STAFF, MockMvcRequestBuilders.put(base + "/{id}", id), body),
            () -> read(STAFF, base + "/" + id).path("version").asText(), BadInputTest::at);
    }

    /** A fresh draft waiting for its section head, who returns it with a comment. */
    private Request decision() {
        Submitted draft = submittedDraft();
        long id = draft.id();
        String taskId = api.taskId(draft.head(), id);
        Map<String, Object> body = new LinkedHashMap<>(Map.of("decision", "RETURN", "comment", "请补充测算依据"));
        return new Request(body, () -> send(draft.head(), MockMvcRequestBuilders.post(ApiClient.TASKS + "/{t}/decision", taskId), body),
            () -> api.drafts().statusOf(draft.staff(), id) + " " + api.task(draft.head(), id).isPresent(),
            (answer, field) -> {
                JsonNode history = api.history(draft.staff(), id);
                return history.get(history.size() - 1).path("comment").asText();
            });
    }

    /**
     * A fresh draft waiting for its section head, who hands the task on (委派, 加签) with this body;
     * nothing is read back, and a refusal leaves the task where it was.
     */
    private Request onHeadsTask(String operation, Map<String, Object> valid) {
        Submitted draft = submittedDraft();
        long id = draft.id();
        String taskId = api.taskId(draft.head(), id);
        Map<String, Object> body = new LinkedHashMap<>(valid);
        return new Request(body,
            () -> send(draft.head(), MockMvcRequestBuilders.post(ApiClient.TASKS + "/{t}/" + operation, taskId), body),
            () -> api.task(draft.head(), id).map(t -> t.path("step").asText() + " " + t.path("assignee").asText()
                + " " + t.path("delegation").asText()).orElse("none"),
            null);
    }

    /** A fresh draft waiting for its section head, whom its drafter chases (once a day per step, hence a fresh one). */
    private Request chase() {
        Submitted draft = submittedDraft();
        long id = draft.id();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("message", "请尽快审核"));
        return new Request(body, () -> send(draft.staff(), MockMvcRequestBuilders.post("/api/v1/documents/{id}/chase", id), body),
            () -> String.valueOf(api.history(draft.staff(), id).size()),
            (answer, field) -> {
                JsonNode history = api.history(draft.staff(), id);
                return history.get(history.size() - 1).path("comment").asText();
            });
    }

    /**
     * A fresh draft submitted to its 科长, from the six sections in turn: every case that acts on a
     * task takes a year of its section (one open draft per section and year), and one section has
     * only the hundred years 2000–2099.
     */
    private Submitted submittedDraft() {
        int section = 1 + NEXT_SECTION.getAndIncrement() % 6;
        Submitted draft = new Submitted("staff" + section, "head" + section, fixtures.draft("staff" + section));
        fixtures.submit(draft.staff(), DRAFTS, draft.id());
        return draft;
    }

    private record Submitted(String staff, String head, long id) {
    }

    /** The section head names the director as proxy for today (代理审批); a refusal stores no range. */
    private Request proxy() {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("proxy", "director", "startsOn", today, "endsOn", today,
            "reason", "外出开会"));
        return new Request(body, () -> send(HEAD, MockMvcRequestBuilders.post("/api/v1/proxies"), body),
            () -> read(HEAD, "/api/v1/proxies").toString(), null);
    }

    private int year(String base, long id) {
        return read(STAFF, base + "/" + id).path("fiscalYear").asInt();
    }

    /**
     * Calls signed in as the user without checking a password on every call (hundreds of bcrypt
     * checks would dominate the run); sign-in itself is tested by the throttle and matrix tests.
     */
    private org.springframework.test.web.servlet.ResultActions send(String user, MockHttpServletRequestBuilder request,
            Object body) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON).with(user(details(user))));
    }

    private MvcResult call(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
        return send(user, request, body).andReturn();
    }

    private JsonNode read(String user, String uri) {
        try {
            return body(call(user, MockMvcRequestBuilders.get(uri), null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private AccountDetails details(String username) {
        return AccountDetailsFactory.of(organization.user(username).orElseThrow());
    }

    // --- plumbing ----------------------------------------------------------------------------

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return counts;
    }

    private JsonNode body(MvcResult result) throws Exception {
        String text = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return text.isEmpty() ? json.createObjectNode() : json.readTree(text);
    }

    /** Sets lines[0].amount and the like in a body of maps and lists. */
    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> body, String path, Object value) {
        Object node = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            String key = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            if (part.contains("[")) {
                int index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']')));
                List<Object> list = (List<Object>) ((Map<String, Object>) node).get(key);
                Map<String, Object> element = new LinkedHashMap<>((Map<String, Object>) list.get(index));
                list.set(index, element);
                node = element;
                if (last) {
                    throw new IllegalArgumentException("a path ends in a field: " + path);
                }
            } else if (last) {
                ((Map<String, Object>) node).put(key, value);
            } else {
                node = ((Map<String, Object>) node).get(key);
            }
        }
    }

    private static Object at(JsonNode answer, String path) {
        JsonNode node = answer;
        for (String part : path.split("\\.")) {
            if (part.contains("[")) {
                node = node.path(part.substring(0, part.indexOf('[')))
                    .path(Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']'))));
            } else {
                node = node.path(part);
            }
        }
        return node.asText();
    }

    // --- copies (issue 19 §2) -----------------------------------------------------------------

    /** The only input of a copy is the source's id in the path: anything but a number is refused naming it. */
    @org.junit.jupiter.api.Test
    void a_copy_of_an_id_that_is_no_number_is_refused_naming_the_id_and_stores_nothing() throws Exception {
        Map<String, Long> before = counts();
        for (String base : List.of(DRAFTS, PROJECTS)) {
            for (String id : List.of("abc", "1.5", "99999999999999999999", "1e3")) {
                MvcResult result = call(STAFF, MockMvcRequestBuilders.post(base + "/" + id + "/copy")
                    .header("X-Requested-With", "XMLHttpRequest"), null);
                String what = base + "/" + id + "/copy: " + result.getResponse().getContentAsString();
                assertThat(result.getResponse().getStatus()).as(what).isEqualTo(400);
                assertThat(body(result).path("errors").findValuesAsText("field")).as(what).contains("id");
            }
        }
        assertThat(counts()).isEqualTo(before);
    }

    // --- audit checkpoints and proofs (issue 22) ---------------------------------------------

    @org.junit.jupiter.api.Test
    void the_audit_checkpoint_upload_and_the_proofs_refuse_bad_input_naming_the_field() throws Exception {
        String auditor = "auditor";
        var missing = MockMvcRequestBuilders.multipart("/api/v1/audit/checkpoints/verify");
        var notACheckpoint = MockMvcRequestBuilders.multipart("/api/v1/audit/checkpoints/verify")
            .file(new org.springframework.mock.web.MockMultipartFile("file", "x.json", "application/json", "{\"seq\":\"三\"}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        var binary = MockMvcRequestBuilders.multipart("/api/v1/audit/checkpoints/verify")
            .file(new org.springframework.mock.web.MockMultipartFile("file", "x.bin", "application/octet-stream", new byte[] {0, 1, 2, (byte) 0xff}));
        var tooLarge = MockMvcRequestBuilders.multipart("/api/v1/audit/checkpoints/verify")
            .file(new org.springframework.mock.web.MockMultipartFile("file", "big.json", "application/json", new byte[64 * 1024]));
        Map<String, MockHttpServletRequestBuilder> cases = new LinkedHashMap<>();
        cases.put("file", missing);
        cases.put("file ", notACheckpoint);
        cases.put("file  ", binary);
        cases.put("file   ", tooLarge);
        cases.put("seq", MockMvcRequestBuilders.get("/api/v1/audit/proofs/inclusion?seq=abc"));
        cases.put("seq ", MockMvcRequestBuilders.get("/api/v1/audit/proofs/inclusion?seq=0"));
        cases.put("seq  ", MockMvcRequestBuilders.get("/api/v1/audit/proofs/inclusion"));
        cases.put("treeSize", MockMvcRequestBuilders.get("/api/v1/audit/proofs/inclusion?seq=1&treeSize=99999999999"));
        cases.put("first", MockMvcRequestBuilders.get("/api/v1/audit/proofs/consistency?first=-1"));
        cases.put("second", MockMvcRequestBuilders.get("/api/v1/audit/proofs/consistency?first=1&second=2024.5"));
        for (var c : cases.entrySet()) {
            MvcResult result = call(auditor, c.getValue(), null);
            assertThat(result.getResponse().getStatus()).as(c.getKey() + ": " + result.getResponse().getContentAsString()).isEqualTo(400);
            assertThat(body(result).path("errors").findValuesAsText("field")).as(c.getKey()).contains(c.getKey().strip());
        }
    }

    // --- the 花名册 import (issue 20 §2) ---------------------------------------------------------

    @org.junit.jupiter.api.Test
    void the_roster_import_refuses_a_missing_empty_foreign_oversize_or_endless_file_naming_the_file_and_stores_nothing() throws Exception {
        byte[] endless;
        try (var book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var people = book.createSheet("人员");
            for (int r = 0; r <= 10_000; r++) {
                var row = people.createRow(r);
                row.createCell(0).setCellValue("某" + r);
                row.createCell(1).setCellValue("bulk" + r);
                row.createCell(2).setCellValue("科员");
                row.createCell(3).setCellValue("S01");
            }
            book.write(out);
            endless = out.toByteArray();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty", new byte[0]);
        files.put("not a workbook", "姓名,用户名".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("over 5 MB", new byte[5 * 1024 * 1024 + 1]);
        files.put("10,000 rows", endless);
        long users = jdbc.queryForObject("select count(*) from app_user", Long.class);
        for (String endpoint : List.of("preview", "import")) {
            var missing = MockMvcRequestBuilders.multipart("/api/v1/admin/roster/" + endpoint);
            MvcResult none = call("admin", missing, null);
            assertThat(none.getResponse().getStatus()).as(endpoint + " without a file").isEqualTo(400);
            assertThat(body(none).path("errors").findValuesAsText("field")).contains("file");
            for (var f : files.entrySet()) {
                var upload = MockMvcRequestBuilders.multipart("/api/v1/admin/roster/" + endpoint)
                    .file(new org.springframework.mock.web.MockMultipartFile("file", "花名册.xlsx", null, f.getValue()));
                MvcResult result = call("admin", upload, null);
                assertThat(result.getResponse().getStatus()).as(endpoint + ", " + f.getKey()).isEqualTo(400);
                assertThat(body(result).path("errors").findValuesAsText("field")).as(endpoint + ", " + f.getKey()).containsExactly("file");
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(users);
    }

    // --- 科室管理 (issue 20 §2) ------------------------------------------------------------------

    @org.junit.jupiter.api.Test
    void the_sections_refuse_each_bad_value_naming_its_field_and_store_nothing() throws Exception {
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("code", new Object[] {"s07", "某科", 1});
        cases.put("code ", new Object[] {"S07<script>", "某科", 1});
        cases.put(" code", new Object[] {null, "某科", 1});
        cases.put("name", new Object[] {"S995", "", 1});
        cases.put("name ", new Object[] {"S995", "科".repeat(31), 1});
        cases.put(" name", new Object[] {"S995", "某科\u0000", 1});
        cases.put("sortOrder", new Object[] {"S995", "某科", "第一"});
        cases.put("sortOrder ", new Object[] {"S995", "某科", 1.5});
        cases.put(" sortOrder", new Object[] {"S995", "某科", 100000});
        cases.put("head", new Object[] {"S995", "某科", 1, "head3"});
        long sections = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        long audit = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        for (var c : cases.entrySet()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", c.getValue()[0]);
            body.put("name", c.getValue()[1]);
            body.put("sortOrder", c.getValue()[2]);
            body.put("head", c.getValue().length > 3 ? c.getValue()[3] : null);
            boolean creating = c.getValue()[0] == null;
            for (String method : creating ? List.of("POST") : List.of("POST", "PUT")) {
                var request = method.equals("POST") ? MockMvcRequestBuilders.post("/api/v1/admin/sections")
                    : MockMvcRequestBuilders.put("/api/v1/admin/sections/S01");
                MvcResult result = call("admin", request, body);
                String what = method + " " + c.getKey();
                assertThat(result.getResponse().getStatus()).as(what + ": " + result.getResponse().getContentAsString()).isEqualTo(400);
                assertThat(body(result).path("errors").findValuesAsText("field")).as(what).contains(c.getKey().strip());
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Long.class)).isEqualTo(sections);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).as("nothing audited").isEqualTo(audit);
        assertThat(read("admin", "/api/v1/admin/sections/S01").path("name").asText()).isEqualTo("综合科");
    }

    // --- attachments (issue 19 §3) --------------------------------------------------------------

    @org.junit.jupiter.api.Test
    void an_upload_refuses_a_missing_oversized_empty_or_wrongly_typed_file_and_names_with_paths_or_control_characters() throws Exception {
        byte[] text = "测算说明".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        Map<String, MockHttpServletRequestBuilder> cases = new LinkedHashMap<>();
        cases.put("missing", MockMvcRequestBuilders.multipart("/api/v1/documents/{id}/attachments", draftId));
        cases.put("oversized", upload("大文件.txt", new byte[20 * 1024 * 1024 + 1]));
        cases.put("empty", upload("空.txt", new byte[0]));
        cases.put("a program named .pdf", upload("报价单.pdf", program));
        cases.put("html", upload("调研.txt", "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        cases.put("slash", upload("../etc/测算说明.txt", text));
        cases.put("backslash", upload("..\\测算说明.txt", text));
        cases.put("bell", upload("测算\u0007说明.txt", text));
        cases.put("newline", upload("测算\n说明.txt", text));
        cases.put("too long", upload("长".repeat(201) + ".txt", text));
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM attachment", Integer.class);
        for (var c : cases.entrySet()) {
            MvcResult result = call(STAFF, c.getValue(), null);
            assertThat(result.getResponse().getStatus()).as(c.getKey() + ": " + result.getResponse().getContentAsString()).isEqualTo(400);
            assertThat(body(result).path("errors").findValuesAsText("field")).as(c.getKey()).containsExactly("file");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment", Integer.class)).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder upload(String name, byte[] bytes) {
        return MockMvcRequestBuilders.multipart("/api/v1/documents/{id}/attachments", draftId)
            .file(new org.springframework.mock.web.MockMultipartFile("file", name, "application/octet-stream", bytes));
    }
}
