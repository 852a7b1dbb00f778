package dev.aicoder.analysis.security.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aicoder.analysis.Severity;

/**
 * Secrets without a recognisable format: a value assigned to a name that says "password", "secret", "token" or
 * "api key", in code ({@code password = "..."}), config ({@code DB_PASSWORD=...}, {@code password: ...}), JSON, XML
 * and setter calls. Each candidate is scored by the name, the value's entropy and shape, and the file's context.
 */
final class GenericAssignments {

    static final String RULE_PASSWORD = "secrets/generic-password";
    static final String RULE_SECRET = "secrets/generic-secret";
    static final String RULE_BEARER = "secrets/authorization-header";

    private static final String WORD = "(?:passw(?:or)?d|pwd|passphrase|secret|token|api[_.\\-]?key|apikey|"
            + "access[_.\\-]?key|auth[_.\\-]?key|private[_.\\-]?key|signing[_.\\-]?key|encryption[_.\\-]?key|"
            + "master[_.\\-]?key|credentials?|client[_.\\-]?secret|bearer|(?<![A-Za-z])pass(?![A-Za-z]))";
    private static final Pattern ASSIGNMENT = Pattern.compile("(?i)(?<![A-Za-z0-9])([A-Za-z0-9_.\\-]*" + WORD
            + "[A-Za-z0-9_\\-]*)[\"'\\]]{0,2}\\s*(?::=|=>|\\|\\|=|\\?\\?=|==|=|:)\\s*(?:(?:\\[]byte\\()?[rbuf]?([\"'`])((?:(?!\\2).){3,200}"
            + "?)\\2|([^\\s\"'`,;#)}\\]][^\\s\"'`,;)}\\]]{2,199}))");
    private static final Pattern SETTER = Pattern.compile("(?i)(?<![A-Za-z0-9])((?:set|with)?[A-Za-z0-9_]*" + WORD
            + ")\\(\\s*([\"'])((?:(?!\\2).){3,200}?)\\2\\s*\\)");
    private static final Pattern XML = Pattern.compile("(?i)<([A-Za-z0-9_.:\\-]*" + WORD
            + "[A-Za-z0-9_.\\-]*)>([^<]{3,200})</\\1>");
    /** {@code define('DB_PASS', '...')}, {@code env('MAIL_PASSWORD', '...')}: a literal bound to a secret name. */
    private static final Pattern NAMED_CALL = Pattern.compile("(?i)\\b(?:define|env|getenv|environ\\.get|get|"
            + "getProperty|fetch|setdefault)\\(\\s*[\"']([A-Za-z0-9_.\\-]*" + WORD + "[A-Za-z0-9_.\\-]*)[\"']\\s*,\\s*"
            + "([\"'])((?:(?!\\2).){3,200}?)\\2");
    /** Hadoop-style configuration: {@code <name>...password</name><value>...</value>}. */
    private static final Pattern XML_PROPERTY = Pattern.compile("(?i)<name>\\s*([^<]*" + WORD
            + "[^<]*?)\\s*</name>\\s*<value>([^<]{3,200})</value>");
    private static final Pattern BEARER = Pattern.compile(
            "(?i)authorization[\"']?\\s*[:=,]\\s*[\"']?(?:bearer|basic|token)\\s+([A-Za-z0-9_\\-.=+/~]{16,400})");
    /** Name parts that make the value a setting about a secret rather than the secret itself. */
    private static final Set<String> NEGATIVE_TOKENS = Set.of("field", "label", "prompt", "placeholder", "hint",
            "length", "len", "policy", "regex", "pattern", "format", "type", "name", "url", "uri", "path", "file",
            "dir", "reset", "forgot", "expiry", "expires", "expiration", "timeout", "ttl", "count", "max", "min",
            "header", "param", "params", "endpoint", "enabled", "required", "valid", "validator", "validators",
            "encoder", "strength", "message", "msg", "error", "input", "column", "table", "mode", "class", "size",
            "route", "method", "env", "var", "id", "ids", "uuid", "storage", "provider", "store", "manager",
            "service", "factory", "generator", "helper", "encrypt", "decrypt", "hash", "hashed", "digest", "salt",
            "prefix", "suffix", "index", "position", "mask", "cache", "visible", "show", "kind", "char", "changed",
            "submit", "button", "text", "title", "existing", "ref", "arn", "location", "source", "version", "widget",
            "form", "schema", "rotation", "usage", "limit", "tokenizer", "tokens", "algorithm");
    private static final Pattern NAME_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern CODE_VALUE = Pattern.compile(
            "^(?:[A-Za-z_$][\\w$]*\\s*\\(.*|(?:this|self|os|process|System|config|settings|env|request|params|ctx|"
            + "context|props|options|args)\\b.*|[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+|.*\\)\\s*$)");
    /** An unquoted reference such as {@code google_secret.app[each.key].id} or {@code var.db_password}. */
    private static final Pattern REFERENCE = Pattern.compile("^[A-Za-z_][\\w\\-]*(?:\\.[A-Za-z_][\\w\\-]*|\\[.*)+.*$");
    private static final Pattern FILE_OR_URL = Pattern.compile(
            "^(?:[a-z][a-z0-9+.\\-]*://[^@\\s]*|\\.{0,2}/[^\\s]*|[A-Za-z]:\\\\.*|[\\w\\-./]+\\.(?:pem|key|crt|p12|jks"
            + "|json|ya?ml|txt|properties|env|cfg|conf|ini|xml|keystore|pfx|der|pub))$", Pattern.CASE_INSENSITIVE);
    /** A plain or capitalised word ("Passwort", "secret") is a label, not a password. */
    private static final Pattern WORD_VALUE = Pattern.compile("^[A-Z]?[a-z]{1,15}$");
    private static final Pattern IDENTIFIER_VALUE = Pattern.compile("^[a-z][a-z_\\-.]*$|^[A-Z][A-Z_]*$");

