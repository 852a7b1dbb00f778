package dev.aicoder.analysis.security.taint.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.IfStmt;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.taint.TaintKind;
import dev.aicoder.analysis.security.taint.TaintRules;
import dev.aicoder.source.Language;

/**
 * The Java checks that need no data flow: weak hashes and ciphers (algorithm names folded as constants), insecure
 * randomness where the value is security-relevant (judged by the names around it), cookies sent without Secure or
 * HttpOnly, and credentials written into the code. Code under a constant-false condition is not reported.
 */
final class JavaPatternChecks {

    private static final Pattern WEAK_HASH = Pattern.compile("(?i)^(MD2|MD4|MD5|SHA|SHA-?1)$");
    private static final Pattern WEAK_CIPHER = Pattern.compile(
            "(?i)^(DES|DESede|TripleDES|RC2|RC4|ARCFOUR|Blowfish)(/.*)?$|/ECB/|^AES$");
    private static final Pattern SECURITY_NAME = Pattern.compile(
            "(?i)token|passw|secret|session|nonce|salt|otp|csrf|api_?key|auth|reset|remember|credential|cookie");
    private static final Pattern CREDENTIAL_NAME = Pattern.compile("(?i)^(.*_)?(password|passwd|pwd|secret|"
            + "api_?key|credentials?)$|^[a-z]+(Password|Passwd|Secret|ApiKey)$|^(password|secret)$");
    private static final Pattern DIGEST_UTILS = Pattern.compile("^(md2|md5|sha1|sha)(Hex)?$");

    private final JavaWorkspace ws;
    private final List<Finding> out = new ArrayList<>();

    JavaPatternChecks(JavaWorkspace ws) {
        this.ws = ws;
    }

    List<Finding> run() {
        for (JavaWorkspace.Unit u : ws.units()) {
            for (TypeDeclaration<?> t : u.cu().findAll(TypeDeclaration.class)) {
                if (t.getParentNode().filter(p -> p instanceof TypeDeclaration).isPresent()) {
                    continue; // nested types are visited through their outer type
                }
                check(t, u.file().path());
            }
        }
        return out;
    }

    private void check(TypeDeclaration<?> type, String path) {
        Map<String, Object> consts = ws.constants(type);
        for (MethodCallExpr m : type.findAll(MethodCallExpr.class)) {
            if (dead(m, consts)) {
                continue;
            }
            String name = m.getNameAsString();
            String scope = m.getScope().map(Node::toString).orElse("");
            if (name.equals("getInstance") && m.getArguments().size() >= 1) {
                Object alg = JavaConstants.eval(m.getArgument(0), Map.of(), consts);
                if (alg instanceof String a) {
                    if (scope.endsWith("MessageDigest") && WEAK_HASH.matcher(a).find()) {
                        add(TaintKind.WEAK_HASH, path, m, "MessageDigest \"" + a + "\"");
                    } else if ((scope.endsWith("Cipher") && WEAK_CIPHER.matcher(a).find())
                            || ((scope.endsWith("KeyGenerator") || scope.endsWith("SecretKeyFactory"))
                                    && a.toUpperCase(Locale.ROOT).startsWith("DES"))) {
                        add(TaintKind.WEAK_CIPHER, path, m, scope + " \"" + a + "\"");
                    }
                }
            } else if (scope.endsWith("DigestUtils") && DIGEST_UTILS.matcher(name).find()) {
                add(TaintKind.WEAK_HASH, path, m, "DigestUtils." + name);
            } else if ((scope.equals("Math") && name.equals("random"))
                    || (scope.endsWith("ThreadLocalRandom.current()")) || (scope.endsWith("RandomStringUtils")
                            && name.startsWith("random"))) {
                random(m, type, path);
            } else if (name.equals("getConnection") && scope.endsWith("DriverManager") && m.getArguments().size() == 3
                    && nonEmptyConstant(m.getArgument(2), consts)) {
                add(TaintKind.HARDCODED_CREDENTIALS, path, m, "database password passed as a constant");
            } else if (name.equals("setPassword") && m.getArguments().size() == 1
                    && nonEmptyConstant(m.getArgument(0), consts)) {
                add(TaintKind.HARDCODED_CREDENTIALS, path, m, "password set from a constant");
            } else if (name.equals("addCookie") && m.getArguments().size() == 1
                    && m.getArgument(0) instanceof NameExpr c) {
                cookie(c.getNameAsString(), m, path);
            }
        }
        for (ObjectCreationExpr o : type.findAll(ObjectCreationExpr.class)) {
            if (o.getType().getNameAsString().equals("Random") && !dead(o, consts)) {
                random(o, type, path);
            }
        }
        for (VariableDeclarator v : type.findAll(VariableDeclarator.class)) {
            if (CREDENTIAL_NAME.matcher(v.getNameAsString()).find() && v.getInitializer().isPresent()
                    && v.getInitializer().get() instanceof StringLiteralExpr s && credentialLike(s.asString())
                    && !dead(v, consts)) {
                add(TaintKind.HARDCODED_CREDENTIALS, path, v, "'" + v.getNameAsString() + "' holds a literal");
            }
        }
    }

