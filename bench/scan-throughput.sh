#!/usr/bin/env bash
# Scan throughput of the CLI on real source trees fetched from the registries (Maven Central sources jars, npm
# tarballs) into a cache folder: lines/s, files/s, peak RSS for a cold scan (empty result cache) and a rescan of
# the unchanged tree (content-hash cache), plus PMD's own CLI on the Java part with our PMD rule set as the
# reference. Needs the packaged jar (./mvnw package -DskipTests) and network access to Maven Central and npm on
# the first run only.
# Usage: bench/scan-throughput.sh [cache-dir=~/.cache/aicoder-bench]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cache=${1:-${HOME}/.cache/aicoder-bench}
src="$cache/src"
jar="$root/target/quarkus-app/quarkus-run.jar"
mkdir -p "$src" "$cache/dl"
[ -f "$jar" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }

maven_sources() { # group:artifact:version folder [classifier] [type]
  local gav=$1 dir=$2 classifier=${3:-sources} type=${4:-jar}
  [ -d "$src/$dir" ] && return
  local artifact="$gav:$type${classifier:+:$classifier}"
  "$root/mvnw" -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$cache/dl" \
    -Dmdep.stripVersion=false >/dev/null
  local file
  file=$(ls "$cache/dl/$(echo "$gav" | cut -d: -f2)-$(echo "$gav" | cut -d: -f3)${classifier:+-$classifier}.$type")
  mkdir -p "$src/$dir" && (cd "$src/$dir" && unzip -q -o "$file" >/dev/null 2>&1 || true)
}
npm_package() { # name@version folder
  [ -d "$src/$2" ] && return
  mkdir -p "$src/$2" && (cd "$cache/dl" && npm pack --silent "$1" >/dev/null)
  tar -xzf "$cache/dl/$(echo "${1%@*}" | tr -d @ | tr / -)-${1##*@}.tgz" -C "$src/$2"
}

echo "fetching sources into $src (cached after the first run)" >&2
maven_sources com.google.guava:guava:33.5.0-jre java/guava
maven_sources org.apache.commons:commons-lang3:3.20.0 java/commons-lang3
maven_sources com.fasterxml.jackson.core:jackson-databind:2.21.3 java/jackson-databind
maven_sources org.jetbrains.kotlin:kotlin-stdlib:2.4.21 kotlin/kotlin-stdlib
maven_sources org.scala-lang:scala-library:2.13.18 scala/scala-library
[ -d "$src/python/stdlib" ] || maven_sources org.python:jython-standalone:2.7.4 python/jython
[ -d "$src/ruby/stdlib" ] || maven_sources org.jruby:jruby-stdlib:9.4.12.0 ruby/jruby-stdlib
npm_package lodash@4.18.1 js/lodash
npm_package express@5.3.0 js/express
npm_package rxjs@7.8.2 ts/rxjs
# trim to libraries proper: Python's standard library from jython, Ruby's from jruby, no test suites or classes
if [ -d "$src/python/jython/lib-python" ]; then
  mv "$src/python/jython/lib-python/2.7" "$src/python/stdlib" && rm -rf "$src/python/jython"
fi
if [ -d "$src/ruby/jruby-stdlib" ]; then # the jar's entries carry absolute paths, which unzip strips
  mv "$(find "$src/ruby/jruby-stdlib" -type d -path '*jruby.home/lib/ruby/stdlib' | head -1)" "$src/ruby/stdlib"
  rm -rf "$src/ruby/jruby-stdlib"
fi
find "$src" -depth -type d \( -name test -o -name tests \) -exec rm -rf {} +
find "$src" -name '*.class' -delete

count() { find "$src" -type f \( -name '*.java' -o -name '*.kt' -o -name '*.scala' -o -name '*.py' -o -name '*.rb' \
  -o -name '*.js' -o -name '*.ts' -o -name '*.mjs' -o -name '*.cjs' \) -print0 | xargs -0 cat | wc -l; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "tree: $(count) lines of code files in $src"

run() { # label, extra args...
  local label=$1; shift
  local out="$cache/$label.json"
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$cache/rss.txt" java -jar "$jar" scan "$src" --format json --output "$out" \
    --no-progress -q "$@" || true
  t1=$(date +%s.%N)
  python3 - "$out" "$t0" "$t1" "$(tail -1 "$cache/rss.txt")" "$label" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1])); s = doc["summary"]["stats"]
