package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The frame as each role sees it: the side navigation's items, in order, with their labels and
 * addresses, and the top bar (who is signed in, the bell for those who receive notices). The menu
 * is built from the views' own {@code @Menu} annotations filtered by access, with a role-specific
 * label and place for 我的申报; this pins it to the menu each role had when it was written by hand.
 */
@BrowserTest
class MainMenuBrowserIT {

    private static final List<String> REVIEWER = List.of("待办 inbox", "已办 handled", "抄送我的 cc",
        "申报查询 documents", "预算编制 budget-years", "指标台账 indicators", "项目库 projects", "执行进度 execution",
        "代理设置 proxies");
    /** The bureau reviews like the others but reads no section's 指标, so neither the ledger nor the execution. */
    private static final List<String> BUREAU = REVIEWER.stream()
        .filter(i -> !i.endsWith(" execution") && !i.endsWith(" indicators")).toList();

    private static final Map<String, List<String>> MENUS = new LinkedHashMap<>();

    static {
        MENUS.put("staff1", List.of("我的申报 documents", "新建预算草案 budget-drafts/new",
            "新建项目申报 project-applications/new", "新建采购计划 procurement-plans/new",
            "新建预算调剂 budget-adjustments/new", "待办 inbox", "已办 handled", "抄送我的 cc", "预算编制 budget-years",
            "指标台账 indicators", "项目库 projects", "执行进度 execution", "我的设置 my-settings"));
        MENUS.put("head1", concat(REVIEWER, List.of("我的设置 my-settings")));
        MENUS.put("bureau", concat(BUREAU, List.of("我的设置 my-settings")));
        MENUS.put("finance", concat(concat(List.of("汇总建议数 unit-proposals/new"), REVIEWER),
            List.of("预算公开 reports/disclosure", "预算公开文字 reports/disclosure-texts", "我的设置 my-settings")));
        MENUS.put("director", concat(REVIEWER, List.of("预算公开 reports/disclosure", "预算公开文字 reports/disclosure-texts",
            "我的设置 my-settings")));
        MENUS.put("auditor", List.of("审计查询 audit/documents", "申报查询 documents", "预算编制 budget-years", "指标台账 indicators",
            "项目库 projects", "执行进度 execution", "审计链校验 audit", "预算公开 reports/disclosure",
            "预算公开文字 reports/disclosure-texts"));
        MENUS.put("admin", List.of("用户管理 users", "科室管理 sections", "花名册导入 roster", "异常任务 incidents",
            "审批阈值 thresholds", "审计链校验 audit", "预算公开 reports/disclosure"));
    }

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void every_role_sees_its_own_menu_in_its_own_order() {
        MENUS.forEach((user, expected) -> {
            Page page = browser.loginAs(user);
            assertThat(menu(page)).as(user + "'s menu").isEqualTo(expected);
            page.context().close();
        });
    }

    @Test
    void the_top_bar_names_the_person_and_rings_only_for_those_who_receive_notices() {
        Page staff = browser.loginAs("staff1");
        assertThat(staff.locator("#current-user")).hasText("李晓明（科员 · 综合科）");
        assertThat(staff.locator("#notification-bell")).isVisible();
        assertThat(staff.locator("h1.app-title")).hasText("预算审批系统");
        assertThat(staff.locator("#logout")).hasText("退出登录");

        Page director = browser.loginAs("director");
        assertThat(director.locator("#current-user")).hasText("徐振东（中心主任）");
        assertThat(director.locator("#notification-bell")).isVisible();

        for (String user : List.of("auditor", "admin")) {
            Page page = browser.loginAs(user);
            assertThat(page.locator("#current-user")).isVisible();
            assertThat(page.locator("#notification-bell")).hasCount(0);
        }
    }

    @Test
    void the_footer_shows_the_running_version_and_administrators_open_the_incidents_page() {
        Page admin = browser.loginAs("admin");
        assertThat(admin.locator("#app-version")).hasText(java.util.regex.Pattern.compile("版本 \\d+\\.\\d+\\.\\d+.*"));
        browser.open(admin, "incidents");
        assertThat(admin.locator("h2")).hasText("异常任务");
        assertThat(admin.locator("#incidents-grid")).isVisible();
        admin.context().close();
    }

    @Test
    void signing_in_lands_each_role_where_its_day_begins() {
        Map<String, String> start = Map.of("staff1", "/documents", "head1", "/inbox", "auditor", "/audit/documents",
            "admin", "/users");
        start.forEach((user, path) -> {
            Page page = browser.loginAs(user);
            browser.open(page, "");
            page.waitForURL("**" + path);
            page.context().close();
        });
    }

    /** Each item as "label path", read from the rendered side navigation. */
    @SuppressWarnings("unchecked")
    private static List<String> menu(Page page) {
        assertThat(page.locator("#main-nav vaadin-side-nav-item").first()).isVisible();
        return (List<String>) page.locator("#main-nav > vaadin-side-nav-item").evaluateAll(
            "items => items.map(i => i.textContent.trim() + ' ' + i.getAttribute('path'))");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