    private GenericAssignments() {
    }

    /** Lower-case words of which a line must contain one before the regexes run. */
    private static final String[] TRIGGERS = {"pass", "pwd", "secret", "token", "key", "credential", "bearer",
            "authorization"};

    static List<SecretHit> find(String line, String lowerLine, int lineNo, PathContext context) {
        if (!mentionsSecret(lowerLine)) {
            return List.of();
        }
        List<SecretHit> hits = new ArrayList<>();
        Matcher m = ASSIGNMENT.matcher(line);
        while (m.find()) {
            boolean quoted = m.group(3) != null;
            int group = quoted ? 3 : 4;
            candidate(m.group(1), m.group(group), quoted, line, m.start(group), lineNo, context, hits);
        }
        Matcher s = SETTER.matcher(line);
        while (s.find()) {
            candidate(s.group(1), s.group(3), true, line, s.start(3), lineNo, context, hits);
        }
        Matcher x = XML.matcher(line);
        while (x.find()) {
            candidate(x.group(1), x.group(2).strip(), true, line, x.start(2), lineNo, context, hits);
        }
        Matcher call = NAMED_CALL.matcher(line);
        while (call.find()) {
            candidate(call.group(1), call.group(3), true, line, call.start(3), lineNo, context, hits);
        }
        Matcher property = XML_PROPERTY.matcher(line);
        while (property.find()) {
            String name = property.group(1).substring(property.group(1).lastIndexOf('.') + 1);
            candidate(name, property.group(2).strip(), true, line, property.start(2), lineNo, context, hits);
        }
        Matcher b = BEARER.matcher(line);
        while (b.find()) {
            String value = b.group(1);
            if (!Placeholders.isPlaceholder(value) && Entropy.shannon(value) >= 3.5) {
                double score = adjust(0.75, context);
                hits.add(new SecretHit(RULE_BEARER, "Credential in an Authorization header", "HTTP", Severity.HIGH,
                        798, lineNo, b.start(1) + 1, b.end(1) + 1, value, score, null));
            }
        }
        return hits;
    }

    private static void candidate(String name, String value, boolean quoted, String line, int start, int lineNo,
            PathContext context, List<SecretHit> hits) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (value == null || negativeName(name)) {
            return;
        }
        value = value.strip();
        if (!quoted && (context.kind() != PathContext.Kind.CONFIG || context.quotedLiterals()
                || REFERENCE.matcher(value).matches())) {
            return; // an unquoted right-hand side in code is an expression, not a literal
        }
        if (Placeholders.isPlaceholder(value) || CODE_VALUE.matcher(value).matches()
                || FILE_OR_URL.matcher(value).matches() || value.chars().filter(c -> c == ' ').count() >= 2
                || value.matches("\\d{1,9}") || IDENTIFIER_VALUE.matcher(value).matches() && value.length() < 24
                || WORD_VALUE.matcher(value).matches()) {
            return;
        }
        boolean password = lowerName.contains("passw") || lowerName.contains("pwd")
                || lowerName.contains("passphrase") || lowerName.matches("(?:.*[^a-z])?pass(?:[^a-z].*)?");
        double entropy = Entropy.shannon(value);
        int classes = Entropy.characterClasses(value);
        double score;
        if (password) {
            if (value.length() < 6) {
                return;
            }
            score = 0.5 + Math.min(0.2, (entropy - 2.5) * 0.1) + (classes >= 3 ? 0.1 : 0);
        } else {
            if (value.length() < 12 || entropy < 3.2 || classes < 2) {
                return;
            }
            score = 0.45 + Math.min(0.3, (entropy - 3.0) * 0.2) + (value.length() >= 20 ? 0.1 : 0);
        }
        score = adjust(score, context);
        if (score < 0.5) {
            return;
        }
        int column = start + 1;
        hits.add(new SecretHit(password ? RULE_PASSWORD : RULE_SECRET,
                password ? "Hard-coded password" : "Hard-coded secret", "generic", password ? Severity.HIGH
                        : Severity.HIGH, 798, lineNo, column, column + value.length(), value, Math.min(score, 0.95),
                null));
    }

    private static boolean mentionsSecret(String lowerLine) {
        for (String t : TRIGGERS) {
            if (lowerLine.contains(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean negativeName(String name) {
        for (String token : NAME_SPLIT.split(name)) {
            if (NEGATIVE_TOKENS.contains(token.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Tests, examples and documentation lower the score; configuration files raise it. */
    static double adjust(double score, PathContext context) {
        double s = score;
        if (context.test()) {
            s -= 0.25;
        }
        if (context.example() || context.kind() == PathContext.Kind.DOCS) {
            s -= 0.2;
        }
        if (context.kind() == PathContext.Kind.CONFIG) {
            s += 0.1;
        }
        return s;
    }
}
