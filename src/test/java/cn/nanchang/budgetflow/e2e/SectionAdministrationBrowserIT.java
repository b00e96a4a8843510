package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 科室管理 in a real browser: the administrator creates a section, sees it listed in its order
 * between the seed's sections, is told in Chinese what is wrong with a duplicate, names the new
 * section's 科长 and reads the head in the list and the change in the record.
 */
@BrowserTest
class SectionAdministrationBrowserIT {

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    /** The section this test made, if it got that far. */
    private String created;

    /**
     * The browser tests share one application: a new section left in use would be expected to file a request in
     * every budget year the later tests open (BudgetYearBrowserIT counts six). Disabled, it is expected nowhere.
     */
    @AfterAll
    void disable_the_new_section() {
        if (created != null && browser.api().get("admin", "/api/v1/admin/sections/" + created).path("active").asBoolean()) {
            browser.api().post("admin", "/api/v1/admin/sections/" + created + "/disable", Map.of());
            assertThat(browser.api().get("admin", "/api/v1/admin/sections/" + created).path("active").asBoolean()).isFalse();
        }
    }

    @Test
    void the_administrator_creates_a_section_sets_its_head_and_the_list_shows_it_in_order() {
        E2eApi api = browser.api();
        List<String> taken = codes(api);
        String code = IntStream.range(7, 100).mapToObj(i -> String.format("S%02d", i)).filter(c -> !taken.contains(c))
            .findFirst().orElseThrow();
        String name = "数据安全科" + code;

        Page admin = browser.loginAs("admin");
        browser.open(admin, "sections");
        admin.locator("#section-new").click();
        admin.locator("#section-code input").fill(code);
        admin.locator("#section-name input").fill("综合科");
        admin.locator("#section-order input").fill("3");
        admin.locator("#section-save").click();
        assertThat(admin.locator("#section-name")).containsText("已被其他科室或单位使用");
        admin.locator("#section-name input").fill(name);
        admin.locator("#section-save").click();
        assertThat(admin.locator("#section-dialog")).isHidden();
        created = code;
        assertThat(admin.locator("#sections-grid")).containsText(name);

        List<String> order = codes(api);
        assertThat(order.indexOf(code)).isEqualTo(order.indexOf("S03") + 1).isLessThan(order.indexOf("S04"));
        List<String> shown = admin.locator("#sections-grid vaadin-grid-cell-content").allTextContents().stream()
            .filter(t -> t.matches("S[0-9]{2,3}")).toList();
        assertThat(shown.subList(0, 5)).containsExactly("S01", "S02", "S03", code, "S04");

        String head = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        api.post("admin", "/api/v1/admin/users", Map.of("username", head, "displayName", "秦安", "role", "SECTION_HEAD",
            "section", code, "password", "Kaishi2024"));
        browser.open(admin, "sections");
        admin.locator("#section-edit-" + code).click();
        assertThat(admin.locator("#section-code input")).hasAttribute("readonly", "");
        E2eBrowser.pickFromSelect(admin.locator("#section-head"), "秦安（" + head + "）");
        admin.locator("#section-save").click();

        assertThat(admin.locator("#section-dialog")).isHidden();
        Locator grid = admin.locator("#sections-grid");
        assertThat(grid).containsText("秦安（" + head + "）");
        assertThat(admin.locator("#section-changes")).containsText("科长：（空） → 秦安（" + head + "）");
        E2eBrowser.screenshot(admin, "sections-01-head-named");
        assertThat(api.get("admin", "/api/v1/admin/sections/" + code).path("head").asText()).isEqualTo(head);

        // a section with people is never deleted: asked first, then told why, and the page stays whole
        admin.locator("#section-delete-" + code).click();
        assertThat(admin.locator("vaadin-confirm-dialog-overlay")).containsText("删除后不可恢复");
        admin.locator("#confirm-section-delete").click();
        assertThat(admin.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("已有1个账号，不能删除")))
            .isVisible();
        assertThat(grid).containsText(name);
        // 停用 is asked too, and cancelling it changes nothing
        admin.locator("#section-toggle-" + code).click();
        admin.locator("#cancel-section-disable").click();
        assertThat(api.get("admin", "/api/v1/admin/sections/" + code).path("active").asBoolean()).isTrue();
        admin.locator("#section-toggle-" + code).click();
        assertThat(admin.locator("vaadin-confirm-dialog-overlay")).containsText("不能再为其起草新单据");
        admin.locator("#confirm-section-disable").click();
        assertThat(admin.locator("#section-toggle-" + code)).hasText("启用");
        assertThat(admin.locator("#section-changes")).containsText("停用");
        E2eBrowser.screenshot(admin, "sections-02-disabled");
        assertThat(api.get("admin", "/api/v1/admin/sections/" + code).path("active").asBoolean()).isFalse();
    }

    private static List<String> codes(E2eApi api) {
        JsonNode list = api.get("admin", "/api/v1/admin/sections");
        return StreamSupport.stream(list.spliterator(), false).map(s -> s.path("code").asText()).toList();
    }
}
