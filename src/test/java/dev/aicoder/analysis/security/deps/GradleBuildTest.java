package dev.aicoder.analysis.security.deps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.DirectoryWorkspace;
import dev.aicoder.analysis.security.RecordingContext;
import dev.aicoder.analysis.security.deps.osv.OsvFiles;

/** Gradle projects without lockfiles: build scripts (Kotlin and Groovy DSL) and version catalogs. */
class GradleBuildTest {

    @Test
    void buildScriptsAndCatalogsAreRead(@TempDir Path dir) throws Exception {
        DirectoryWorkspace ws = new DirectoryWorkspace(dir);
        ws.write("app/build.gradle.kts", """
                val log4jVersion = "2.14.1"
                dependencies {
                    implementation(platform("org.springframework.boot:spring-boot-dependencies:3.0.0"))
                    implementation("org.apache.logging.log4j:log4j-core:$log4jVersion")
                    implementation("com.fasterxml.jackson.core:jackson-annotations:2.+")
                    implementation(libs.jackson.databind)
                    testImplementation("junit:junit:4.13.2")
                }
                """);
        ws.write("lib/build.gradle", """
                dependencies {
                    implementation group: 'commons-io', name: 'commons-io', version: "${commonsIo}"
                }
                """);
        ws.write("lib/gradle.properties", "commonsIo=2.11.0\n");
        ws.write("gradle/libs.versions.toml", """
                [versions]
                jackson = "2.9.8"

                [libraries]
                jackson-databind = { module = "com.fasterxml.jackson.core:jackson-databind", version.ref = "jackson" }
                snakeyaml = "org.yaml:snakeyaml:1.33"
                guava = { group = "com.google.guava", name = "guava", version = "31.0-jre" }
                """);
        ws.write("locked/build.gradle", "dependencies { implementation 'org.yaml:snakeyaml:1.20' }\n");
        ws.write("locked/gradle.lockfile", "org.yaml:snakeyaml:1.33=runtimeClasspath\n");
        RecordingContext context = new RecordingContext(Map.of());
        var index = OsvFiles.read(Path.of("src/test/resources/security/deps/osv"), OsvFiles.Limits.defaults())
                .index("test");

        List<Finding> findings = new DependencyAnalyzer(index).analyze(ws, context);

        DependencyInventory inventory = (DependencyInventory) context.published.get("dependencies");
        assertThat(inventory.components()).extracting(DependencyInventory.Component::manifest,
                DependencyInventory.Component::name, DependencyInventory.Component::version,
                DependencyInventory.Component::scope).containsExactlyInAnyOrder(
                        tuple("app/build.gradle.kts", "org.apache.logging.log4j:log4j-core", "2.14.1", "compile"),
                        tuple("app/build.gradle.kts", "com.fasterxml.jackson.core:jackson-annotations", null,
                                "compile"),
                        tuple("app/build.gradle.kts", "junit:junit", "4.13.2", "test"),
                        tuple("lib/build.gradle", "commons-io:commons-io", "2.11.0", "compile"),
                        tuple("gradle/libs.versions.toml", "com.fasterxml.jackson.core:jackson-databind", "2.9.8",
                                "compile"),
                        tuple("gradle/libs.versions.toml", "org.yaml:snakeyaml", "1.33", "compile"),
                        tuple("gradle/libs.versions.toml", "com.google.guava:guava", "31.0-jre", "compile"),
                        tuple("locked/gradle.lockfile", "org.yaml:snakeyaml", "1.33", "runtime"));
        assertThat(findings).extracting(Finding::path, f -> f.properties().get("advisory_id"))
                .containsExactlyInAnyOrder(tuple("app/build.gradle.kts", "GHSA-jfh8-c2jp-5v3q"),
                        tuple("gradle/libs.versions.toml", "TEST-MAVEN-0001"),
                        tuple("gradle/libs.versions.toml", "TEST-MAVEN-0002"),
                        tuple("locked/gradle.lockfile", "TEST-MAVEN-0002"));
    }
}
