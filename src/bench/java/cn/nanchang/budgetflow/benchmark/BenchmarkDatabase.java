package cn.nanchang.budgetflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Fresh databases, one per name, for the bare engine and the application alike, so that both pay
 * the same storage costs. {@code -Dbenchmark.db=h2} (the default): H2 file databases under
 * target/benchmark, what the embedded run uses; a file keeps the 100,000 completed instances of the
 * inbox measurement on disk (held in memory they outgrew a 12 GiB heap). {@code -Dbenchmark.db=mariadb}:
 * a database of its own per name on the MariaDB/MySQL server of the machine (as the ITs use it:
 * {@code benchmark.db.host} 127.0.0.1:3306, user root, no password), dropped by {@link #dropAll()}.
 */
final class BenchmarkDatabase {

    static final boolean MARIADB = "mariadb".equalsIgnoreCase(System.getProperty("benchmark.db", "h2"))
        || "mysql".equalsIgnoreCase(System.getProperty("benchmark.db", "h2"));
    private static final Path DIRECTORY = Paths.get("target", "benchmark");
    private static final String HOST = System.getProperty("benchmark.db.host", "127.0.0.1:3306");
    static final String USER = MARIADB ? System.getProperty("benchmark.db.user", "root") : "sa";
    static final String PASSWORD = MARIADB ? System.getProperty("benchmark.db.password", "") : "";
    /** As application-mysql.properties. */
    private static final String OPTIONS = "sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8"
        + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    private static final String RUN = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
    private static final List<String> CREATED = new ArrayList<>();

    private BenchmarkDatabase() {
    }

    /** What the summary calls the database. */
    static String label() {
        return MARIADB ? "MariaDB/MySQL at " + HOST : "H2 files";
    }

    /** The JDBC URL of a fresh database of this name: an H2 file's earlier copy deleted, a new MariaDB database created. */
    static String url(String name) {
        return MARIADB ? mariadb(name) : h2(name);
    }

    private static String h2(String name) {
        try {
            Files.createDirectories(DIRECTORY);
            for (String suffix : new String[] {".mv.db", ".trace.db"}) {
                Files.deleteIfExists(DIRECTORY.resolve(name + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "jdbc:h2:file:" + DIRECTORY.toAbsolutePath().resolve(name);
    }

    private static synchronized String mariadb(String name) {
        String database = "budgetflow_bench_" + RUN + "_" + name.replace('-', '_');
        server("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        CREATED.add(database);
        return "jdbc:mysql://" + HOST + "/" + database + "?" + OPTIONS;
    }

    /** Drops the MariaDB databases this run created (nothing to do for H2's files, kept for a look afterwards). */
    static synchronized void dropAll() {
        for (String database : CREATED) {
            server("DROP DATABASE IF EXISTS " + database);
        }
        CREATED.clear();
    }

    private static void server(String sql) {
        try (Connection server = DriverManager.getConnection("jdbc:mysql://" + HOST + "/?" + OPTIONS, USER, PASSWORD);
                Statement statement = server.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + HOST + " as " + USER, e);
        }
    }
}
