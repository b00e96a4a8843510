package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
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
 * PDF, xlsx, the numbers' prefixes such as XM-2027-…). Every date picker on those pages is opened
 * and its calendar read too (month and weekday names, 今天/取消, the week from Monday).
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
                found.addAll(datePickers(page, user + " /" + path));
            }
            page.context().close();
        }
        assertThat(found).as("English words shown to users").isEmpty();
    }

    /**
     * Opens every date picker of the page and reads its overlay as a user sees it: month names,
     * weekday names, 今天 and 取消, which the component renders in its shadow DOM, so innerText of the
     * page never shows them. The week must start on Monday (星期一), as a Chinese calendar does.
     */
    private static List<String> datePickers(Page page, String where) {
        List<String> found = new ArrayList<>();
        Locator pickers = page.locator("vaadin-date-picker:visible");
        int count = pickers.count();
        for (int i = 0; i < count; i++) {
            Locator picker = pickers.nth(i);
            if (!(Boolean) picker.evaluate("p => !p.closest('[disabled]') && !p.hasAttribute('readonly')")) {
                // a picker of a form shown read-only (e.g. a year already opened) opens nothing
                continue;
            }
            String name = where + " picker " + picker.getAttribute("id") + ": ";
            picker.locator("[part~=toggle-button]").click();
            Locator overlay = page.locator("vaadin-date-picker-overlay[opened]");
            assertThat(overlay).isVisible();
            // the months are rendered as the overlay scrolls into place: wait for the first weekday header
            page.waitForFunction(FIRST_WEEKDAY + " return !!first(document.querySelector('vaadin-date-picker-overlay[opened]')); }");
            String text = (String) page.evaluate(SHADOW_TEXT + " return text(document.querySelector('vaadin-date-picker-overlay[opened]')); }");
            english(text).forEach(w -> found.add(name + w));
            if (!text.contains("今天") || !text.contains("取消") || !text.contains("月")) {
                found.add(name + "no 今天/取消 or Chinese month in «" + abbreviated(text) + "»");
            }
            String firstDay = (String) page.evaluate(FIRST_WEEKDAY
                + " const th = first(document.querySelector('vaadin-date-picker-overlay[opened]')); return th.getAttribute('abbr') || th.textContent; }");
            if (!"星期一".equals(firstDay.strip())) {
                found.add(name + "week starts on «" + firstDay + "», not 星期一");
            }
            page.keyboard().press("Escape");
            assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
        }
        return found;
    }

    private static String abbreviated(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.substring(0, Math.min(flat.length(), 60));
    }

    /** The text of a node and everything under it, shadow roots included, without styles and scripts. */
    private static final String SHADOW_TEXT = "() => { const text = n => { if (n.nodeType === 3) return n.textContent + ' ';"
        + " if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return ''; let s = n.shadowRoot ? text(n.shadowRoot) : '';"
        + " n.childNodes.forEach(c => s += text(c)); return s; };";
    /** The first weekday header (not the empty one above the week numbers) of the first month calendar rendered in the overlay. */
    private static final String FIRST_WEEKDAY = "() => { const first = root => { const all = [];"
        + " const walk = n => { if (!n) return; if (n.nodeName === 'VAADIN-MONTH-CALENDAR') all.push(n);"
        + " if (n.shadowRoot) walk(n.shadowRoot); n.childNodes.forEach(walk); }; walk(root);"
        + " for (const cal of all) { const th = cal.shadowRoot && cal.shadowRoot.querySelector('[part~=weekday][abbr]:not([abbr=\"\"])');"
        + " if (th) return th; } return null; };";

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
