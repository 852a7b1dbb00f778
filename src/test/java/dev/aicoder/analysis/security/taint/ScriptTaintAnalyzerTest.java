package dev.aicoder.analysis.security.taint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.taint.script.ScriptTaintAnalyzer;
import dev.aicoder.analysis.syntax.SimpleContext;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;

class ScriptTaintAnalyzerTest {

    static List<Finding> analyze(ScriptTaintAnalyzer a, String path, Language language, String code)
            throws Exception {
        SourceFile file = new SourceFile(path, language, code.length(), "x");
        try (SimpleContext ctx = new SimpleContext()) {
            assertThat(a.supports(file)).isTrue();
            return a.analyze(file, code, ctx);
        }
    }

    @Test
    void flaskRequestThroughAHelperIntoASqlQueryWithItsTrace() throws Exception {
        String code = """
                from flask import Flask, request
                app = Flask(__name__)

                def build(term):
                    return "SELECT * FROM t WHERE name = '%s'" % term

                @app.route("/search")
                def search():
                    term = request.args.get("q", "")
                    sql = build(term.strip())
                    db.cursor().execute(sql)
                    db.cursor().execute("SELECT * FROM t WHERE name = ?", (term,))
                    return "ok"
                """;
        List<Finding> findings = analyze(ScriptTaintAnalyzer.python(), "app.py", Language.PYTHON, code);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("python.taint.sql-injection");
            assertThat(f.cwe()).containsExactly(89);
            assertThat(f.startLine()).isEqualTo(11);
            assertThat(f.properties().get(TaintRules.TRACE)).startsWith("9 request.args.get")
                    .contains("10 passed to build()").endsWith("11 db.cursor().execute(...)");
        });
    }

    @Test
    void fastApiParametersAndDjangoRequestsAreSources() throws Exception {
        String code = """
                import os, subprocess
                from fastapi import FastAPI, Depends
                api = FastAPI()

                @api.get("/run")
                def run(cmd: str, db=Depends(get_db)):
                    subprocess.run(cmd, shell=True)
                    subprocess.run(["ls", cmd])
                    os.system("echo " + str(db))

                def view(request):
                    open("/srv/" + request.GET["f"]).read()
                """;
        assertThat(analyze(ScriptTaintAnalyzer.python(), "api.py", Language.PYTHON, code))
                .extracting(Finding::ruleId, Finding::startLine).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("python.taint.command-injection", 7),
                        org.assertj.core.groups.Tuple.tuple("python.taint.path-traversal", 12));
    }

    @Test
    void expressAndTypeScriptFlowsButNotDeadBranchesOrSanitizedValues() throws Exception {
        String code = """
                const { exec } = require('child_process');
                const DEBUG = false;
                app.get('/x', (req: any, res: any) => {
                  const { dir } = req.query;
                  const opts = { cwd: '/tmp', arg: dir };
                  exec(`ls ${opts.arg}`, () => res.end());
                  exec('ls ' + opts.cwd, () => res.end());
                  if (DEBUG) { res.redirect(dir); }
                  res.send('<b>' + escapeHtml(dir) + '</b>');
                  res.send('<b>' + dir + '</b>');
                });
                """;
        assertThat(analyze(ScriptTaintAnalyzer.javascript(), "server.ts", Language.TYPESCRIPT, code))
                .extracting(Finding::ruleId, Finding::startLine).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("javascript.taint.command-injection", 6),
                        org.assertj.core.groups.Tuple.tuple("javascript.taint.xss", 10));
    }
}
