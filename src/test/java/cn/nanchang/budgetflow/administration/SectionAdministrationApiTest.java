package cn.nanchang.budgetflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 科室管理 over the API: a new section works like the seed's (its 科员 draft, its 科长 find the task
 * in 待办), its rules refuse bad input naming the field, its head stays its own 科长, a section in
 * use is disabled rather than deleted, and every change is audited field by field. Each test
 * disables the sections it made, so that the shared database keeps six sections in use for the
 * budget-year tests.
 */
@ApiTestContext
class SectionAdministrationApiTest {

    static final String SECTIONS = "/api/v1/admin/sections";
    private static final String USERS = "/api/v1/admin/users";

    private final ApiClient api;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final List<String> made = new ArrayList<>();

    SectionAdministrationApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired JdbcTemplate jdbc,
            @Autowired PasswordEncoder encoder) {
        this.api = new ApiClient(mvc, json);
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @AfterEach
    void disableTheSectionsMade() {
        made.forEach(code -> api.post("admin", SECTIONS + "/{c}/disable", null, code));
    }

    /** A code no unit has yet, S700 onwards, and a section of that code made by the administrator. */
    private String newSection(int order) {
        Set<String> taken = codes();
        String code = java.util.stream.IntStream.range(700, 1000).mapToObj(i -> "S" + i).filter(c -> !taken.contains(c))
            .findFirst().orElseThrow();
        api.answer(api.post("admin", SECTIONS, section(code, "测试科" + code, order, null)), status().isCreated());
        made.add(code);
        return code;
    }

    private Set<String> codes() {
        return StreamSupport.stream(api.body(api.get("admin", SECTIONS)).spliterator(), false)
            .map(s -> s.path("code").asText()).collect(Collectors.toSet());
    }

    static Map<String, Object> section(String code, String name, Integer order, String head) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("sortOrder", order);
        body.put("head", head);
        return body;
    }

    /**
     * An account in the section, signing in with the demo password as the test client does. Its name has no "_":
     * the test context is shared, and BadInputTest's search for the person "_" (a literal underscore) must find nothing.
     */
    private String person(String role, String section) {
        String username = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "新科" + ("SECTION_HEAD".equals(role) ? "科长" : "科员"), "role", role,
            "section", section, "password", "Kaishi2024"));
        api.answer(api.post("admin", USERS, body), status().isCreated());
        jdbc.update("update app_user set password_hash = ? where username = ?", encoder.encode(ApiClient.PASSWORD), username);
        return username;
    }

    private JsonNode latestChange(String code) {
        JsonNode log = api.body(api.get("admin", SECTIONS + "/changes?limit=50"));
        return StreamSupport.stream(log.spliterator(), false).filter(e -> e.path("details").asText().contains(code))
            .findFirst().orElseThrow(() -> new AssertionError("no change recorded for " + code + ": " + log));
    }

    private static List<String> changes(JsonNode entry) {
        return StreamSupport.stream(entry.path("changes").spliterator(), false)
            .map(c -> c.path("field").asText() + "：" + c.path("before").asText("—") + " → " + c.path("after").asText("—"))
            .toList();
    }

    @Test
    void a_new_sections_staff_submit_a_draft_and_its_new_head_finds_the_task_in_the_inbox() throws Exception {
        String code = newSection(7);
        String head = person("SECTION_HEAD", code);
        String staff = person("STAFF", code);
        JsonNode named = api.answer(api.put("admin", SECTIONS + "/{c}", section(null, "测试科" + code, 7, head), code),
            status().isOk());
        assertThat(named.path("head").asText()).isEqualTo(head);
        assertThat(named.path("headName").asText()).isEqualTo("新科科长");

        Draft draft = api.drafts().submitted(staff);

        assertThat(api.body(api.get(head, "/api/v1/me")).path("groups").get(0).asText()).isEqualTo("section-head-" + code);
        assertThat(api.hasTaskOn(head, draft.id())).isTrue();
        assertThat(api.hasTaskOn("head3", draft.id())).isFalse();
        api.approve(head, draft.id());
        assertThat(api.drafts().statusOf(staff, draft.id())).isNotEqualTo("SUBMITTED");
    }

    @Test
    void the_list_shows_the_seeds_six_first_and_a_new_section_in_its_order() {
        String code = newSection(3);
        List<String> codes = StreamSupport.stream(api.body(api.get("admin", SECTIONS)).spliterator(), false)
            .map(s -> s.path("code").asText()).toList();
        assertThat(codes.subList(0, 3)).containsExactly("S01", "S02", "S03");
        assertThat(codes.get(3)).isEqualTo(code);
        JsonNode created = latestChange(code);
        assertThat(created.path("action").asText()).isEqualTo("SECTION_CREATED");
        assertThat(changes(created)).containsExactly("名称：— → 测试科" + code, "排序：— → 3", "状态：— → 启用");
    }

    @Test
    void bad_input_is_refused_with_the_field_named_and_nothing_is_stored() {
        int before = codes().size();
        assertThat(fields(api.post("admin", SECTIONS, section("S7", " ", null, null))))
            .containsExactlyInAnyOrder("code", "name", "sortOrder");
        assertThat(message(api.post("admin", SECTIONS, section("S01", "另一个科", 1, null)))).contains("已被使用");
        assertThat(message(api.post("admin", SECTIONS, section("C00", "另一个科", 1, null)))).contains("S07");
        assertThat(message(api.post("admin", SECTIONS, section("S998", "综合科", 1, null)))).contains("综合科");
        assertThat(fields(api.post("admin", SECTIONS, section("S998", "名".repeat(31), 1, null)))).containsExactly("name");
        assertThat(fields(api.post("admin", SECTIONS, section("S998", "新科", -1, null)))).containsExactly("sortOrder");
        assertThat(fields(api.post("admin", SECTIONS, Map.of("code", "S998", "name", "新科", "sortOrder", "第一"))))
            .containsExactly("sortOrder");
        assertThat(codes()).hasSize(before);
    }

    @Test
    void a_head_must_be_an_enabled_section_head_of_that_very_section_and_the_code_never_changes() {
        String code = newSection(8);
        String staff = person("STAFF", code);
        assertThat(message(api.put("admin", SECTIONS + "/{c}", section(null, "测试科" + code, 8, "head3"), code)))
            .contains("不是“测试科" + code + "”已启用的科长账号");
        assertThat(fields(api.put("admin", SECTIONS + "/{c}", section(null, "测试科" + code, 8, staff), code)))
            .containsExactly("head");
        assertThat(fields(api.put("admin", SECTIONS + "/{c}", section(null, "测试科" + code, 8, "nobody-here"), code)))
            .containsExactly("head");
        assertThat(fields(api.put("admin", SECTIONS + "/{c}", section("S999", "测试科" + code, 8, null), code)))
            .containsExactly("code");
        assertThat(fields(api.post("admin", SECTIONS, section("S997", "新科S997", 9, "head3")))).containsExactly("head");
    }

    @Test
    void a_head_who_leaves_the_role_stops_heading_the_section_and_the_section_records_it() {
        String code = newSection(9);
        String head = person("SECTION_HEAD", code);
        api.answer(api.put("admin", SECTIONS + "/{c}", section(null, "测试科" + code, 9, head), code), status().isOk());
        assertThat(changes(latestChange(code))).containsExactly("科长：— → 新科科长（" + head + "）");

        api.answer(api.put("admin", USERS + "/{u}", Map.of("displayName", "新科科长", "role", "STAFF", "section", code),
            head), status().isOk());

        assertThat(api.body(api.get("admin", SECTIONS + "/{c}", code)).path("head").isNull()).isTrue();
        JsonNode cleared = latestChange(code);
        assertThat(cleared.path("action").asText()).isEqualTo("SECTION_CHANGED");
        assertThat(changes(cleared)).containsExactly("科长：新科科长（" + head + "） → —");
    }

    @Test
    void a_section_with_documents_is_not_deleted_but_disabled_and_then_takes_no_new_drafts_or_people() {
        String code = newSection(10);
        String staff = person("STAFF", code);
        Draft draft = api.drafts().create(staff);

        JsonNode refused = api.answer(api.send("admin", MockMvcRequestBuilders.delete(SECTIONS + "/{c}", code)),
            status().isConflict());
        assertThat(refused.path("message").asText()).contains("已有1份单据、1个账号，不能删除", "请停用");
        JsonNode disabled = api.answer(api.post("admin", SECTIONS + "/{c}/disable", null, code), status().isOk());

        assertThat(disabled.path("active").asBoolean()).isFalse();
        assertThat(changes(latestChange(code))).containsExactly("状态：启用 → 已停用");
        JsonNode noDraft = api.answer(api.post(staff, "/api/v1/budget-drafts", Map.of("fiscalYear", 2031, "lines", List.of())),
            status().isConflict());
        assertThat(noDraft.path("message").asText()).contains("已停用，不能再起草新单据");
        assertThat(api.drafts().draft(staff, draft.id()).path("id").asLong()).isEqualTo(draft.id());
        assertThat(message(api.post("admin", USERS, Map.of("username", "nobody" + code.toLowerCase(), "displayName", "某人",
            "role", "STAFF", "section", code, "password", "Kaishi2024")))).contains("已停用，不能再安排人员");
        api.answer(api.put("admin", USERS + "/{u}", Map.of("displayName", "改名", "role", "STAFF", "section", code), staff),
            status().isOk());
    }

    @Test
    void a_section_nothing_refers_to_can_be_deleted_and_the_deletion_is_audited() throws Exception {
        String code = newSection(11);
        api.answer(api.send("admin", MockMvcRequestBuilders.delete(SECTIONS + "/{c}", code)), status().isNoContent());
        made.remove(code);
        api.get("admin", SECTIONS + "/{c}", code).andExpect(status().isNotFound());
        JsonNode deleted = latestChange(code);
        assertThat(deleted.path("action").asText()).isEqualTo("SECTION_DELETED");
        assertThat(changes(deleted)).contains("名称：测试科" + code + " → —");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"staff1", "head1", "finance", "director", "auditor"})
    void nobody_but_an_administrator_may_read_or_change_sections(String who) throws Exception {
        api.get(who, SECTIONS).andExpect(status().isForbidden());
        api.get(who, SECTIONS + "/S01").andExpect(status().isForbidden());
        api.get(who, SECTIONS + "/changes").andExpect(status().isForbidden());
        api.post(who, SECTIONS, section("S996", "越权科", 1, null)).andExpect(status().isForbidden());
        api.put(who, SECTIONS + "/S01", section(null, "越权科", 1, null)).andExpect(status().isForbidden());
        api.post(who, SECTIONS + "/S01/disable", null).andExpect(status().isForbidden());
        api.post(who, SECTIONS + "/S01/enable", null).andExpect(status().isForbidden());
        api.send(who, MockMvcRequestBuilders.delete(SECTIONS + "/S01")).andExpect(status().isForbidden());
        JsonNode s01 = api.body(api.get("admin", SECTIONS + "/S01"));
        assertThat(s01.path("name").asText()).isEqualTo("综合科");
        assertThat(s01.path("active").asBoolean()).isTrue();
    }

    private List<String> fields(org.springframework.test.web.servlet.ResultActions result) {
        JsonNode refused = api.answer(result, status().isBadRequest());
        return StreamSupport.stream(refused.path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }

    private String message(org.springframework.test.web.servlet.ResultActions result) {
        return api.answer(result, status().isBadRequest()).path("errors").get(0).path("message").asText();
    }
}
