package cn.nanchang.budgetflow.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The jar of a released commit, built once from this repository's history into
 * {@code target/released/<commit>/} ({@code git archive}, then the wrapper's {@code package} without
 * tests, offline) and reused while {@code target/} stays. The build's output is in {@code build.log} there.
 */
final class ReleasedJar {

    private ReleasedJar() {
    }

    static Path of(String commit) throws Exception {
        Path dir = Path.of("target", "released", commit).toAbsolutePath();
        Path jar = find(dir);
        if (jar != null) {
            return jar;
        }
        Files.createDirectories(dir);
        // from the repository's root: git refuses to run from inside an ignored directory such as target/
        Path root = Path.of("").toAbsolutePath();
        run(root, "git -C " + root + " archive --format=tar " + commit + " | tar -x -C " + dir);
        run(dir, "./mvnw -B -q -o package -Dmaven.test.skip=true > build.log 2>&1");
        jar = find(dir);
        if (jar == null) {
            throw new AssertionError("no jar after building " + commit + "; see " + dir.resolve("build.log"));
        }
        return jar;
    }

    private static Path find(Path dir) throws IOException {
        Path target = dir.resolve("target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("budgetflow-.*\\.jar")).findFirst().orElse(null);
        }
    }

    private static void run(Path dir, String shell) throws Exception {
        Process process = new ProcessBuilder(List.of("bash", "-c", "set -o pipefail; " + shell)).directory(dir.toFile())
            .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("'" + shell + "' in " + dir + " failed: " + output);
        }
    }
}
