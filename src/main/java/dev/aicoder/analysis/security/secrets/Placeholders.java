package dev.aicoder.analysis.security.secrets;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Values that stand for a secret without being one: variables ({@code ${DB_PASSWORD}}, {@code %(pw)s},
 * {@code {{ token }}}), documentation markers ({@code <your-key>}, {@code xxxx}, {@code changeme}) and repeated or
 * sequential characters.
 */
public final class Placeholders {

    private static final Pattern TEMPLATE = Pattern.compile(
            "^(?:\\$\\{[^}]*}?|\\$\\([^)]*\\)?|\\$[A-Za-z_][A-Za-z0-9_]*|%\\([^)]*\\)s|%[A-Za-z_][A-Za-z0-9_]*%|"
                    + "\\{\\{.*}}|\\{%.*%}|#\\{[^}]*}|<%=?.*%>|<[^>]*>?|\\[[^\\]]*]|@[A-Za-z_.]+@|\\{[A-Za-z_][\\w.]*}|"
                    + "%s|%v|\\?|:[a-z_]+)$");
    private static final Pattern EMBEDDED_TEMPLATE = Pattern.compile("\\$\\{|\\{\\{|<%|#\\{|%\\(|\\$\\(|\\$[A-Z_]{3,}");
    private static final List<String> WORDS = List.of("changeme", "change_me", "change-me", "changeit", "replaceme",
            "replace_me", "replace-me", "placeholder", "example", "sample", "dummy", "fake", "your_", "your-",
            "yourpassword", "yoursecret", "yourtoken", "yourkey", "insert_", "insert-", "redacted", "notsecret",
            "not_a_secret", "not-a-secret", "xxxx", "****", "....", "----", "____", "<", ">", "secret_here",
            "key_here", "token_here", "foobar", "lorem", "test1234", "password123", "mypassword", "mysecret",
            "mytoken", "enter_", "enter-", "put_your", "secretkey", "secret_key", "secret-key", "passw0rd", "s3cr3t",
            "todo_", "fixme", "dontcare", "hunter2");
    private static final List<String> EXACT = List.of("password", "passwd", "pass", "pwd", "secret", "token",
            "test", "testing", "admin", "root", "user", "username", "default", "true", "false", "empty", "blank",
            "required", "optional", "string", "str", "value", "hidden", "private", "public", "key", "hunter", "qwerty",
            "letmein", "abc123", "foo", "bar", "baz", "guest", "demo", "local", "localhost", "postgres", "mysql",
            "sa", "secret123", "password1", "pass123", "none", "null", "nil", "undefined", "todo", "here", "mock",
            "apikey", "api_key", "api-key", "access_key", "access-key", "auth_token", "client_secret");
    /** Markers that make even a well-formed provider key a documentation sample. */
    private static final List<String> FAKE_MARKERS = List.of("example", "sample", "dummy", "fake", "xxxx",
            "placeholder", "your", "redacted", "changeme", "0000000", "1234567890", "abcdefghij");

    private Placeholders() {
    }

    /** Whether the value is a variable, template, marker or trivially guessable filler rather than a secret. */
    public static boolean isPlaceholder(String value) {
        String v = value.strip();
        if (v.length() < 3) {
            return true;
        }
        if (TEMPLATE.matcher(v).matches() || EMBEDDED_TEMPLATE.matcher(v).find()) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (EXACT.contains(lower)) {
            return true;
        }
        for (String w : WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return repeated(lower) || sequential(lower);
    }

    /**
     * For provider formats, whose prefix and length already say "this is a key": only explicit sample markers and
     * filler bodies ({@code AKIAXXXXXXXXXXXXXXXX}) count, checked on the value after its first four characters.
     */
    public static boolean looksFake(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String m : FAKE_MARKERS) {
            if (lower.contains(m)) {
                return true;
            }
        }
        String body = lower.length() > 8 ? lower.substring(4) : lower;
        return repeated(body) || sequential(body);
    }

    /** Mostly one character: {@code aaaaaaa}, {@code 0000-0000}. */
    static boolean repeated(String v) {
        int[] counts = new int[128];
        int max = 0;
        int ascii = 0;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch < 128) {
                ascii++;
                max = Math.max(max, ++counts[ch]);
            }
        }
        return ascii > 0 && max >= 0.6 * v.length();
    }

    /** An ascending run like {@code 123456789} or {@code abcdefgh} covering most of the value. */
    static boolean sequential(String v) {
        int run = 1;
        int best = 1;
        for (int i = 1; i < v.length(); i++) {
            run = v.charAt(i) == v.charAt(i - 1) + 1 ? run + 1 : 1;
            best = Math.max(best, run);
        }
        return best >= 6 && best >= 0.6 * v.length();
    }
}
