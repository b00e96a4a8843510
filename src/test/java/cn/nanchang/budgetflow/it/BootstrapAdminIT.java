package cn.nanchang.budgetflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.it.AppProcess.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first administrator (issue 20 §1) on a fresh MariaDB database without demo data, as the IT
 * officer meets it: nobody can sign in; the jar's bootstrap mode reads the password from standard
 * input, creates the administrator, audits it and exits; a second run (password from a file) is
 * refused because an administrator now exists; the application then lets the new administrator in.
 */
@ExtendWith(FreshMariaDbDatabase.class)
class BootstrapAdminIT {

    private static final String PASSWORD = "Erst3-Zugang9";

    @Test
    void first_administrator_is_created_once_from_standard_input_audited_and_can_sign_in() throws Exception {
        Target empty = Target.fresh().withoutDemoData();

        int created = AppProcess.runCommand("bootstrap-admin", empty, PASSWORD + "\n", "--budgetflow.bootstrap-admin=chief",
            "--budgetflow.bootstrap-admin-name=信息科 王工");
        assertThat(created).as("exit code; see target/app-processes/bootstrap-admin.log").isZero();
        assertThat(Rows.strings("SELECT CONCAT(role, ' ', enabled, ' ', display_name) FROM app_user"))
            .containsExactly("ADMIN 1 信息科 王工");
        assertThat(Rows.strings("SELECT password_hash FROM app_user WHERE username = 'chief'")).singleElement()
            .asString().doesNotContain(PASSWORD).as("bcrypt at the production work factor").startsWith("$2a$10$");
        assertThat(Rows.strings("SELECT CONCAT(action, ' ', actor, ' ', details) FROM audit_entry WHERE action = 'USER_CREATED'"))
            .singleElement().asString().startsWith("USER_CREATED 命令行:").contains("首个系统管理员 chief");

        Path file = Files.createTempFile("second-admin", ".txt");
        Files.writeString(file, "Zweit3-Zugang9\n", StandardCharsets.UTF_8);
        int again = AppProcess.runCommand("bootstrap-admin-again", empty, null, "--budgetflow.bootstrap-admin=second",
            "--budgetflow.bootstrap-admin-password-file=" + file);
        Files.delete(file);
        assertThat(again).as("refused while an administrator exists").isEqualTo(5);
        assertThat(Rows.strings("SELECT username FROM app_user")).containsExactly("chief");

        try (AppProcess app = AppProcess.start("bootstrap-app", empty)) {
            assertThat(app.get("chief", PASSWORD, "/api/v1/admin/users").status()).isEqualTo(200);
            assertThat(app.get("chief", "wrong-password1", "/api/v1/admin/users").status()).isEqualTo(401);
            assertThat(app.get("second", "Zweit3-Zugang9", "/api/v1/admin/users").status()).isEqualTo(401);
        }
    }
}
