package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19 §1: every page of the main menu, as each role, speaks Chinese. The text a user reads in
 * the application's frame (not the development tools' overlay, absent in production) is searched
 * for English words; only names that are English on purpose are allowed (API,
 * PDF, xlsx, the numbers' prefixes such as XM-2027-…).
 */
@BrowserTest
class ChineseOnlyPagesBrowserIT {

    private static final List<String> USERS = List.of("staff1", "head1", "finance", "director", "bureau", "auditor", "admin");
    private static final Set<String> ALLOWED = Set.of("API", "PDF", "xlsx", "XLSX", "CSV", "Excel", "Word", "SHA", "ID", "YS", "XM", "CG",
        "TZ", "JY", "YYYY", "MM", "DD", "OA", "CA", "HSM", "Basic", "Bearer", "Token", "token", "admin", "staff", "head",
        "finance", "director", "bureau", "auditor", "KB", "MB", "GB", "PNG", "JPG", "JPEG", "Office", "URL", "IP", "HTTP", "HTTPS");
    /** A run of Latin letters that is a word, not part of a document number or a user name with digits. */
    private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z]{2,}(?![A-Za-z0-9_-])");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void no_page_of_the_main_menu_shows_an_english_word_to_any_role() {
        List<String> found = new ArrayList<>();
        for (String user : USERS) {
            Page page = browser.loginAs(user);
            for (String path : menuPaths(page)) {
                browser.open(page, path);
                assertThat(page.locator("#main-nav")).isVisible();
                english(page.locator("vaadin-app-layout").innerText()).forEach(w -> found.add(user + " /" + path + ": " + w));
            }
            page.context().close();
        }
        assertThat(found).as("English words shown to users").isEmpty();
    }

    private static List<String> english(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                int from = Math.max(0, m.start() - 15);
                words.add(m.group() + " «" + text.substring(from, Math.min(text.length(), m.end() + 15)).replace('\n', ' ') + "»");
            }
        }
        return words;
    }

    @SuppressWarnings("unchecked")
    private static List<String> menuPaths(Page page) {
        assertThat(page.locator("#main-nav vaadin-side-nav-item").first()).isVisible();
        return (List<String>) page.locator("#main-nav > vaadin-side-nav-item").evaluateAll("items => items.map(i => i.getAttribute('path'))");
    }
}
