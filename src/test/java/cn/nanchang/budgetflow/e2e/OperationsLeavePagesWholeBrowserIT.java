package cn.nanchang.budgetflow.e2e;

import static cn.nanchang.budgetflow.e2e.E2eApi.TASKS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.e2e.ApiDocuments.Doc;
import cn.nanchang.budgetflow.e2e.ApiDocuments.Kind;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.SecondFinanceUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * No approval operation breaks a document page (issue 18 §1): after each one, done over the REST
 * API, the drafter, whoever holds or may take the task now and an auditor open the document's
 * page in a browser and find it whole, the number shown and, for the handler, the form to act.
 * 加签 once showed 系统内部错误 to all of them until the added signer decided. Each scenario walks
 * one document through several operations and looks after every one; fiscal years 2071-2078.
 */
@BrowserTest
class OperationsLeavePagesWholeBrowserIT {

    private static final String FINANCE2 = SecondFinanceUser.USERNAME;

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    private E2eApi api;
    private ApiDocuments documents;

    @BeforeAll
    void apiAndASecondFinanceUser(@Autowired UserDirectory directory, @Autowired PasswordEncoder encoder) {
        SecondFinanceUser.ensure(directory, encoder);
        api = new E2eApi(browser.baseUrl());
        documents = new ApiDocuments(api);
    }

    @Test
    void copying_chasing_transferring_delegating_and_handing_back_leave_a_drafts_page_whole() {
        WholePages pages = new WholePages(browser, "handover");
        Doc doc = documents.submitted(Kind.BUDGET_DRAFT, "staff1", 2071);
        pages.afterOperation("提交", doc, "head1");

        api.onDocument("staff1", doc.id(), "cc", Map.of("recipients", List.of("head2"), "note", "请知悉"));
        pages.afterOperation("抄送", doc, "head1");
        api.onDocument("staff1", doc.id(), "chase", Map.of("message", "请尽快审核"));
        pages.afterOperation("催办", doc, "head1");

        api.approve("head1", doc.id());
        api.onTask("finance", doc.id(), "transfer", Map.of("target", FINANCE2, "reason", "本人出差"));
        pages.afterOperation("转办", doc, FINANCE2);
        api.onTask(FINANCE2, doc.id(), "delegate", Map.of("target", "head1", "reason", "请科长核对明细"));
        pages.afterOperation("委派", doc, "head1");
        api.onTask("head1", doc.id(), "resolve", Map.of("reason", "明细已核对无误"));
        pages.afterOperation("委派交回", doc, FINANCE2);
        api.approve(FINANCE2, doc.id());
        pages.afterOperation("委派人确认同意", doc, "director");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void adding_a_signer_before_and_after_and_removing_one_leave_the_page_whole(Kind kind) {
        WholePages pages = new WholePages(browser, "signers-" + slug(kind));
        Doc doc = submitted(kind, 2072);
        api.approve(doc.head(), doc.id());

        api.onTask("finance", doc.id(), "add-signer", Map.of("target", "director", "position", "BEFORE", "reason", "请主任先把关"));
        pages.afterOperation("前加签", doc, "director");
        api.onDocument("finance", doc.id(), "remove-signer", Map.of("reason", "主任出差"));
        pages.afterOperation("减签", doc, "finance");
        // not the 科长, who decided 科长审核: nobody decides two steps of an approval (不相容岗位分离)
        api.onTask("finance", doc.id(), "add-signer", Map.of("target", "bureau", "position", "AFTER", "reason", "请数据局会签"));
        pages.afterOperation("后加签", doc, "bureau");
        api.approve("bureau", doc.id());
        pages.afterOperation("加签人同意", doc, "director");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void withdrawing_returning_and_voiding_leave_the_page_whole(Kind kind) {
        WholePages pages = new WholePages(browser, "returns-" + slug(kind));
        Doc doc = submitted(kind, 2075);
        documents.withdraw(doc);
        pages.afterOperation("经办人撤回", doc, doc.drafter());

        documents.submit(doc);
        api.approve(doc.head(), doc.id());
        api.onDocument(doc.head(), doc.id(), "withdraw-approval", Map.of("reason", "金额需再核"));
        pages.afterOperation("撤回本人同意", doc, doc.head());
        api.approve(doc.head(), doc.id());
        api.decide("finance", doc.id(), "RETURN", "请科长确认需求", "SECTION_HEAD_REVIEW");
        pages.afterOperation("退回至科长审核", doc, doc.head());
        api.approve(doc.head(), doc.id());
        api.decide("finance", doc.id(), "RETURN", "请补充测算依据", null);
        pages.afterOperation("退回经办人", doc, doc.drafter());
        api.onDocument(doc.drafter(), doc.id(), "void", Map.of("reason", "需求取消"));
        pages.afterOperation("作废", doc, null);
    }

    @Test
    void a_batch_approval_leaves_each_drafts_page_whole() {
        WholePages pages = new WholePages(browser, "batch");
        Doc first = documents.submitted(Kind.BUDGET_DRAFT, "staff4", 2078);
        Doc second = documents.submitted(Kind.BUDGET_DRAFT, "staff5", 2078);
        api.approve("head4", first.id());
        api.approve("head5", second.id());

        JsonNode results = api.post("finance", TASKS + "/batch-approve", Map.of("taskIds",
            List.of(api.taskId("finance", first.id()), api.taskId("finance", second.id())), "comment", "经审核，同意。"));

        assertThat(results.findValuesAsText("approved")).containsExactly("true", "true");
        pages.afterOperation("批量同意", first, "director");
        pages.afterOperation("批量同意", second, "director");
    }

    /** A submitted document of the kind, in a fiscal year of its own: firstYear for budget drafts, the next ones for the others. */
    private Doc submitted(Kind kind, int firstYear) {
        String staff = switch (kind) {
            case BUDGET_DRAFT -> "staff1";
            case PROJECT_APPLICATION -> "staff6";
            case PROCUREMENT_PLAN -> "staff3";
        };
        return documents.submitted(kind, staff, firstYear + kind.ordinal());
    }

    private static String slug(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
