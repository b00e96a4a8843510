package cn.nanchang.budgetflow.e2e;

import cn.nanchang.budgetflow.testsupport.DraftBodies;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans;
import cn.nanchang.budgetflow.testsupport.ProjectApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Documents of the three kinds filed and submitted over the REST API by a staff member, each
 * small enough to take the short route (科长, 财务, 主任, 数据局: no 主任办公会), so that a browser
 * test starts from a document waiting for its section head.
 */
final class ApiDocuments {

    /** A document's kind: where the API files it and where the browser shows it. */
    enum Kind {
        BUDGET_DRAFT("/api/v1/budget-drafts", "budget-drafts"),
        PROJECT_APPLICATION("/api/v1/project-applications", "project-applications"),
        PROCUREMENT_PLAN("/api/v1/procurement-plans", "procurement-plans");

        final String api;
        final String route;

        Kind(String api, String route) {
            this.api = api;
            this.route = route;
        }
    }

    /** A submitted document: its drafter, the drafter's section head, and what the page must show. */
    record Doc(Kind kind, long id, String number, String drafter) {
        String route() {
            return kind.route + "/" + id;
        }

        String head() {
            return drafter.replace("staff", "head");
        }
    }

    private final E2eApi api;

    ApiDocuments(E2eApi api) {
        this.api = api;
    }

    /** A document of this kind by the staff member for the fiscal year, submitted: waiting for the section head. */
    Doc submitted(Kind kind, String staff, int fiscalYear) {
        Map<String, Object> body = switch (kind) {
            case BUDGET_DRAFT -> budgetDraft(fiscalYear, "26000.00");
            case PROJECT_APPLICATION -> ProjectApplications.applicationOf(fiscalYear, "100000.00");
            case PROCUREMENT_PLAN -> procurementPlan(fiscalYear, approvedBudgetLine(staff, fiscalYear));
        };
        return submitted(kind, staff, body);
    }

    private Doc submitted(Kind kind, String staff, Map<String, Object> body) {
        JsonNode created = api.post(staff, kind.api, body);
        Doc doc = new Doc(kind, created.path("id").asLong(), created.path("number").asText(), staff);
        submit(doc);
        return doc;
    }

    /** The drafter's 撤回 of a submitted document, before the section head has decided. */
    void withdraw(Doc doc) {
        api.post(doc.drafter(), doc.kind().api + "/" + doc.id() + "/withdraw", null);
    }

    /** Submits the document: new, or again after a withdrawal or a return. */
    void submit(Doc doc) {
        api.post(doc.drafter(), doc.kind().api + "/" + doc.id() + "/submit", null);
    }

    private static Map<String, Object> budgetDraft(int fiscalYear, String amount) {
        return DraftBodies.draftBody(fiscalYear, List.of(DraftBodies.line("2010350", "30201", "BASIC_PUBLIC", amount, "办公用品")));
    }

    /** A budget of the section for the year, approved all the way, to fund a procurement plan: its line's id. */
    private long approvedBudgetLine(String staff, int fiscalYear) {
        Doc budget = submitted(Kind.BUDGET_DRAFT, staff, budgetDraft(fiscalYear, "500000.00"));
        for (String reviewer : List.of(budget.head(), "finance", "director", "bureau")) {
            api.approve(reviewer, budget.id());
        }
        JsonNode lines = api.get(staff, "/api/v1/budget-lines/approved?fiscalYear=" + fiscalYear);
        return StreamSupport.stream(lines.spliterator(), false).filter(l -> l.path("draftId").asLong() == budget.id())
            .findFirst().orElseThrow().path("id").asLong();
    }

    private static Map<String, Object> procurementPlan(int fiscalYear, long fundingLineId) {
        return ProcurementPlans.planBody(fiscalYear, ProcurementPlans.item("GOODS", "100000.00", "INQUIRY", fundingLineId,
            fiscalYear + "-07"));
    }
}
