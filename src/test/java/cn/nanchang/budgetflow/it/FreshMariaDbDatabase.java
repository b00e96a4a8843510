package cn.nanchang.budgetflow.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of its own for one integration test class on the MariaDB/MySQL server of the
 * machine (127.0.0.1:3306, root, no password unless overridden with the system properties
 * {@code it.db.host}, {@code it.db.user}, {@code it.db.password}). It is created with plain
 * JDBC before the Spring context starts, so Flyway and the engine start from nothing, and
 * dropped after the class.
 *
 * <p>Register it with {@code @ExtendWith} <em>before</em> {@code @SpringBootTest} and mark the
 * class {@code @DirtiesContext}: JUnit then runs this extension's afterAll after Spring's, i.e.
 * after the context (connection pool, job executor) is closed, so nothing uses the database
 * while it is dropped.
 */
public final class FreshMariaDbDatabase implements AfterAllCallback {

    static final String HOST = System.getProperty("it.db.host", "127.0.0.1:3306");
    static final String USER = System.getProperty("it.db.user", "root");
    static final String PASSWORD = System.getProperty("it.db.password", "");
    /** As application-mysql.properties: sendFractionalSeconds=false as Camunda advises; nullDatabaseMeansCurrent so
     * the engine looks for its tables in this database only, not in any database on the server. */
    static final String OPTIONS = "sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8"
        + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    private static String name;
    private static final List<String> others = new ArrayList<>();

    /** Creates the database on first use; the name is unique per run so runs never meet. */
    public static synchronized String name() {
        if (name == null) {
            String candidate = "budgetflow_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
            execute("CREATE DATABASE " + candidate + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            name = candidate;
        }
        return name;
    }

    public static String url() {
        return url(name());
    }

    /** Another empty database for this class (e.g. to restore a dump into), named after the class's; dropped with it. */
    public static synchronized String another(String suffix) {
        String other = name() + "_" + suffix;
        execute("CREATE DATABASE " + other + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        others.add(other);
        return other;
    }

    /** The address of any database on the test server, e.g. one a test restored a dump into. */
    public static String url(String database) {
        return "jdbc:mysql://" + HOST + "/" + database + "?" + OPTIONS;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** Points the application's data source at this database, for a test's {@code @DynamicPropertySource}. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", FreshMariaDbDatabase::url);
        registry.add("spring.datasource.username", FreshMariaDbDatabase::user);
        registry.add("spring.datasource.password", FreshMariaDbDatabase::password);
    }

    /** A connection of its own to the test database, outside the application's pool. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<String> dropped = new ArrayList<>();
        synchronized (FreshMariaDbDatabase.class) {
            if (name != null) {
                dropped.add(name);
            }
            dropped.addAll(others);
            name = null;
            others.clear();
        }
        for (String database : dropped) {
            execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    private static void execute(String sql) {
        try (Connection server = DriverManager.getConnection("jdbc:mysql://" + HOST + "/?" + OPTIONS, USER, PASSWORD);
                Statement statement = server.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + HOST + " as " + USER, e);
        }
    }
}