wall = float(sys.argv[3]) - float(sys.argv[2]); rss = int(sys.argv[4]) / 1024
print(f"{sys.argv[5]:>8}: {s['files']} files, {s['lines']:,} lines, {doc['summary']['findings']} findings, "
      f"engine {s['duration_ms']/1000:.1f} s, wall {wall:.1f} s (JVM start included) -> "
      f"{s['lines']/wall:,.0f} lines/s, {s['files']/wall:,.0f} files/s, peak RSS {rss:,.0f} MB, "
      f"cached files {s['cached_files']}; languages {s['languages']}")
PY
  echo "$t0 $t1" > "$cache/$label.times"
}
rm -rf "$cache/result-cache"
run cold --cache-dir "$cache/result-cache"
run rescan --cache-dir "$cache/result-cache"
python3 - "$cache" <<'PY'
import sys
c = sys.argv[1]
cold = [float(x) for x in open(f"{c}/cold.times").read().split()]
re = [float(x) for x in open(f"{c}/rescan.times").read().split()]
print(f" speedup: rescan of the unchanged tree is {(cold[1]-cold[0])/(re[1]-re[0]):.1f}x faster than the cold scan")
PY

# PMD's own CLI on the Java part, same rule set as our pmd analyzer (pmd-cli and pmd-java from Maven Central)
pmd_lib="$cache/pmd-lib"
if [ ! -d "$pmd_lib" ]; then
  mkdir -p "$cache/pmd-pom"
  cat > "$cache/pmd-pom/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>pmd-cli-classpath</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>net.sourceforge.pmd</groupId><artifactId>pmd-cli</artifactId><version>7.26.0</version></dependency>
    <dependency><groupId>net.sourceforge.pmd</groupId><artifactId>pmd-java</artifactId><version>7.26.0</version></dependency>
  </dependencies>
</project>
POM
  "$root/mvnw" -q -f "$cache/pmd-pom/pom.xml" dependency:copy-dependencies -DoutputDirectory="$pmd_lib" >/dev/null
fi
ruleset="$root/src/main/resources/pmd/java-default.xml"
if [ -d "$pmd_lib" ] && [ -f "$ruleset" ]; then
  java_lines=$(find "$src/java" -name '*.java' -print0 | xargs -0 cat | wc -l)
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$cache/rss.txt" java -cp "$pmd_lib/*" net.sourceforge.pmd.cli.PmdCli check \
    -d "$src/java" -R "$ruleset" -f text --no-cache --threads "$(nproc)" -r "$cache/pmd.txt" --no-progress \
    >/dev/null 2>&1 || true
  t1=$(date +%s.%N)
  pmd_rss=$(tail -1 "$cache/rss.txt")
  t2=$(date +%s.%N)
  java -jar "$jar" scan "$src/java" --format json --output "$cache/java-only.json" --no-progress -q --no-cache || true
  t3=$(date +%s.%N)
  python3 - "$t0" "$t1" "$t2" "$t3" "$java_lines" "$pmd_rss" "$(wc -l < "$cache/pmd.txt")" <<'PY'
import sys
t0, t1, t2, t3 = map(float, sys.argv[1:5]); lines = int(sys.argv[5]); rss = int(sys.argv[6]) / 1024
print(f"     pmd: PMD 7.26.0 CLI alone on the Java part ({lines:,} lines): {t1-t0:.1f} s wall, "
      f"{lines/(t1-t0):,.0f} lines/s, peak RSS {rss:,.0f} MB, {sys.argv[7]} violations")
print(f"java-only: aicoder scan of the same Java part, all analyzers, no cache: {t3-t2:.1f} s wall, "
      f"{lines/(t3-t2):,.0f} lines/s")
PY
else
  echo "     pmd: PMD CLI or rule set not available; reference skipped"
fi