    private static boolean credentialLike(String value) {
        return value.length() >= 4 && !value.contains(" ") && !value.startsWith("${")
                && !value.matches("(?i)[a-z]+(\\.[a-z]+)+|changeme|password|secret|<.*>|x+|\\*+");
    }

    private static boolean nonEmptyConstant(Expression e, Map<String, Object> consts) {
        return JavaConstants.eval(e, Map.of(), consts) instanceof String s && !s.isEmpty();
    }

    private void random(Node use, TypeDeclaration<?> type, String path) {
        StringBuilder context = new StringBuilder();
        Optional<MethodDeclaration> method = use.findAncestor(MethodDeclaration.class);
        Optional<FieldDeclaration> field = use.findAncestor(FieldDeclaration.class);
        if (method.isPresent()) {
            context.append(method.get().getNameAsString()).append(' ');
            method.get().findAll(VariableDeclarator.class).forEach(v -> context.append(v.getNameAsString()).append(' '));
            method.get().findAll(AssignExpr.class).forEach(a -> context.append(a.getTarget()).append(' '));
        } else if (field.isPresent()) {
            for (VariableDeclarator v : field.get().getVariables()) {
                for (MethodDeclaration m : type.getMethods()) {
                    if (m.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString()
                            .equals(v.getNameAsString()))) {
                        context.append(m.getNameAsString()).append(' ');
                    }
                }
            }
        }
        if (SECURITY_NAME.matcher(context).find()) {
            add(TaintKind.INSECURE_RANDOM, path, use, "java.util.Random / Math.random used for a security value");
        }
    }

    private void cookie(String var, MethodCallExpr send, String path) {
        Optional<MethodDeclaration> method = send.findAncestor(MethodDeclaration.class);
        if (method.isEmpty()) {
            return;
        }
        Node created = send;
        boolean secure = false;
        boolean httpOnly = false;
        for (VariableDeclarator v : method.get().findAll(VariableDeclarator.class)) {
            if (v.getNameAsString().equals(var) && v.getInitializer().filter(Expression::isObjectCreationExpr)
                    .isPresent()) {
                created = v;
            }
        }
        for (MethodCallExpr m : method.get().findAll(MethodCallExpr.class)) {
            boolean onVar = m.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(var))
                    .isPresent();
            boolean on = m.getArguments().size() == 1 && m.getArgument(0) instanceof BooleanLiteralExpr b
                    && b.getValue();
            if (onVar && on && m.getNameAsString().equals("setSecure")) {
                secure = true;
            }
            if (onVar && on && m.getNameAsString().equals("setHttpOnly")) {
                httpOnly = true;
            }
        }
        if (!secure) {
            add(TaintKind.COOKIE_NOT_SECURE, path, created, "cookie '" + var + "' is sent without setSecure(true)");
        }
        if (!httpOnly) {
            add(TaintKind.COOKIE_NOT_HTTPONLY, path, created, "cookie '" + var
                    + "' is sent without setHttpOnly(true)");
        }
    }

    /** Under an if whose condition folds to a constant that excludes this node. */
    private static boolean dead(Node n, Map<String, Object> consts) {
        Node child = n;
        for (Node p = n.getParentNode().orElse(null); p != null; child = p, p = p.getParentNode().orElse(null)) {
            if (p instanceof IfStmt i) {
                Boolean c = JavaConstants.condition(i.getCondition(), Map.of(), consts);
                if (c != null && ((child == i.getThenStmt() && !c)
                        || (i.getElseStmt().isPresent() && child == i.getElseStmt().get() && c))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void add(TaintKind kind, String path, Node at, String detail) {
        int line = at.getBegin().map(p -> p.line).orElse(0);
        String snippet = at.toString();
        snippet = snippet.length() > 160 ? snippet.substring(0, 160) : snippet;
        out.add(TaintRules.check("java", JavaTaintEngine.ANALYZER, Language.JAVA, kind, path, line, detail,
                snippet));
    }
}
