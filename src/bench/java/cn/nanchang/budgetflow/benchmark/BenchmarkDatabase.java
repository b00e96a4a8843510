package cn.nanchang.budgetflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Fresh H2 file databases under target/benchmark, one per name, for the bare engine and the
 * application alike, so that both pay the same storage costs. A file database is what the
 * embedded run uses, and it keeps the 100,000 completed instances of the inbox measurement on
 * disk: held in an in-memory database they outgrew a 12 GiB heap.
 */
final class BenchmarkDatabase {

    private static final Path DIRECTORY = Paths.get("target", "benchmark");

    private BenchmarkDatabase() {
    }

    /** The JDBC URL of a database of this name, its files from any earlier run deleted first. */
    static String url(String name) {
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
}
