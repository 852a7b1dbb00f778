package dev.aicoder.analysis.security.taint.script;

import static dev.aicoder.analysis.security.taint.TaintKind.COMMAND_INJECTION;
import static dev.aicoder.analysis.security.taint.TaintKind.DESERIALIZATION;
import static dev.aicoder.analysis.security.taint.TaintKind.LDAP_INJECTION;
import static dev.aicoder.analysis.security.taint.TaintKind.OPEN_REDIRECT;
import static dev.aicoder.analysis.security.taint.TaintKind.PATH_TRAVERSAL;
import static dev.aicoder.analysis.security.taint.TaintKind.SQL_INJECTION;
import static dev.aicoder.analysis.security.taint.TaintKind.SSRF;
import static dev.aicoder.analysis.security.taint.TaintKind.XPATH_INJECTION;
import static dev.aicoder.analysis.security.taint.TaintKind.XSS;
import static dev.aicoder.analysis.security.taint.TaintKind.XXE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.aicoder.analysis.security.taint.TaintKind;

/**
 * Sources, sinks, sanitizers and validators of one scripting language, matched on the dotted path of an
 * expression ({@code request.args.get}, {@code child_process.exec}, {@code res.send}).
 */
record ScriptSpec(String prefix, Pattern sources, List<Sink> sinks, List<Sanitizer> sanitizers,
        Pattern routeDecorator, Pattern session, Pattern htmlBody, Set<String> notSourceParams) {

    /** A call whose path matches; {@code args} empty = all; {@code requires}/{@code unless} look at the call text. */
    record Sink(TaintKind kind, Pattern callee, List<Integer> args, Pattern requires, Pattern unless) {
        boolean checks(int i) {
            return args.isEmpty() || args.contains(i);
        }
    }

    record Sanitizer(Pattern callee, Set<TaintKind> kinds) {
    }

    static final Set<TaintKind> ALL = EnumSet.allOf(TaintKind.class);

    static final ScriptSpec PYTHON = new ScriptSpec("python",
            p("^(request|req)\\.(args|form|values|cookies|headers|data|json|get_json|files|GET|POST|COOKIES|META"
                    + "|body|query_params|path_params|stream|get_data|view_args)\\b"),
            List.of(sink(SQL_INJECTION, "(^|\\.)(execute|executemany|executescript|raw|read_sql)$", 0),
                    sink(COMMAND_INJECTION, "^os\\.(system|popen|exec\\w*|spawn\\w*)$|^commands\\.getoutput$"
                            + "|^subprocess\\.(getoutput|getstatusoutput)$", -1),
                    new Sink(COMMAND_INJECTION, p("^subprocess\\.(call|run|Popen|check_output|check_call)$"),
                            List.of(0), p("shell\\s*=\\s*True"), null),
                    sink(PATH_TRAVERSAL, "^(open|io\\.open|send_file|FileResponse|os\\.(remove|unlink|rmdir|listdir"
                            + "|makedirs)|shutil\\.\\w+)$", 0),
                    sink(XSS, "^(make_response|Response|HttpResponse|render_template_string|Markup|mark_safe"
                            + "|HTMLResponse|Template)$", 0),
                    sink(LDAP_INJECTION, "\\.(search|search_s|search_st|search_ext|search_ext_s)$", -1),
                    sink(XPATH_INJECTION, "(\\.xpath|^etree\\.XPath|^XPath)$", 0),
                    sink(OPEN_REDIRECT, "^(redirect|flask\\.redirect|HttpResponseRedirect|RedirectResponse)$", 0),
                    sink(SSRF, "^(requests|httpx|client|http_client|http)\\.(get|post|put|delete|head|patch)$"
                            + "|(^|\\.)urlopen$", 0),
                    sink(SSRF, "^(requests|httpx)\\.request$", 1),
                    sink(DESERIALIZATION, "^(pickle|cPickle|_pickle|dill|marshal)\\.loads?$|^jsonpickle\\.decode$"
                            + "|^yaml\\.unsafe_load$", 0),
                    new Sink(DESERIALIZATION, p("^yaml\\.load$"), List.of(0), null, p("SafeLoader")),
                    new Sink(XXE, p("^(etree|lxml\\.etree)\\.(fromstring|parse|XML)$"), List.of(0),
                            p("resolve_entities\\s*=\\s*True"), p("resolve_entities\\s*=\\s*False"))),
            List.of(san("^(int|float|bool|len|uuid\\.UUID|UUID)$", ALL),
                    san("^(html\\.escape|escape|markupsafe\\.escape|bleach\\.clean|cgi\\.escape|escape_html)$",
                            Set.of(XSS)),
                    san("^(shlex|pipes)\\.quote$", Set.of(COMMAND_INJECTION)),
                    san("^(os\\.path\\.basename|secure_filename|werkzeug\\.utils\\.secure_filename)$",
                            Set.of(PATH_TRAVERSAL)),
                    san("(escape_filter_chars|escape_dn_chars)$", Set.of(LDAP_INJECTION)),
                    san("^(urllib\\.parse\\.|parse\\.)?(quote|quote_plus|urlencode)$", Set.of(XSS, OPEN_REDIRECT,
                            SSRF))),
            p("\\.(route|get|post|put|delete|patch)\\("), p("^(session|request\\.session|flask\\.session)$"),
            p("<|%s|\\{"), Set.of("self", "request", "req", "db", "session", "cls"));

    static final ScriptSpec JAVASCRIPT = new ScriptSpec("javascript",
            p("^(req|request)\\.(query|params|body|headers|cookies|signedCookies|get|header|param"
                    + "|url|originalUrl|path|files|file)\\b"
                    + "|^ctx\\.(query|params|querystring|headers|cookies|get|path|url"
                    + "|request\\.(body|query|querystring|headers|files))\\b"),
            List.of(sink(SQL_INJECTION, "(^|\\.)(db|conn|connection|pool|client|sequelize|knex|mysql|database|sql"
                    + "|pg|sqlite)\\.(query|execute|raw|run|all|get|exec)$", 0),
                    sink(COMMAND_INJECTION, "^(exec|execSync|spawn|spawnSync|execFile|execFileSync)$"
                            + "|^(child_process|cp|childProcess|proc)\\.(exec|execSync|spawn|spawnSync|execFile"
                            + "|execFileSync)$", 0),
                    sink(PATH_TRAVERSAL, "^(fs|fsp|fs\\.promises|fse)\\.(readFile|readFileSync|writeFile|writeFileSync"
                            + "|createReadStream|createWriteStream|unlink|unlinkSync|readdir|readdirSync|appendFile"
                            + "|open|openSync|rm|rmSync)$|^(res|response)\\.(sendFile|download)$", 0),
                    sink(XSS, "^(res|response)\\.(send|write|end)$", 0),
                    sink(XSS, "^(ejs|pug|jade|nunjucks|Handlebars|handlebars|_|mustache|Mustache)\\."
                            + "(render|compile|renderString|template)$", 0),
                    sink(LDAP_INJECTION, "(^|\\.)(client|ldap|ldapClient|ad)\\.search$", -1),
                    sink(XPATH_INJECTION, "^(xpath|xpath\\.default)\\.(select|select1|evaluate|parse)$"
                            + "|^document\\.evaluate$", 0),
                    sink(OPEN_REDIRECT, "^(res|ctx|response)\\.redirect$", -1),
                    sink(SSRF, "^(axios|got|superagent|needle|request|fetch)(\\.(get|post|put|delete|head|request"
                            + "|patch))?$|^(http|https)\\.(get|request)$", 0),
                    sink(DESERIALIZATION, "^(serialize|nodeSerialize|serializer)\\.unserialize$|^unserialize$"
                            + "|^funcster\\.deepDeserialize$", 0),
                    new Sink(XXE, p("(^|\\.)parseXml(String)?$"), List.of(0), p("noent\\s*:\\s*true"), null)),
            List.of(san("^(parseInt|parseFloat|Number|Boolean|Math\\.\\w+|Number\\.parseInt)$", ALL),
                    san("^(escapeHtml|escape|he\\.encode|he\\.escape|validator\\.escape|DOMPurify\\.sanitize|xss"
                            + "|sanitizeHtml|encodeHTML|_\\.escape|htmlEscape)$", Set.of(XSS)),
                    san("^(encodeURIComponent|encodeURI|querystring\\.escape)$", Set.of(XSS, OPEN_REDIRECT, SSRF)),
                    san("^path\\.basename$", Set.of(PATH_TRAVERSAL)),
                    san("^(shellescape|shellEscape|quote|shellQuote\\.quote|shq)$", Set.of(COMMAND_INJECTION)),
                    san("(^|\\.)(mysql|connection|db|pool|SqlString|sqlstring)\\.escape$", Set.of(SQL_INJECTION))),
            null, p("^(req|ctx|request)\\.session\\b"), p("<"), Set.of());

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    private static Sink sink(TaintKind kind, String callee, int... args) {
        return new Sink(kind, p(callee), args.length == 1 && args[0] < 0 ? List.of()
                : java.util.Arrays.stream(args).boxed().toList(), null, null);
    }

    private static Sanitizer san(String callee, Set<TaintKind> kinds) {
        return new Sanitizer(p(callee), kinds);
    }
}
