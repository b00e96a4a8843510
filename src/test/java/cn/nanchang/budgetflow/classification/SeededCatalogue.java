package cn.nanchang.budgetflow.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A {@link ClassificationCatalogue} without Spring or a database, for the validators' unit tests:
 * the codes are read from the Flyway migrations the application seeds its catalogue from, so the
 * tests check the rules against the same 功能分类 and 经济分类 codes the application has.
 */
public final class SeededCatalogue {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** One row of an INSERT INTO classification_code: scheme, code, name, parent, level, leaf, needs verification. */
    private static final Pattern ROW = Pattern.compile(
        "\\('(FUNCTION|ECONOMIC)',\\s*'(\\d+)',\\s*'([^']*)',\\s*(NULL|'\\d+'),\\s*(\\d),\\s*(TRUE|FALSE),\\s*(TRUE|FALSE)\\)");
    private static final List<ClassificationCode> CODES = read();

    private SeededCatalogue() {
    }

    public static ClassificationCatalogue catalogue() {
        ClassificationCodeRepository repository = (ClassificationCodeRepository) Proxy.newProxyInstance(
            ClassificationCodeRepository.class.getClassLoader(), new Class<?>[] {ClassificationCodeRepository.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "findBySchemeOrderByCode" -> CODES.stream().filter(c -> c.getScheme() == args[0])
                    .sorted(Comparator.comparing(ClassificationCode::getCode)).toList();
                case "findById" -> find((ClassificationCode.Key) args[0]);
                default -> throw new UnsupportedOperationException(method.getName());
            });
        return new ClassificationCatalogue(repository);
    }

    private static Optional<ClassificationCode> find(ClassificationCode.Key key) {
        return CODES.stream().filter(c -> c.getScheme() == key.scheme() && c.getCode().equals(key.code())).findFirst();
    }

    private static List<ClassificationCode> read() {
        List<ClassificationCode> codes = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher row = ROW.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (row.find()) {
                    codes.add(code(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(codes);
    }

    private static ClassificationCode code(Matcher row) {
        ClassificationCode code = new ClassificationCode();
        set(code, "scheme", Scheme.valueOf(row.group(1)));
        set(code, "code", row.group(2));
        set(code, "name", row.group(3));
        set(code, "parentCode", row.group(4).equals("NULL") ? null : row.group(4).replace("'", ""));
        set(code, "level", Integer.parseInt(row.group(5)));
        set(code, "leaf", Boolean.parseBoolean(row.group(6).toLowerCase()));
        set(code, "needsVerification", Boolean.parseBoolean(row.group(7).toLowerCase()));
        return code;
    }

    /** The entity has no setters (the application only reads it); the fields are set as JPA would. */
    private static void set(ClassificationCode code, String field, Object value) {
        try {
            Field f = ClassificationCode.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(code, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
