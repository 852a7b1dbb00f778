package dev.aicoder.analysis.security.taint.java;

import static dev.aicoder.analysis.security.taint.TaintKind.COMMAND_INJECTION;
import static dev.aicoder.analysis.security.taint.TaintKind.DESERIALIZATION;
import static dev.aicoder.analysis.security.taint.TaintKind.LDAP_INJECTION;
import static dev.aicoder.analysis.security.taint.TaintKind.OPEN_REDIRECT;
import static dev.aicoder.analysis.security.taint.TaintKind.PATH_TRAVERSAL;
import static dev.aicoder.analysis.security.taint.TaintKind.SQL_INJECTION;
import static dev.aicoder.analysis.security.taint.TaintKind.SSRF;
import static dev.aicoder.analysis.security.taint.TaintKind.TRUST_BOUNDARY;
import static dev.aicoder.analysis.security.taint.TaintKind.XPATH_INJECTION;
import static dev.aicoder.analysis.security.taint.TaintKind.XSS;
import static dev.aicoder.analysis.security.taint.TaintKind.XXE;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.aicoder.analysis.security.taint.TaintKind;

/** Java sources, sinks and sanitizers: servlet API, Spring, JAX-RS, JDBC, JNDI, JAXP, OWASP encoders. */
final class JavaSpecs {

    /** A call (or constructor, {@code ctor}) whose arguments at {@code args} (all when empty) must not be tainted. */
    record Sink(TaintKind kind, String name, Pattern receiver, List<Integer> args, boolean ctor) {
        boolean checks(int index) {
            return args.isEmpty() || args.contains(index);
        }
    }

    private static final Pattern REQUEST = Pattern.compile("(?i)req|ServletRequest|wrapper");
    private static final Pattern STATEMENT = Pattern.compile("(?i)statement|stmt|\\bst\\b|\\bs\\b|\\bps\\b");
    private static final Pattern JDBC_TEMPLATE = Pattern.compile("(?i)jdbc|template");
    private static final Pattern WRITER = Pattern.compile(
            "(?i)getWriter\\(\\)|getOutputStream\\(\\)|PrintWriter|JspWriter|ServletOutputStream|(?<!System\\.)\\bout\\b|writer");
    private static final Pattern SESSION = Pattern.compile("(?i)session");
    private static final Pattern LDAP = Pattern.compile("(?i)ctx|context|ldap");
    private static final Pattern XPATH = Pattern.compile("(?i)xpath|xp\\b");
    private static final Pattern FILES = Pattern.compile("(^|\\.)Files$");
    private static final Pattern XML_PARSER = Pattern.compile("(?i)builder|parser|reader|DocumentBuilder");

    static final Set<String> SOURCE_METHODS = Set.of("getParameter", "getParameterValues", "getParameterMap",
            "getParameterNames", "getHeader", "getHeaders", "getHeaderNames", "getCookies", "getQueryString",
            "getInputStream", "getReader", "getPathInfo", "getRequestURI", "getRequestURL", "getPart", "getParts",
            "getServletPath");

    static final Set<String> SOURCE_ANNOTATIONS = Set.of("RequestParam", "PathVariable", "RequestBody",
            "RequestHeader", "CookieValue", "ModelAttribute", "QueryParam", "PathParam", "FormParam", "HeaderParam",
            "CookieParam", "MatrixParam", "BeanParam");

