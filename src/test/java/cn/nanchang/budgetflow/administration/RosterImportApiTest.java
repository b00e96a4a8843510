package cn.nanchang.budgetflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.AccountDetails;
import cn.nanchang.budgetflow.security.AccountDetailsFactory;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.RosterWorkbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 花名册导入 over the API: the template, a file with bad rows reported row by row with nothing
 * stored, a re-import that adds, changes and disables with the changes audited field by field and
 * the importing administrator kept, and 403 for everyone but administrators. The tests share one
 * database with the rest of the suite, so every file starts from the template (everyone enabled now).
 */
@ApiTestContext
class RosterImportApiTest {

    private static final String ROSTER = "/api/v1/admin/roster";

    private final ApiClient api;
    private final JdbcTemplate jdbc;
    private final OwnPassword own;
    private final OrganizationService organization;

    RosterImportApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired JdbcTemplate jdbc,
            @Autowired OwnPassword own, @Autowired OrganizationService organization) {
        this.api = new ApiClient(mvc, json);
        this.jdbc = jdbc;
        this.own = own;
        this.organization = organization;
    }

    private static String freshName() {
        return "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private RosterWorkbook template() {
        return new RosterWorkbook(api.expect(api.get("admin", ROSTER + "/template"), status().isOk())
            .andReturn().getResponse().getContentAsByteArray());
    }

    private ResultActions upload(String user, String what, byte[] file) {
        return api.send(user, MockMvcRequestBuilders.multipart(ROSTER + "/" + what)
            .file(new MockMultipartFile("file", "花名册.xlsx", null, file)));
    }

    private String created(String name, String role, String section) {
        String username = freshName();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", name);
        body.put("role", role);
        body.put("section", section);
        body.put("password", "Kaishi2024");
        api.expect(api.post("admin", "/api/v1/admin/users", body), status().isCreated());
        return username;
    }

    private static List<String> texts(JsonNode list, String field) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    @Test
    void the_template_has_the_sections_and_everyone_enabled_and_no_password() {
        RosterWorkbook template = template();

        assertThat(template.sections().getRow(0).getCell(0).getStringCellValue()).isEqualTo("科室代码");
        assertThat(template.sections().getRow(0).getCell(0).getCellComment()).as("each column explained").isNotNull();
        assertThat(template.sections().getRow(1).getCell(0).getStringCellValue()).isEqualTo("S01");
        assertThat(template.sections().getRow(1).getCell(1).getStringCellValue()).isEqualTo("综合科");
        assertThat(template.sections().getRow(1).getCell(3).getStringCellValue()).isEqualTo("head1");
        List<String> headers = new ArrayList<>();
        template.people().getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        assertThat(headers).containsExactly("姓名", "用户名", "角色", "科室", "电子邮箱");
        List<String> usernames = new ArrayList<>();
        template.people().forEach(r -> usernames.add(r.getCell(1).getStringCellValue()));
        assertThat(usernames).contains("staff1", "head3", "finance", "admin");
    }

    @Test
    void a_file_with_bad_rows_reports_each_rejected_row_with_its_reason_and_stores_nothing() {
        String twice = freshName();
        String fine = freshName();
        RosterWorkbook file = template();
        int first = file.add("甲", twice, "科员", "综合科", "");
        int duplicate = file.add("乙", twice, "科员", "综合科", "");
        int unknownSection = file.add("丙", freshName(), "科员", "不存在的科", "");
        int headWithout = file.add("丁", freshName(), "科长", "", "");
        int auditorWith = file.add("戊", freshName(), "审计", "综合科", "");
        int badEmail = file.add("己", freshName(), "科员", "S02", "不是邮箱");
        int unknownRole = file.add("庚", freshName(), "处长", "", "");
        int badUsername = file.add("辛", "Bad Name", "科员", "S02", "");
        int noName = file.add("", freshName(), "科员", "S02", "");
        file.add("壬", fine, "科员", "S02", "");
        int badCode = file.addSection("S9", "新科室", "7", "");
        int sameName = file.addSection("S998", "综合科", "", "");
        long users = jdbc.queryForObject("select count(*) from app_user", Long.class);
        long audit = jdbc.queryForObject("select count(*) from audit_entry", Long.class);

        JsonNode preview = api.answer(upload("admin", "preview", file.bytes()), status().isOk());
        JsonNode refused = api.answer(upload("admin", "import", file.bytes()), status().isBadRequest());

        JsonNode problems = preview.path("problems");
        List<String> rows = StreamSupport.stream(problems.spliterator(), false)
            .map(p -> p.path("sheet").asText() + p.path("row").asInt() + " " + p.path("column").asText() + "：" + p.path("reason").asText())
            .toList();
        assertThat(rows).contains(
            "人员" + duplicate + " 用户名：用户名“" + twice + "”与第" + first + "行重复",
            "人员" + unknownSection + " 科室：科室“不存在的科”不存在",
            "人员" + headWithout + " 科室：科长须属于一个科室，请选择科室",
            "人员" + auditorWith + " 科室：审计面向全单位，不属于科室，请不要选择科室",
            "人员" + badEmail + " 电子邮箱：电子邮箱格式不正确，例如 name@example.cn",
            "人员" + unknownRole + " 角色：角色“处长”不存在",
            "人员" + badUsername + " 用户名：用户名须为3至50位小写字母、数字或 . _ -，以字母开头",
            "科室" + badCode + " 科室代码：科室编码须为大写字母 S 加2至3位数字，例如 S07",
            "科室" + sameName + " 科室名称：名称“综合科”已被其他科室或单位使用，请换一个",
            "科室" + sameName + " 排序：请填写排序（整数，越小越靠前）");
        assertThat(rows).anyMatch(r -> r.startsWith("人员" + noName + " 姓名："));
        assertThat(preview.path("added")).isEmpty();
        assertThat(texts(refused.path("errors"), "field")).contains("people[" + duplicate + "]", "people[" + badEmail + "]",
            "sections[" + badCode + "]");
        assertThat(texts(refused.path("errors"), "message")).contains("“人员”表第" + badEmail + "行 电子邮箱：电子邮箱格式不正确，例如 name@example.cn");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).as("no account of the file").isEqualTo(users);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, fine)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).as("nothing audited").isEqualTo(audit);
        assertThat(jdbc.queryForObject("select count(*) from org_unit where code in ('S9', 'S998')", Long.class)).isZero();
    }

    @Test
    void a_roster_creates_a_section_with_its_people_and_head_and_a_reimport_renames_it_audited_like_the_page() {
        String code = freeCode();
        String head = freshName();
        String staff = freshName();
        RosterWorkbook file = template();
        file.addSection(code, "花名册科" + code, "4", head);
        file.add("冯科长", head, "科长", "花名册科" + code, "");
        file.add("冯科员", staff, "科员", code, "");

        JsonNode preview = api.answer(upload("admin", "preview", file.bytes()), status().isOk());

        assertThat(preview.path("problems")).isEmpty();
        assertThat(preview.path("sections")).hasSize(1);
        JsonNode added = preview.path("sections").get(0);
        assertThat(added.path("code").asText()).isEqualTo(code);
        assertThat(added.path("added").asBoolean()).isTrue();
        assertThat(texts(added.path("changes"), "after")).containsExactly("花名册科" + code, "4", "冯科长（" + head + "）", "启用");
        assertThat(jdbc.queryForObject("select count(*) from org_unit where code = ?", Long.class, code)).as("a preview stores nothing")
            .isZero();
        try {
            JsonNode done = api.answer(upload("admin", "import", file.bytes()), status().isOk());

            assertThat(done.path("sectionsAdded").asInt()).isEqualTo(1);
            JsonNode section = api.answer(api.get("admin", "/api/v1/admin/sections/{c}", code), status().isOk());
            assertThat(section.path("head").asText()).isEqualTo(head);
            assertThat(section.path("sortOrder").asInt()).isEqualTo(4);
            assertThat(api.answer(api.get("admin", "/api/v1/admin/users/{u}", staff), status().isOk()).path("section").asText())
                .isEqualTo(code);

            RosterWorkbook again = template().setSection(code, 1, "改名科" + code).setSection(code, 2, "5");
            JsonNode renamed = api.answer(upload("admin", "preview", again.bytes()), status().isOk()).path("sections");
            assertThat(renamed).hasSize(1);
            assertThat(renamed.get(0).path("added").asBoolean()).isFalse();
            assertThat(texts(renamed.get(0).path("changes"), "field")).containsExactly("名称", "排序");
            api.answer(upload("admin", "import", again.bytes()), status().isOk());
            JsonNode log = api.answer(api.get("admin", "/api/v1/admin/sections/changes?limit=20"), status().isOk());
            assertThat(StreamSupport.stream(log.spliterator(), false).map(e -> e.path("action").asText() + " " + e.path("details").asText()))
                .contains("SECTION_CHANGED 科室 " + code + "（改名科" + code + "）", "SECTION_CREATED 科室 " + code + "（花名册科" + code + "）");
        } finally {
            api.post("admin", "/api/v1/admin/sections/{c}/disable", null, code);
        }
    }

    /** A section code no unit has yet, so that this test's section is its own. */
    private String freeCode() {
        List<String> taken = texts(api.answer(api.get("admin", "/api/v1/admin/sections"), status().isOk()), "code");
        return java.util.stream.IntStream.range(800, 1000).mapToObj(i -> "S" + i).filter(c -> !taken.contains(c))
            .findFirst().orElseThrow();
    }

    @Test
    void a_reimport_adds_changes_and_disables_audited_field_by_field_and_never_disables_the_importing_administrator() {
        String moved = created("钱一", "STAFF", "S01");
        String gone = created("钱二", "STAFF", "S02");
        String newcomer = freshName();
        RosterWorkbook file = template().set(moved, 0, "钱一鸣").set(moved, 3, "数据治理科").set(moved, 4, "qian@example.cn")
            .remove(gone).remove("admin");
        file.add("孙新", newcomer, "科员", "S05", "sunxin@example.cn");

        JsonNode preview = api.answer(upload("admin", "preview", file.bytes()), status().isOk());

        assertThat(preview.path("problems")).isEmpty();
        assertThat(texts(preview.path("added"), "username")).containsExactly(newcomer);
        assertThat(preview.path("added").get(0).path("section").asText()).isEqualTo("数字产业研究室");
        JsonNode change = StreamSupport.stream(preview.path("changed").spliterator(), false)
            .filter(c -> c.path("username").asText().equals(moved)).findFirst().orElseThrow();
        assertThat(texts(change.path("changes"), "field")).containsExactly("姓名", "科室", "电子邮箱");
        assertThat(texts(preview.path("disabled"), "username")).contains(gone).doesNotContain("admin", moved);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, newcomer))
            .as("a preview stores nothing").isZero();

        JsonNode done = api.answer(upload("admin", "import", file.bytes()), status().isOk());

        assertThat(done.path("added").asInt()).isEqualTo(1);
        assertThat(done.path("passwords").get(0).path("username").asText()).isEqualTo(newcomer);
        String password = done.path("passwords").get(0).path("password").asText();
        assertThat(password).hasSize(12).containsPattern("[a-zA-Z]").containsPattern("[0-9]");
        assertThat(jdbc.queryForObject("select must_change_password from app_user where username = ?", Boolean.class, newcomer)).isTrue();
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, newcomer))
            .doesNotContain(password);
        assertThat(jdbc.queryForObject("select enabled from app_user where username = ?", Boolean.class, gone)).isFalse();
        assertThat(jdbc.queryForObject("select enabled from app_user where username = ?", Boolean.class, "admin")).isTrue();
        JsonNode log = api.answer(api.get("admin", "/api/v1/admin/users/changes?limit=20"), status().isOk());
        JsonNode movedEntry = StreamSupport.stream(log.spliterator(), false)
            .filter(e -> e.path("details").asText().contains(moved) && e.path("action").asText().equals("USER_CHANGED"))
            .findFirst().orElseThrow();
        assertThat(StreamSupport.stream(movedEntry.path("changes").spliterator(), false)
            .map(c -> c.path("field").asText() + "：" + c.path("before").asText() + "→" + c.path("after").asText()))
            .contains("姓名：钱一→钱一鸣", "科室：综合科→数据治理科");
        assertThat(StreamSupport.stream(log.spliterator(), false).map(e -> e.path("action").asText() + " " + e.path("details").asText()))
            .anyMatch(e -> e.startsWith("USER_CREATED") && e.contains(newcomer))
            .anyMatch(e -> e.startsWith("USER_DISABLED") && e.contains(gone))
            .noneMatch(e -> e.contains(password));

        JsonNode again = api.answer(upload("admin", "preview", template().bytes()), status().isOk());
        assertThat(again.path("added")).as("importing the system's own roster changes nothing").isEmpty();
        assertThat(again.path("changed")).isEmpty();
        assertThat(again.path("disabled")).isEmpty();
    }

    @Test
    void a_formula_is_refused_on_its_row_rather_than_trusted() {
        RosterWorkbook file = template();
        int row = file.add("癸", freshName(), "科员", "S01", "");
        file.people().getRow(row - 1).getCell(4).setCellFormula("\"x\"&\"@example.cn\"");

        JsonNode preview = api.answer(upload("admin", "preview", file.bytes()), status().isOk());

        assertThat(StreamSupport.stream(preview.path("problems").spliterator(), false)
            .map(p -> p.path("row").asInt() + p.path("reason").asText())).contains(row + "“电子邮箱”列含公式，请填写值本身");
    }

    @Test
    void only_administrators_may_download_preview_or_import_a_roster() {
        byte[] file = template().bytes();
        for (String someone : List.of("finance", "staff1", "head1", "auditor", "director", "bureau")) {
            api.expect(api.get(someone, ROSTER + "/template"), status().isForbidden());
            api.expect(upload(someone, "preview", file), status().isForbidden());
            api.expect(upload(someone, "import", file), status().isForbidden());
        }
    }

    @Test
    void a_newcomer_replaces_the_initial_password_with_their_own_under_the_forms_rule() throws Exception {
        String newcomer = freshName();
        RosterWorkbook file = template();
        file.add("吴新", newcomer, "科员", "S04", "");
        String initial = api.answer(upload("admin", "import", file.bytes()), status().isOk()).path("passwords").get(0)
            .path("password").asText();
        api.expect(api.anonymous(MockMvcRequestBuilders.get("/api/v1/me").with(httpBasic(newcomer, initial))),
            status().isForbidden()).andExpect(jsonPath("$.message").value("此账号仍在使用管理员导入时生成的初始密码，请先登录页面修改密码"));
        AccountDetails details = AccountDetailsFactory.of(organization.user(newcomer).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            assertThat(own.mustChange()).isTrue();
            List<String> refused = new ArrayList<>();
            for (String[] attempt : List.of(new String[] {"wrong1234", "Wuxin2026a", "Wuxin2026a"},
                    new String[] {initial, "short1", "short1"}, new String[] {initial, "Wuxin2026a", "Wuxin2026b"},
                    new String[] {initial, initial, initial})) {
                try {
                    own.change(attempt[0], attempt[1], attempt[2]);
                    refused.add("accepted");
                } catch (ValidationException e) {
                    refused.add(e.violations().get(0).field() + "：" + e.violations().get(0).message());
                }
            }
            assertThat(refused).containsExactly("current：初始密码不正确", "password：密码至少8位，且须同时包含字母和数字",
                "repeat：两次输入的新密码不一致", "password：新密码不能与初始密码相同");
            assertThat(own.mustChange()).as("nothing changed by a refusal").isTrue();

            own.change(initial, "Wuxin2026a", "Wuxin2026a");

            assertThat(own.mustChange()).isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
        api.expect(api.anonymous(MockMvcRequestBuilders.get("/api/v1/me").with(httpBasic(newcomer, "Wuxin2026a"))), status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'USER_PASSWORD_CHANGED' and actor = ?",
            Long.class, newcomer)).isEqualTo(1);
    }
}
