package dev.aicoder.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * GraalVM cannot see which classes Jackson binds by reflection (records stored as JSON, YAML tables, OSV files,
 * task payloads, cache entries). The native image registers them from
 * {@code META-INF/native-image/dev.aicoder/ai-coder-assistant/reflect-config.json}: every record of the code base
 * and every class with Jackson annotations. This test fails when that file is out of date; regenerate it with
 * {@code ./mvnw test -Dtest=NativeReflectionConfigTest -Daicoder.docs.update=true} and commit it.
 */
class NativeReflectionConfigTest {

    static final Path CONFIG = Path.of(
            "src/main/resources/META-INF/native-image/dev.aicoder/ai-coder-assistant/reflect-config.json");

    @Test
    void everyJacksonBoundClassIsRegisteredForReflection() throws IOException {
        String expected = render(boundClasses());
        if (Boolean.getBoolean("aicoder.docs.update")) {
            Files.createDirectories(CONFIG.getParent());
            Files.writeString(CONFIG, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CONFIG) ? Files.readString(CONFIG, StandardCharsets.UTF_8) : "")
                .as("reflect-config.json is out of date: ./mvnw test -Dtest=NativeReflectionConfigTest "
                        + "-Daicoder.docs.update=true")
                .isEqualTo(expected);
        assertThat(expected).contains("\"dev.aicoder.analysis.Finding\"");
    }

    private static TreeSet<String> boundClasses() throws IOException {
        Path classes = Path.of("target/classes");
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dev/aicoder"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("_") || name.matches(".*\\$\\d+.*")) {
                    continue; // Quarkus-generated classes, anonymous classes
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, NativeReflectionConfigTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.isRecord() || usesJackson(type)) {
                    names.add(type.getName());
                }
            }
        }
        return names;
    }

    private static boolean usesJackson(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
        try {
            elements.addAll(List.of(type.getDeclaredFields()));
            elements.addAll(List.of(type.getDeclaredConstructors()));
            elements.addAll(List.of(type.getDeclaredMethods()));
        } catch (LinkageError e) {
            return false;
        }
        for (AnnotatedElement e : elements) {
            for (Annotation a : e.getDeclaredAnnotations()) {
                if (a.annotationType().getName().startsWith("com.fasterxml.jackson.annotation.")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String render(TreeSet<String> names) {
        StringBuilder sb = new StringBuilder("[\n");
        int i = 0;
        for (String name : names) {
            sb.append("  {\"name\": \"").append(name).append("\", \"allDeclaredConstructors\": true, ")
                    .append("\"allDeclaredMethods\": true, \"allDeclaredFields\": true}")
                    .append(++i < names.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }
}