    static final List<Sink> SINKS = List.of(
            call(SQL_INJECTION, "executeQuery", STATEMENT, 0), call(SQL_INJECTION, "executeUpdate", STATEMENT, 0),
            call(SQL_INJECTION, "execute", STATEMENT, 0), call(SQL_INJECTION, "executeLargeUpdate", STATEMENT, 0),
            call(SQL_INJECTION, "addBatch", STATEMENT, 0), call(SQL_INJECTION, "prepareStatement", null, 0),
            call(SQL_INJECTION, "prepareCall", null, 0), call(SQL_INJECTION, "createNativeQuery", null, 0),
            call(SQL_INJECTION, "createQuery", null, 0), call(SQL_INJECTION, "query", JDBC_TEMPLATE, 0),
            call(SQL_INJECTION, "queryForObject", JDBC_TEMPLATE, 0), call(SQL_INJECTION, "queryForList",
                    JDBC_TEMPLATE, 0),
            call(SQL_INJECTION, "queryForMap", JDBC_TEMPLATE, 0), call(SQL_INJECTION, "update", JDBC_TEMPLATE, 0),
            call(SQL_INJECTION, "execute", JDBC_TEMPLATE, 0), call(SQL_INJECTION, "batchUpdate", JDBC_TEMPLATE, 0),
            call(COMMAND_INJECTION, "exec", Pattern.compile("(?i)runtime|\\brt\\b"), -1),
            ctor(COMMAND_INJECTION, "ProcessBuilder", -1),
            call(COMMAND_INJECTION, "command", Pattern.compile("(?i)ProcessBuilder|\\bpb\\b|builder"), -1),
            ctor(PATH_TRAVERSAL, "File", -1), ctor(PATH_TRAVERSAL, "FileInputStream", 0),
            ctor(PATH_TRAVERSAL, "FileOutputStream", 0), ctor(PATH_TRAVERSAL, "FileReader", 0),
            ctor(PATH_TRAVERSAL, "FileWriter", 0), ctor(PATH_TRAVERSAL, "RandomAccessFile", 0),
            call(PATH_TRAVERSAL, "get", Pattern.compile("(^|\\.)Paths$"), -1),
            call(PATH_TRAVERSAL, "of", Pattern.compile("(^|\\.)Path$"), -1),
            call(PATH_TRAVERSAL, "readAllBytes", FILES, 0),
            call(PATH_TRAVERSAL, "readString", FILES, 0),
            call(PATH_TRAVERSAL, "readAllLines", FILES, 0),
            call(PATH_TRAVERSAL, "newInputStream", FILES, 0),
            call(PATH_TRAVERSAL, "write", FILES, 0),
            call(PATH_TRAVERSAL, "delete", FILES, 0),
            call(XSS, "print", WRITER, -1), call(XSS, "println", WRITER, -1), call(XSS, "write", WRITER, -1),
            call(XSS, "format", WRITER, -1), call(XSS, "printf", WRITER, -1), call(XSS, "append", WRITER, -1),
            call(LDAP_INJECTION, "search", LDAP, 0, 1),
            call(XPATH_INJECTION, "evaluate", XPATH, 0), call(XPATH_INJECTION, "compile", XPATH, 0),
            call(TRUST_BOUNDARY, "setAttribute", SESSION, 0, 1), call(TRUST_BOUNDARY, "putValue", SESSION, 0, 1),
            call(OPEN_REDIRECT, "sendRedirect", null, 0), ctor(OPEN_REDIRECT, "RedirectView", 0),
            ctor(OPEN_REDIRECT, "ModelAndView", 0),
            ctor(SSRF, "URL", 0), ctor(SSRF, "URI", 0), call(SSRF, "create", Pattern.compile("(^|\\.)URI$"), 0),
            call(SSRF, "getForObject", null, 0), call(SSRF, "getForEntity", null, 0),
            call(SSRF, "postForObject", null, 0), call(SSRF, "exchange", JDBC_TEMPLATE, 0),
            call(SSRF, "newBuilder", Pattern.compile("HttpRequest"), 0),
            ctor(DESERIALIZATION, "ObjectInputStream", 0), ctor(DESERIALIZATION, "XMLDecoder", 0),
            call(DESERIALIZATION, "fromXML", null, 0), call(DESERIALIZATION, "deserialize",
                    Pattern.compile("SerializationUtils"), 0),
            call(XXE, "parse", XML_PARSER, 0), call(XXE, "createXMLStreamReader", null, 0));

