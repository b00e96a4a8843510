package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.ValidationException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The way to the first administrator (issue 20 §1): {@code java -jar budgetflow.jar
 * --budgetflow.bootstrap-admin=admin --server.port=0} reads the password from the first line of
 * standard input (without echo on a terminal), or from the file named by
 * {@code --budgetflow.bootstrap-admin-password-file}; never from the command line or the environment.
 * It creates the account and exits: 0 when created, 5 when an administrator already exists, 2 when a
 * value breaks the account rules (the reasons are printed), 1 when no password could be read.
 */
@Component
@Order(Integer.MIN_VALUE)
@ConditionalOnProperty(name = "budgetflow.bootstrap-admin")
class BootstrapAdminCommand implements ApplicationRunner {

    static final int CREATED = 0;
    static final int NO_PASSWORD = 1;
    static final int INVALID = 2;
    static final int ADMIN_EXISTS = 5;

    private final FirstAdministrator first;
    private final ConfigurableApplicationContext context;
    private final String username;
    private final String displayName;
    private final String passwordFile;

    BootstrapAdminCommand(FirstAdministrator first, ConfigurableApplicationContext context,
            @Value("${budgetflow.bootstrap-admin}") String username,
            @Value("${budgetflow.bootstrap-admin-name:系统管理员}") String displayName,
            @Value("${budgetflow.bootstrap-admin-password-file:}") String passwordFile) {
        this.first = first;
        this.context = context;
        this.username = username;
        this.displayName = displayName;
        this.passwordFile = passwordFile;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = SpringApplication.exit(context, this::bootstrap);
        System.exit(code);
    }

    int bootstrap() {
        String password;
        try {
            password = password();
        } catch (IOException e) {
            System.out.println("BOOTSTRAP-FAILED 无法读取密码：" + e.getMessage());
            return NO_PASSWORD;
        }
        if (password == null || password.isEmpty()) {
            System.out.println("BOOTSTRAP-FAILED 没有读到密码（标准输入的第一行，或 --budgetflow.bootstrap-admin-password-file 指定的文件）");
            return NO_PASSWORD;
        }
        try {
            first.create(username, displayName, password, "命令行:" + System.getProperty("user.name", "?"));
            System.out.println("BOOTSTRAP-CREATED " + username.strip());
            return CREATED;
        } catch (ConflictException e) {
            System.out.println("BOOTSTRAP-REFUSED " + e.getMessage());
            return ADMIN_EXISTS;
        } catch (ValidationException e) {
            e.violations().forEach(v -> System.out.println("BOOTSTRAP-INVALID " + v.field() + "：" + v.message()));
            return INVALID;
        }
    }

    /** The file's first line, or standard input's: a terminal without echo, a pipe as it comes. */
    private String password() throws IOException {
        if (!passwordFile.isBlank()) {
            return Files.readAllLines(Path.of(passwordFile.strip()), StandardCharsets.UTF_8).stream().findFirst().orElse(null);
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("新管理员 %s 的密码：", username.strip());
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
