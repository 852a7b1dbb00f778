package dev.aicoder.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void everyListedLanguageIsDetectedByExtensionOrName() {
        Map<String, Language> cases = new java.util.LinkedHashMap<>();
        cases.put("a/b.py", Language.PYTHON);
        cases.put("x.mjs", Language.JAVASCRIPT);
        cases.put("x.tsx", Language.TYPESCRIPT);
        cases.put("X.java", Language.JAVA);
        cases.put("build.gradle.kts", Language.KOTLIN);
        cases.put("x.c", Language.C);
        cases.put("x.cc", Language.CPP);
        cases.put("X.cs", Language.CSHARP);
        cases.put("x.go", Language.GO);
        cases.put("lib.rs", Language.RUST);
        cases.put("index.php", Language.PHP);
        cases.put("Gemfile", Language.RUBY);
        cases.put("App.swift", Language.SWIFT);
        cases.put("build.sbt", Language.SCALA);
        cases.put("Main.hs", Language.HASKELL);
        cases.put("x.erl", Language.ERLANG);
        cases.put("mix.exs", Language.ELIXIR);
        cases.put("core.clj", Language.CLOJURE);
        cases.put("Prog.fs", Language.FSHARP);
        cases.put("analysis.R", Language.R);
        cases.put("solve.m", Language.MATLAB);
        cases.put("x.jl", Language.JULIA);
        cases.put("run.sh", Language.SHELL);
        cases.put("schema.sql", Language.SQL);
        cases.put(".github/workflows/ci.yml", Language.YAML);
        cases.put("package.json", Language.JSON);
        cases.put("Dockerfile", Language.DOCKERFILE);
        cases.put("Dockerfile.prod", Language.DOCKERFILE);
        cases.put("config/.env.production", Language.PROPERTIES);
        cases.put("main.tf", Language.TERRAFORM);
        cases.put("Jenkinsfile", Language.GROOVY);
        cases.forEach((path, language) -> assertThat(LanguageDetector.detect(path, "")).as(path).contains(language));
    }

    @Test
    void shebangsAndAmbiguousExtensions() {
        assertThat(LanguageDetector.detect("run", "#!/usr/bin/env node\nconsole.log(1)")).contains(Language.JAVASCRIPT);
        assertThat(LanguageDetector.detect("run", "#!/bin/sh\n")).contains(Language.SHELL);
        assertThat(LanguageDetector.detect("run", "#!/usr/bin/env Rscript\n")).contains(Language.R);
        assertThat(LanguageDetector.detect("run", "#!/usr/local/bin/ruby2.7 -w\n")).contains(Language.RUBY);
        assertThat(LanguageDetector.detect("run", "#!/usr/bin/env -S julia --threads=4\n")).contains(Language.JULIA);
        assertThat(LanguageDetector.detect("run", "hello")).isEmpty();
        assertThat(LanguageDetector.detect("x.h", "class A { public: int x; };")).contains(Language.CPP);
        assertThat(LanguageDetector.detect("x.h", "int f(void);")).contains(Language.C);
        assertThat(LanguageDetector.detect("x.m", "#import <Foundation/Foundation.h>\n@interface A\n"))
                .contains(Language.OBJECTIVE_C);
        assertThat(LanguageDetector.detect("x.m", "function y = f(x)\n  y = x;\nend\n")).contains(Language.MATLAB);
        assertThat(LanguageDetector.detect("README", "")).isEmpty();
    }
}