    /** Encoders and validators: method name → kinds it makes safe ({@link #ALL} for conversions to numbers). */
    static final Set<TaintKind> ALL = EnumSet.allOf(TaintKind.class);
    static final Map<String, Set<TaintKind>> SANITIZERS = Map.ofEntries(
            Map.entry("parseInt", ALL), Map.entry("parseLong", ALL), Map.entry("parseDouble", ALL),
            Map.entry("parseFloat", ALL), Map.entry("parseBoolean", ALL), Map.entry("parseShort", ALL),
            Map.entry("fromString", ALL), Map.entry("hashCode", ALL), Map.entry("length", ALL),
            Map.entry("size", ALL), Map.entry("isEmpty", ALL), Map.entry("equals", ALL),
            Map.entry("equalsIgnoreCase", ALL), Map.entry("contains", ALL), Map.entry("containsKey", ALL),
            Map.entry("startsWith", ALL), Map.entry("endsWith", ALL), Map.entry("matches", ALL),
            Map.entry("indexOf", ALL), Map.entry("compareTo", ALL), Map.entry("getClass", ALL),
            Map.entry("encodeForHTML", Set.of(XSS)), Map.entry("encodeForHTMLAttribute", Set.of(XSS)),
            Map.entry("encodeForJavaScript", Set.of(XSS)), Map.entry("encodeForCSS", Set.of(XSS)),
            Map.entry("encodeForURL", Set.of(XSS, OPEN_REDIRECT)), Map.entry("encodeForSQL", Set.of(SQL_INJECTION)),
            Map.entry("encodeForLDAP", Set.of(LDAP_INJECTION)), Map.entry("encodeForDN", Set.of(LDAP_INJECTION)),
            Map.entry("encodeForXPath", Set.of(XPATH_INJECTION)), Map.entry("encodeForOS", Set.of(COMMAND_INJECTION)),
            Map.entry("forHtml", Set.of(XSS)), Map.entry("forHtmlContent", Set.of(XSS)),
            Map.entry("forHtmlAttribute", Set.of(XSS)), Map.entry("forJavaScript", Set.of(XSS)),
            Map.entry("forUriComponent", Set.of(XSS, OPEN_REDIRECT, SSRF)), Map.entry("escapeHtml4", Set.of(XSS)),
            Map.entry("escapeHtml", Set.of(XSS)), Map.entry("htmlEscape", Set.of(XSS)),
            Map.entry("escapeXml", Set.of(XSS)), Map.entry("encode", Set.of(XSS, OPEN_REDIRECT, SSRF)),
            Map.entry("getName", Set.of(PATH_TRAVERSAL)), Map.entry("getFileName", Set.of(PATH_TRAVERSAL)),
            Map.entry("normalizeFileName", Set.of(PATH_TRAVERSAL)));

    /** Calls that return something derived from their receiver only (not their arguments). */
    static final Set<String> RECEIVER_ONLY = Set.of("get", "getFirst", "getLast", "remove", "poll", "peek", "pop",
            "iterator", "next", "toArray", "stream", "values", "keySet", "entrySet", "getValue", "getKey",
            "elementAt", "firstElement", "lastElement", "nextElement", "orElse");

    /** Calls that put their arguments into their receiver (a builder or collection). */
    static final Set<String> APPENDERS = Set.of("append", "add", "addAll", "push", "offer", "addElement", "insert",
            "addFirst", "addLast", "set", "setLength", "putAll");

    private JavaSpecs() {
    }

    private static Sink call(TaintKind kind, String name, Pattern receiver, int... args) {
        return new Sink(kind, name, receiver, indexes(args), false);
    }

    private static Sink ctor(TaintKind kind, String type, int... args) {
        return new Sink(kind, type, null, indexes(args), true);
    }

    private static List<Integer> indexes(int[] args) {
        return args.length == 1 && args[0] < 0 ? List.of() : java.util.Arrays.stream(args).boxed().toList();
    }

    static boolean requestReceiver(String descriptor) {
        return descriptor.isEmpty() || REQUEST.matcher(descriptor).find();
    }
}
