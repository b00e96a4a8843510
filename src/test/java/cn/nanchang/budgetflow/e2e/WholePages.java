package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.nanchang.budgetflow.e2e.ApiDocuments.Doc;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Looks at a document's pages as the people who care about it after an approval operation (the
 * drafter, whoever holds or may take the task now, and an auditor) and fails, naming the
 * operation, the person and the page, when anything on them broke: the error page (系统内部错误),
 * a part replaced by its failure notice, an error notification or Vaadin's system error. Each
 * person signs in once per test: their page is reused from one operation to the next.
 */
final class WholePages {

    private static final String FAILURE_TITLE =
        ResourceBundle.getBundle("messages", Locale.ROOT).getString("error.failure.title");
    private static final String AUDITOR = "auditor";

    private final E2eBrowser browser;
    private final String scenario;
    private final Map<String, Page> signedIn = new HashMap<>();
    private int shots;

    /** For one test: the scenario's name prefixes the screenshots of the handlers' pages. */
    WholePages(E2eBrowser browser, String scenario) {
        this.browser = browser;
        this.scenario = scenario;
    }

    /**
     * Where the person who holds the task acts on a document page: the action bar (the review form and
     * the delegate's hand-back open from it), or the drafter's 提交 of a withdrawn or returned document. One place, so that a
     * page whose action element changes is followed here alone.
     */
    static Locator actionElement(Page page) {
        return page.locator("#action-bar, #doc-actions [id^='submit-']");
    }

    /**
     * After the operation, the drafter, the handler (null when nobody may act any more) and the
     * auditor each find the document page whole; the handler finds where to act, the others don't;
     * the auditor's record of the document is whole too.
     */
    void afterOperation(String operation, Doc doc, String handler) {
        boolean drafterActs = doc.drafter().equals(handler);
        seesWholePage(operation, doc.drafter(), doc, doc.route(), drafterActs);
        if (handler != null && !drafterActs) {
            seesWholePage(operation, handler, doc, doc.route(), true);
        }
        seesWholePage(operation, AUDITOR, doc, doc.route(), false);
        seesWholePage(operation, AUDITOR, doc, "audit/documents/" + doc.id(), false);
    }

    private void seesWholePage(String operation, String user, Doc doc, String route, boolean acts) {
        Page page = signedIn.computeIfAbsent(user, browser::loginAs);
        browser.open(page, route);
        String where = "after " + operation + ", " + user + " on " + route + ": ";
        page.locator("#doc-number, #error-page").first().waitFor();
        failIfAny(where + "error page", page.locator("#error-page"));
        failIfAny(where + FAILURE_TITLE, page.getByText(FAILURE_TITLE));
        failIfAny(where + "parts that failed", page.locator(".page-part-failed"));
        failIfAny(where + "error notifications", page.locator("vaadin-notification-card[theme~='error'], .v-system-error"));
        expect(where + "the document number", () -> assertThat(page.locator("#doc-number")).containsText(doc.number()));
        if (!route.startsWith("audit/")) {
            Locator action = actionElement(page);
            Runnable check = acts ? () -> assertThat(action.first()).isVisible() : () -> assertThat(action).hasCount(0);
            expect(where + (acts ? "where to act" : "nowhere to act"), check);
        }
        if (acts) {
            // the page scrolls inside the layout, so a full-page shot is the viewport: show the progress timeline, whose path preview broke
            page.locator("#progress-timeline").scrollIntoViewIfNeeded();
            E2eBrowser.screenshot(page, String.format("sweep-%s-%02d-%s", scenario, ++shots, user));
        }
    }

    private static void failIfAny(String what, Locator locator) {
        List<String> found = locator.allTextContents();
        if (!found.isEmpty()) {
            throw new AssertionError(what + ": " + found);
        }
    }

    private static void expect(String what, Runnable assertion) {
        try {
            assertion.run();
        } catch (AssertionError e) {
            throw new AssertionError(what + ": " + e.getMessage(), e);
        }
    }
}
