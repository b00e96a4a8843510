package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.nanchang.budgetflow.testsupport.RosterWorkbook;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 花名册导入 in a real browser: the administrator uploads a roster with one bad row and reads it
 * rejected, uploads the corrected file, reads the preview and confirms; the new account's initial
 * password is shown once, and the newcomer who signs in with it is sent to choose their own.
 */
@BrowserTest
class RosterImportBrowserIT {

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void the_administrator_previews_and_confirms_a_roster_and_the_newcomer_must_choose_a_password() throws Exception {
        String newcomer = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        RosterWorkbook bad = new RosterWorkbook(template());
        bad.add("周新", newcomer, "科长", "", "");
        RosterWorkbook good = new RosterWorkbook(template());
        good.add("周新", newcomer, "科员", "数据治理科", "");

        Page admin = browser.loginAs("admin");
        browser.open(admin, "roster");
        Locator upload = admin.locator("#roster-upload input[type=file]");
        upload.setInputFiles(file(bad));
        assertThat(admin.locator("#roster-problems")).containsText("科长须属于一个科室");
        assertThat(admin.locator("#roster-confirm")).isHidden();

        upload.setInputFiles(file(good));
        assertThat(admin.locator("#roster-changes")).containsText(newcomer);
        assertThat(admin.locator("#roster-outcome")).containsText("新建 1 个账号");
        E2eBrowser.screenshot(admin, "roster-01-preview");
        admin.locator("#roster-confirm").click();
        assertThat(admin.locator("#roster-passwords")).containsText(newcomer);
        E2eBrowser.screenshot(admin, "roster-02-imported");
        String password = admin.locator("#initial-password-" + newcomer).textContent().strip();

        Page person = browser.anonymousPage();
        signIn(person, newcomer, password);
        assertThat(person.locator("#own-save")).isVisible();
        person.locator("#own-current input").fill(password);
        person.locator("#own-password input").fill("Zhouxin2026");
        person.locator("#own-repeat input").fill("Zhouxin2026");
        person.locator("#own-save").click();
        assertThat(person.locator("vaadin-login-form")).isVisible();
        signIn(person, newcomer, "Zhouxin2026");
        assertThat(person.locator("#current-user")).isVisible();
    }

    private static void signIn(Page page, String username, String password) {
        page.navigate(browser.baseUrl() + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        Locator field = page.locator("vaadin-login-form input[name=password]");
        field.fill(password);
        field.press("Enter");
        E2eBrowser.waitForVaadin(page);
    }

    private static byte[] template() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/api/v1/admin/roster/template"))
            .header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + E2eBrowser.PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("template: " + response.statusCode());
        }
        return response.body();
    }

    private static Path file(RosterWorkbook roster) throws Exception {
        Path file = Files.createTempFile("花名册-", ".xlsx");
        Files.write(file, roster.bytes());
        return file;
    }
}
