package dev.aicoder.analysis.security.taint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.taint.java.JavaTaintAnalyzer;
import dev.aicoder.analysis.syntax.MapWorkspace;
import dev.aicoder.analysis.syntax.SimpleContext;
import dev.aicoder.source.Language;

class JavaTaintAnalyzerTest {

    private static final String CONTROLLER = """
            package shop.web;

            import javax.servlet.http.*;
            import shop.service.UserService;

            public class UserController extends HttpServlet {
                private final UserService users = new UserService();

                protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
                    String name = request.getParameter("name");
                    String label = "user:" + name;
                    users.lookup(label);
                }
            }
            """;
    private static final String SERVICE = """
            package shop.service;

            import shop.data.Factory;

            public class UserService {
                private final Factory factory = new Factory();

                public void lookup(String who) throws Exception {
                    String trimmed = who.trim();
                    factory.repository().find(trimmed);
                }
            }
            """;
    private static final String FACTORY = """
            package shop.data;

            public class Factory {
                public UserRepository repository() {
                    return new UserRepository();
                }
            }
            """;
    private static final String REPOSITORY = """
            package shop.data;

            import java.sql.*;

            public class UserRepository {
                private Connection conn;

                public void find(String q) throws Exception {
                    Statement st = conn.createStatement();
                    st.executeQuery("SELECT * FROM users WHERE name = '" + q + "'");
                }
            }
            """;

    static List<Finding> analyze(MapWorkspace ws) throws Exception {
        try (SimpleContext ctx = new SimpleContext()) {
            return new JavaTaintAnalyzer().analyze(ws, ctx);
        }
    }

    @Test
    void followsRequestDataAcrossThreeClassesAndPrintsTheTrace() throws Exception {
        MapWorkspace ws = new MapWorkspace()
                .add("src/shop/web/UserController.java", Language.JAVA, CONTROLLER)
                .add("src/shop/service/UserService.java", Language.JAVA, SERVICE)
                .add("src/shop/data/Factory.java", Language.JAVA, FACTORY)
                .add("src/shop/data/UserRepository.java", Language.JAVA, REPOSITORY);
        List<Finding> findings = analyze(ws);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("java.taint.sql-injection");
            assertThat(f.cwe()).containsExactly(89);
            assertThat(f.category()).isEqualTo(Category.SECURITY);
            assertThat(f.path()).isEqualTo("src/shop/data/UserRepository.java");
            assertThat(f.startLine()).isEqualTo(10);
            assertThat(f.analyzer()).isEqualTo("taint-java");
            String trace = f.properties().get(TaintRules.TRACE);
            assertThat(trace).startsWith("src/shop/web/UserController.java:10 request.getParameter(\"name\")")
                    .contains("src/shop/web/UserController.java:12 passed to lookup()")
                    .contains("src/shop/service/UserService.java:10 passed to find()")
                    .endsWith("10 st.executeQuery(...)");
            assertThat(f.message()).contains("line 10 of src/shop/web/UserController.java").contains("Trace:");
        });
    }

    @Test
    void constantFalseBranchesSanitizersAndAllowListsGiveNoFinding() throws Exception {
        String code = """
                import java.util.Set;
                import javax.servlet.http.*;
                import org.owasp.encoder.Encode;

                public class Pages extends HttpServlet {
                    private static final boolean DEBUG = false;
                    private static final Set<String> VIEWS = Set.of("home", "about");

                    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
                        String p = request.getParameter("p");
                        if (DEBUG && p.length() > 0) {
                            Runtime.getRuntime().exec(p);
                        }
                        response.getWriter().println(Encode.forHtml(p));
                        if (VIEWS.contains(p)) {
                            response.sendRedirect("/" + p);
                        }
                        String cmd = switch (p) {
                            case "a" -> "ls";
                            default -> "pwd";
                        };
                        Runtime.getRuntime().exec(cmd);
                    }
                }
                """;
        assertThat(analyze(new MapWorkspace().add("Pages.java", Language.JAVA, code))).isEmpty();
    }

    @Test
    void anEncoderOnlyNeutralisesItsOwnKindAndMapKeysAreKeptApart() throws Exception {
        String code = """
                import java.util.*;
                import javax.servlet.http.*;
                import org.owasp.esapi.ESAPI;

                public class Mixed extends HttpServlet {
                    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
                        String html = ESAPI.encoder().encodeForHTML(request.getParameter("q"));
                        java.sql.Statement st = null;
                        st.execute("DELETE FROM t WHERE c = '" + html + "'");
                        Map<String, String> m = new HashMap<>();
                        m.put("path", request.getParameter("file"));
                        m.put("fixed", "report.txt");
                        new java.io.File(m.get("fixed"));
                        new java.io.File(m.get("path"));
                    }
                }
                """;
        List<Finding> findings = analyze(new MapWorkspace().add("Mixed.java", Language.JAVA, code));
        assertThat(findings).extracting(Finding::ruleId, Finding::startLine).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("java.taint.sql-injection", 9),
                org.assertj.core.groups.Tuple.tuple("java.taint.path-traversal", 14));
    }

    @Test
    void patternChecksReportWeakCryptoCookiesAndPasswords() throws Exception {
        String code = """
                import java.security.MessageDigest;
                import javax.crypto.Cipher;
                import javax.servlet.http.*;

                public class Crypto {
                    private static final String DB_PASSWORD = "Pr0d-Passw0rd!";

                    void run(HttpServletResponse response) throws Exception {
                        MessageDigest.getInstance("MD5");
                        Cipher.getInstance("AES/ECB/PKCS5Padding");
                        Cipher.getInstance("AES/GCM/NoPadding");
                        Cookie c = new Cookie("sid", "x");
                        c.setSecure(true);
                        response.addCookie(c);
                    }
                }
                """;
        assertThat(analyze(new MapWorkspace().add("Crypto.java", Language.JAVA, code)))
                .extracting(Finding::ruleId, Finding::startLine).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("java.sast.hardcoded-credentials", 6),
                        org.assertj.core.groups.Tuple.tuple("java.sast.weak-hash", 9),
                        org.assertj.core.groups.Tuple.tuple("java.sast.weak-cipher", 10),
                        org.assertj.core.groups.Tuple.tuple("java.sast.cookie-not-httponly", 12));
    }
}
