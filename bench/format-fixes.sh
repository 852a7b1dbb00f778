#!/usr/bin/env bash
# Are the offered google-java-format fixes safe on real code? Applies every verified java.format fix to Commons Lang
# 3.20.0 (sources jar from Maven Central, cached like bench/architecture.sh), compiles the original and the fixed
# tree with javac -g:none, and compares the class files: formatting must not change a single byte of bytecode.
# Usage: bench/format-fixes.sh   (cache: $AICODER_BENCH_CACHE, default ~/.cache/aicoder-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${AICODER_BENCH_CACHE:-$HOME/.cache/aicoder-bench}
name=commons-lang3-3.20.0-sources
if [ ! -d "$cache/$name" ]; then
  mkdir -p "$cache/$name"
  curl -sfL -o "$cache/$name.jar" \
    "https://repo.maven.apache.org/maven2/org/apache/commons/commons-lang3/3.20.0/$name.jar"
  (cd "$cache/$name" && unzip -qo "../$name.jar")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp=$(bench/test-classpath.sh)
exports=""
for p in api code file parser tree util; do exports="$exports --add-exports jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED"; done
# shellcheck disable=SC2086
java $exports -cp "$cp" dev.aicoder.analysis.standards.FormatFixesBench "$cache/$name" "$work/fixed"
compile() { # source dir, class dir
  (cd "$1" && find . -name '*.java' ! -name module-info.java > "$work/files.txt" \
    && javac -nowarn -g:none -proc:none -encoding UTF-8 -d "$2" @"$work/files.txt" 2>/dev/null)
}
compile "$cache/$name" "$work/original-classes"
compile "$work/fixed" "$work/fixed-classes"
classes=$(find "$work/original-classes" -name '*.class' | wc -l)
differ=$(diff -rq "$work/original-classes" "$work/fixed-classes" | wc -l)
echo "compiled: original and fixed trees, $classes classes each; class files that differ: $differ"
