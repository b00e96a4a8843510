package cn.nanchang.budgetflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.AuditTrail;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The administrator's user management over the API: each operation, its refusals with the field
 * named, 403 for everyone else, the audit entries (values before and after, never a password),
 * and what a change means for signing in and for the approval groups.
 */
@ApiTestContext
class UserAdministrationApiTest {

    private static final String USERS = "/api/v1/admin/users";
    private static final String SECRET = "Kaishi2024";

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final ApiClient api;

    UserAdministrationApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
        this.api = new ApiClient(mvc, json);
    }

    private static String freshName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static Map<String, Object> user(String username, String name, String role, String section, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", name);
        body.put("role", role);
        body.put("section", section);
        body.put("password", password);
        return body;
    }

    private String created(String role, String section) throws Exception {
        String username = freshName();
        api.post("admin", USERS, user(username, "测试人员", role, section, SECRET)).andExpect(status().isCreated());
        return username;
    }

    private ResultActions as(String username, String password, String uri) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(uri).with(httpBasic(username, password)));
    }

    private JsonNode latestChange(String username) {
        JsonNode log = api.body(api.get("admin", USERS + "/changes?limit=50"));
        return StreamSupport.stream(log.spliterator(), false)
            .filter(e -> e.path("details").asText().contains(username)).findFirst()
            .orElseThrow(() -> new AssertionError("no change recorded for " + username + ": " + log));
    }

    private static List<String> changes(JsonNode entry) {
        return StreamSupport.stream(entry.path("changes").spliterator(), false)
            .map(c -> c.path("field").asText() + "：" + c.path("before").asText("—") + " → " + c.path("after").asText("—"))
            .toList();
    }

    @Test
    void an_administrator_creates_a_section_head_who_signs_in_with_the_sections_approval_group() throws Exception {
        String username = freshName();
        JsonNode created = api.body(api.post("admin", USERS, user(username, "钱立群", "SECTION_HEAD", "S03", SECRET))
            .andExpect(status().isCreated()));

        assertThat(created.path("roleName").asText()).isEqualTo("科长");
        assertThat(created.path("sectionName").asText()).isEqualTo("数据治理科");
        assertThat(created.has("password")).isFalse();
        JsonNode me = api.body(as(username, SECRET, "/api/v1/me").andExpect(status().isOk()));
        assertThat(me.path("groups").get(0).asText()).isEqualTo("section-head-S03");
        JsonNode entry = latestChange(username);
        assertThat(entry.path("action").asText()).isEqualTo("USER_CREATED");
        assertThat(entry.path("actor").asText()).isEqualTo("admin");
        assertThat(changes(entry)).containsExactly("姓名：— → 钱立群", "角色：— → 科长", "科室：— → 数据治理科", "状态：— → 启用");
        assertThat(entry.toString()).doesNotContain(SECRET);
    }

    @Test
    void the_administrator_records_an_email_address_for_notifications_and_a_malformed_one_is_refused() throws Exception {
        String username = created("STAFF", "S02");
        Map<String, Object> body = user(username, "测试人员", "STAFF", "S02", null);
        body.put("email", "ceshi@");
        JsonNode refused = api.body(api.put("admin", USERS + "/{u}", body, username).andExpect(status().isBadRequest()));
        assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo("email");

        body.put("email", "ceshi@nanchang.example.cn");
        JsonNode changed = api.body(api.put("admin", USERS + "/{u}", body, username).andExpect(status().isOk()));

        assertThat(changed.path("email").asText()).isEqualTo("ceshi@nanchang.example.cn");
        assertThat(changes(latestChange(username))).containsExactly("电子邮箱：— → ceshi@nanchang.example.cn");
    }

    @Test
    void bad_input_is_refused_with_every_field_named_and_nothing_is_stored() throws Exception {
        JsonNode refused = api.body(api.post("admin", USERS, user("Staff 1", " ", "SECTION_HEAD", null, "short"))
            .andExpect(status().isBadRequest()));
        assertThat(StreamSupport.stream(refused.path("errors").spliterator(), false).map(e -> e.path("field").asText()))
            .containsExactlyInAnyOrder("username", "displayName", "section", "password");
        assertThat(refused.toString()).contains("科长须属于一个科室", "密码至少8位");

        JsonNode taken = api.body(api.post("admin", USERS, user("staff1", "重名", "STAFF", "S01", SECRET))
            .andExpect(status().isBadRequest()));
        assertThat(taken.path("errors").get(0).path("field").asText()).isEqualTo("username");
        assertThat(taken.path("errors").get(0).path("message").asText()).contains("已存在");

        String username = freshName();
        JsonNode finance = api.body(api.post("admin", USERS, user(username, "甲", "FINANCE", "S01", SECRET))
            .andExpect(status().isBadRequest()));
        assertThat(finance.path("errors").get(0).path("field").asText()).isEqualTo("section");
        assertThat(finance.path("errors").get(0).path("message").asText()).contains("面向全单位");
        api.post("admin", USERS, user(username, "甲", "KING", null, SECRET)).andExpect(status().isBadRequest());
        api.get("admin", USERS + "/{u}", username).andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"staff1", "head1", "finance", "director", "auditor"})
    void nobody_but_an_administrator_may_read_or_change_accounts(String who) throws Exception {
        api.get(who, USERS).andExpect(status().isForbidden());
        api.get(who, USERS + "/changes").andExpect(status().isForbidden());
        api.post(who, USERS, user(freshName(), "某人", "STAFF", "S01", SECRET)).andExpect(status().isForbidden());
        api.put(who, USERS + "/staff6", user(null, "何俊杰", "SECTION_HEAD", "S06", null)).andExpect(status().isForbidden());
        api.post(who, USERS + "/staff6/disable", null).andExpect(status().isForbidden());
        api.post(who, USERS + "/staff6/enable", null).andExpect(status().isForbidden());
        api.post(who, USERS + "/staff6/password", Map.of("password", SECRET)).andExpect(status().isForbidden());
        assertThat(api.body(api.get("admin", USERS + "/staff6")).path("role").asText()).isEqualTo("STAFF");
    }

    @Test
    void a_role_change_is_recorded_before_and_after_and_moves_the_person_into_the_new_approval_group() throws Exception {
        String username = created("STAFF", "S05");
        Draft draft = api.drafts().submitted("staff5");
        assertThat(inbox(username)).doesNotContain(draft.id());

        api.put("admin", USERS + "/{u}", user(null, "测试科长", "SECTION_HEAD", "S05", null), username)
            .andExpect(status().isOk());

        assertThat(inbox(username)).contains(draft.id());
        assertThat(changes(latestChange(username))).containsExactly("姓名：测试人员 → 测试科长", "角色：科员 → 科长");
        api.put("admin", USERS + "/{u}", user(null, "测试科长", "SECTION_HEAD", "S01", null), username)
            .andExpect(status().isOk());
        assertThat(inbox(username)).doesNotContain(draft.id());
        assertThat(changes(latestChange(username))).containsExactly("科室：数字产业研究室 → 综合科");
        api.put("admin", USERS + "/{u}", user(null, "测试科长", "DIRECTOR", "S01", null), username)
            .andExpect(status().isBadRequest());
    }

    @Test
    void disabling_a_reviewer_locks_them_out_and_gives_their_claimed_task_back_to_the_group() throws Exception {
        String username = created("SECTION_HEAD", "S04");
        Draft draft = api.drafts().submitted("staff4");
        String task = taskOn(username, draft.id());
        mvc.perform(MockMvcRequestBuilders.post(ApiClient.TASKS + "/{t}/claim", task).with(httpBasic(username, SECRET))
                .header(ApiClient.SCRIPT_HEADER, "XMLHttpRequest"))
            .andExpect(status().isOk());

        JsonNode disabled = api.body(api.post("admin", USERS + "/{u}/disable", null, username).andExpect(status().isOk()));

        assertThat(disabled.path("enabled").asBoolean()).isFalse();
        as(username, SECRET, "/api/v1/me").andExpect(status().isUnauthorized());
        JsonNode entry = latestChange(username);
        assertThat(entry.path("action").asText()).isEqualTo("USER_DISABLED");
        assertThat(changes(entry)).containsExactly("状态：启用 → 已停用");
        assertThat(entry.path("details").asText()).contains("1个审批任务已退回候选组");
        assertThat(api.body(api.get("head4", ApiClient.TASKS + "?limit=500")).toString()).contains(task);
        api.post("head4", ApiClient.TASKS + "/{t}/claim", null, task).andExpect(status().isOk());
        JsonNode unclaim = new AuditTrail(mvc, json).events(draft.id(), "UNCLAIM").get(0);
        assertThat(unclaim.path("actor").asText()).isEqualTo("admin");
        assertThat(unclaim.path("taskId").asText()).isEqualTo(task);

        api.post("admin", USERS + "/{u}/enable", null, username).andExpect(status().isOk());
        as(username, SECRET, "/api/v1/me").andExpect(status().isOk());
        assertThat(changes(latestChange(username))).containsExactly("状态：已停用 → 启用");
    }

    @Test
    void a_password_reset_replaces_the_old_password_and_the_record_never_holds_it() throws Exception {
        String username = created("STAFF", "S02");
        api.post("admin", USERS + "/{u}/password", Map.of("password", "abc"), username).andExpect(status().isBadRequest());

        api.post("admin", USERS + "/{u}/password", Map.of("password", "Xinmima2025"), username).andExpect(status().isOk());

        as(username, SECRET, "/api/v1/me").andExpect(status().isUnauthorized());
        as(username, "Xinmima2025", "/api/v1/me").andExpect(status().isOk());
        JsonNode entry = latestChange(username);
        assertThat(entry.path("action").asText()).isEqualTo("USER_PASSWORD_RESET");
        assertThat(entry.toString()).doesNotContain("Xinmima2025");
    }

    @Test
    void an_administrator_cannot_lock_themselves_out() throws Exception {
        api.post("admin", USERS + "/admin/disable", null).andExpect(status().isConflict());
        JsonNode refused = api.body(api.put("admin", USERS + "/admin", user(null, "高原", "AUDITOR", null, null))
            .andExpect(status().isBadRequest()));
        assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo("role");
        api.post("admin", USERS + "/nobody-here/disable", null).andExpect(status().isNotFound());
    }

    private List<Long> inbox(String username) throws Exception {
        JsonNode tasks = json.readTree(as(username, SECRET, ApiClient.TASKS + "?limit=500").andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.path("documentId").asLong()).toList();
    }

    private String taskOn(String username, long documentId) throws Exception {
        JsonNode tasks = json.readTree(as(username, SECRET, ApiClient.TASKS + "?limit=500")
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        return StreamSupport.stream(tasks.spliterator(), false).filter(t -> t.path("documentId").asLong() == documentId)
            .findFirst().orElseThrow().path("taskId").asText();
    }
}
