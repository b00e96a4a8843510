package cn.nanchang.budgetflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module documentation in {@code docs/modules} (Spring Modulith's PlantUML diagrams and module
 * canvases) describes the code as it is. The test writes it afresh under {@code target/} and
 * compares; after a change to the modules, refresh the committed copy with
 * {@code ./mvnw test -Dtest=ModuleDocumentationTest -Ddocs.modules=true}.
 */
class ModuleDocumentationTest {

    private static final Path COMMITTED = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/modulith-docs");

    @Test
    void committed_module_documentation_matches_the_code() throws IOException {
        new Documenter(ApplicationModules.of(BudgetflowApplication.class),
            Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
            .writeDocumentation();
        List<Path> generated = files(GENERATED);
        assertThat(generated).isNotEmpty();
        if (Boolean.getBoolean("docs.modules")) {
            refreshCommittedCopy(generated);
        }
        assertThat(files(COMMITTED)).as("files in docs/modules").isEqualTo(generated);
        for (Path file : generated) {
            assertThat(Files.readString(COMMITTED.resolve(file)))
                .as("docs/modules/%s is out of date: run with -Ddocs.modules=true", file)
                .isEqualTo(normalised(GENERATED.resolve(file)));
        }
    }

    private static void refreshCommittedCopy(List<Path> generated) throws IOException {
        if (Files.isDirectory(COMMITTED)) {
            for (Path old : files(COMMITTED)) {
                Files.delete(COMMITTED.resolve(old));
            }
        }
        for (Path file : generated) {
            Path target = COMMITTED.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, normalised(GENERATED.resolve(file)));
        }
    }

    /**
     * The file with its relations ({@code Rel(...)} lines) in a fixed order: the Documenter writes
     * them in the order it meets dependencies, which varies from run to run.
     */
    private static String normalised(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        Iterator<String> sorted = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList().iterator();
        lines.replaceAll(l -> l.startsWith("Rel(") ? sorted.next() : l);
        return String.join("\n", lines) + "\n";
    }

    /** Relative paths of the regular files under a folder, sorted; none if it does not exist. */
    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
