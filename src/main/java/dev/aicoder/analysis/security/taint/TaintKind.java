package dev.aicoder.analysis.security.taint;

import dev.aicoder.analysis.Severity;

/**
 * What the SAST analyzers report, one CWE each: the taint kinds (untrusted data reaching a sink) first, then the
 * non-taint Java checks. {@code slug} is the last part of the rule id ({@code java.taint.sql-injection}).
 */
public enum TaintKind {
    SQL_INJECTION(89, "sql-injection", "SQL injection", Severity.CRITICAL, true,
            "Use a parameterised query (PreparedStatement / placeholders) instead of building SQL from input."),
    COMMAND_INJECTION(78, "command-injection", "OS command injection", Severity.CRITICAL, true,
            "Pass a fixed program and an argument array without a shell; never build a command line from input."),
    PATH_TRAVERSAL(22, "path-traversal", "Path traversal", Severity.HIGH, true,
            "Keep only the file name (basename) or resolve against a base folder and check the result stays inside."),
    XSS(79, "xss", "Cross-site scripting", Severity.HIGH, true,
            "Encode output for its HTML context (OWASP Encoder, ESAPI, html.escape, escape-html) or use an "
                    + "auto-escaping template."),
    LDAP_INJECTION(90, "ldap-injection", "LDAP injection", Severity.HIGH, true,
            "Escape input for LDAP filters (ESAPI encodeForLDAP) or validate it against an allow-list."),
    XPATH_INJECTION(643, "xpath-injection", "XPath injection", Severity.HIGH, true,
            "Use XPath variables (XPathVariableResolver) or validate the input against an allow-list."),
    TRUST_BOUNDARY(501, "trust-boundary", "Trust boundary violation", Severity.MEDIUM, true,
            "Validate input before storing it in the session, where other code will trust it."),
    OPEN_REDIRECT(601, "open-redirect", "Open redirect", Severity.MEDIUM, true,
            "Redirect only to relative paths or to targets from an allow-list."),
    SSRF(918, "ssrf", "Server-side request forgery", Severity.HIGH, true,
            "Do not fetch URLs taken from requests; map input to an allow-list of hosts."),
    DESERIALIZATION(502, "deserialization", "Deserialization of untrusted data", Severity.CRITICAL, true,
            "Never deserialize native objects (ObjectInputStream, pickle, node-serialize) from input; use JSON."),
    XXE(611, "xxe", "XML external entity", Severity.HIGH, true,
            "Disable DTDs and external entities on the parser (disallow-doctype-decl) before parsing input."),
    WEAK_HASH(328, "weak-hash", "Weak hash algorithm", Severity.MEDIUM, false,
            "Use SHA-256 or stronger; for passwords a slow KDF (bcrypt, scrypt, Argon2, PBKDF2)."),
    WEAK_CIPHER(327, "weak-cipher", "Weak cipher or mode", Severity.HIGH, false,
            "Use AES/GCM/NoPadding (or ChaCha20-Poly1305); never DES, 3DES, RC4 or ECB mode."),
    INSECURE_RANDOM(330, "insecure-random", "Insecure randomness for a security value", Severity.MEDIUM, false,
            "Use java.security.SecureRandom (secrets / crypto.randomBytes) for tokens, keys and identifiers."),
    COOKIE_NOT_SECURE(614, "cookie-not-secure", "Cookie without Secure flag", Severity.LOW, false,
            "Call setSecure(true) so the cookie is never sent over plain HTTP."),
    COOKIE_NOT_HTTPONLY(1004, "cookie-not-httponly", "Cookie without HttpOnly flag", Severity.LOW, false,
            "Call setHttpOnly(true) so scripts cannot read the cookie."),
    HARDCODED_CREDENTIALS(798, "hardcoded-credentials", "Hard-coded credentials", Severity.HIGH, false,
            "Read credentials from configuration or a secret store at run time.");

    private final int cwe;
    private final String slug;
    private final String title;
    private final Severity severity;
    private final boolean taint;
    private final String fix;

    TaintKind(int cwe, String slug, String title, Severity severity, boolean taint, String fix) {
        this.cwe = cwe;
        this.slug = slug;
        this.title = title;
        this.severity = severity;
        this.taint = taint;
        this.fix = fix;
    }

    public int cwe() {
        return cwe;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Severity severity() {
        return severity;
    }

    /** True for kinds found by following untrusted data; false for the pattern checks (crypto, cookies...). */
    public boolean taint() {
        return taint;
    }

    public String fix() {
        return fix;
    }
}
