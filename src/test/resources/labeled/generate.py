#!/usr/bin/env python3
"""Writes the labeled SAST corpus (hand-written templates x flows). Each file's first line says
`sast: vulnerable cwe=N` or `sast: safe cwe=N`. Run from this folder: python3 generate.py"""
import os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- Java
JAVA_HEAD = """import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import javax.naming.directory.*;
import javax.servlet.http.*;
import javax.xml.parsers.*;
import javax.xml.xpath.*;
import org.owasp.esapi.ESAPI;
import org.owasp.encoder.Encode;
import org.xml.sax.InputSource;
"""

# sink code per CWE using variable `bar`; (sink, sanitizer expression applied to bar for the "sanitized" safe case)
JAVA_SINKS = {
    89: ('Connection conn = DriverManager.getConnection("jdbc:h2:mem:app");\n        Statement st = conn.createStatement();\n        st.executeQuery("SELECT * FROM users WHERE name = \'" + bar + "\'");',
         'PREPARED'),
    78: ('Runtime.getRuntime().exec("sh -c echo " + bar);', 'ESAPI.encoder().encodeForOS(null, bar)'),
    22: ('File f = new File("/var/data/" + bar);\n        f.delete();', 'org.apache.commons.io.FilenameUtils.getName(bar)'),
    79: ('response.getWriter().println("<p>Hello " + bar + "</p>");', 'Encode.forHtml(bar)'),
    90: ('DirContext ctx = new InitialDirContext();\n        ctx.search("ou=users,dc=example,dc=com", "(uid=" + bar + ")", new SearchControls());', 'ESAPI.encoder().encodeForLDAP(bar)'),
    643: ('XPath xp = XPathFactory.newInstance().newXPath();\n        xp.evaluate("/users/user[@name=\'" + bar + "\']", new InputSource("users.xml"));', 'ESAPI.encoder().encodeForXPath(bar)'),
    501: ('request.getSession().setAttribute("user", bar);', 'String.valueOf(Integer.parseInt(bar))'),
    601: ('response.sendRedirect(bar);', '"/home?next=" + URLEncoder.encode(bar, "UTF-8")'),
    918: ('URL u = new URL(bar);\n        u.openStream().close();', '"https://api.example.com/items?q=" + URLEncoder.encode(bar, "UTF-8")'),
    502: ('ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(bar)));\n        in.readObject();', 'String.valueOf(Long.parseLong(bar))'),
    611: ('DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n        DocumentBuilder db = dbf.newDocumentBuilder();\n        db.parse(new InputSource(new StringReader(bar)));', 'HARDENED'),
}
JAVA_PREPARED = 'Connection conn = DriverManager.getConnection("jdbc:h2:mem:app");\n        PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");\n        ps.setString(1, bar);\n        ps.executeQuery();'
JAVA_HARDENED = 'DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);\n        DocumentBuilder db = dbf.newDocumentBuilder();\n        db.parse(new InputSource(new StringReader(bar)));'

SRC = 'String param = request.getParameter("name");'
JAVA_FLOWS_VULN = {
    'Direct': (SRC + '\n        String bar = param;', ''),
    'Concat': (SRC + '\n        String bar = "pre_" + param + "_suf";', ''),
    'Builder': (SRC + '\n        StringBuilder sb = new StringBuilder();\n        sb.append("a");\n        sb.append(param);\n        String bar = sb.toString();', ''),
    'Format': (SRC + '\n        String bar = String.format("%s", param);', ''),
    'Array': (SRC + '\n        String[] arr = {"safe", param};\n        String bar = arr[1];', ''),
    'List': (SRC + '\n        List<String> l = new ArrayList<>();\n        l.add("safe");\n        l.add(param);\n        String bar = l.get(1);', ''),
    'MapKey': (SRC + '\n        Map<String, String> m = new HashMap<>();\n        m.put("k1", "safe");\n        m.put("k2", param);\n        String bar = m.get("k2");', ''),
    'Ternary': (SRC + '\n        String bar = param.length() > 3 ? param : "short";', ''),
    'Switch': (SRC + '\n        String bar;\n        switch (param.length()) {\n            case 1:\n                bar = "one";\n                break;\n            default:\n                bar = param + "z";\n        }', ''),
    'Helper': (SRC + '\n        String bar = decorate(param);', '    private String decorate(String p) {\n        return "[" + p.trim() + "]";\n    }\n'),
    'OtherClass': (SRC + '\n        String bar = new Wrapper{ID}().wrap(param);', ''),
    'Header': ('String param = request.getHeader("X-Name");\n        String bar = param;', ''),
    'Cookie': ('String param = "none";\n        for (Cookie c : request.getCookies()) {\n            if (c.getName().equals("name")) {\n                param = c.getValue();\n            }\n        }\n        String bar = param;', ''),
    'ConstFalseElse': ('String param = request.getParameter("name");\n        int num = 96;\n        String bar;\n        if ((500 / 42) + num > 200) {\n            bar = "This_should_never_happen";\n        } else {\n            bar = param;\n        }', ''),
}
JAVA_OTHER = '\nclass Wrapper{ID} {\n    String wrap(String s) {\n        return "<" + s + ">";\n    }\n}\n'
JAVA_OTHER_CONST = '\nclass Wrapper{ID} {\n    String wrap(String s) {\n        return "constant";\n    }\n}\n'
JAVA_FLOWS_SAFE = {
    'Sanitized': (SRC + '\n        String bar = {SAN};', ''),
    'ConstBranch': (SRC + '\n        int num = 86;\n        String bar;\n        if ((7 * 42) - num > 200) {\n            bar = "This_should_always_happen";\n        } else {\n            bar = param;\n        }', ''),
    'ConstTernary': (SRC + '\n        int num = 106;\n        String bar = (7 * 18) + num > 200 ? "This_should_always_happen" : param;', ''),
    'Overwritten': (SRC + '\n        String bar = param;\n        bar = "safe_value";', ''),
    'OtherMapKey': (SRC + '\n        Map<String, String> m = new HashMap<>();\n        m.put("k1", "safe");\n        m.put("k2", param);\n        String bar = m.get("k1");', ''),
    'AllowList': ('String param = request.getParameter("name");\n        if (!ALLOWED.contains(param)) {\n            return;\n        }\n        String bar = param;', '    private static final Set<String> ALLOWED = Set.of("alice", "bob");\n'),
    'ParseInt': (SRC + '\n        int n = Integer.parseInt(param);\n        String bar = "id" + n;', ''),
    'ConstSwitch': (SRC + '\n        String guess = "ABC";\n        char c = guess.charAt(1);\n        String bar;\n        switch (c) {\n            case \'A\':\n                bar = param;\n                break;\n            case \'B\':\n                bar = "bob";\n                break;\n            default:\n                bar = param;\n        }', ''),
    'HelperConst': (SRC + '\n        String bar = new Wrapper{ID}().wrap(param);', ''),
    'DeadFlag': (SRC + '\n        String bar = "safe";\n        if (DEBUG) {\n            bar = param;\n        }', '    private static final boolean DEBUG = false;\n'),
}

JAVA_NAMES = {89: 'Sqli', 78: 'Cmdi', 22: 'Path', 79: 'Xss', 90: 'Ldap', 643: 'Xpath', 501: 'Trust', 601: 'Redirect', 918: 'Ssrf', 502: 'Deser', 611: 'Xxe'}


def java_case(cwe, label, flow_name, flow, extra, sink):
    cid = f"{JAVA_NAMES[cwe]}{'V' if label == 'vulnerable' else 'S'}{flow_name}"
    flow = flow.replace('{ID}', cid)
    extra = extra.replace('{ID}', cid)
    body = f"""// sast: {label} cwe={cwe}
{JAVA_HEAD}
public class {cid} extends HttpServlet {{
{extra}
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {{
        {flow}
        {sink}
    }}
}}
"""
    if 'Wrapper' + cid in flow:
        body += (JAVA_OTHER_CONST if label == 'safe' else JAVA_OTHER).replace('{ID}', cid)
    return f"java/cwe{cwe}/{cid}.java", body


def java_cases():
    out = []
    for cwe, (sink, san) in JAVA_SINKS.items():
        for name, (flow, extra) in JAVA_FLOWS_VULN.items():
            out.append(java_case(cwe, 'vulnerable', name, flow, extra, sink))
        for name, (flow, extra) in JAVA_FLOWS_SAFE.items():
            s = sink
            if name == 'Sanitized':
                if san == 'PREPARED':
                    flow, s = SRC + '\n        String bar = param;', JAVA_PREPARED
                elif san == 'HARDENED':
                    flow, s = SRC + '\n        String bar = param;', JAVA_HARDENED
                else:
                    flow = flow.replace('{SAN}', san.replace('bar', 'param'))
            out.append(java_case(cwe, 'safe', name, flow, extra, s))
    # Spring and JAX-RS sources
    for cwe, sink in ((89, JAVA_SINKS[89][0]), (78, JAVA_SINKS[78][0]), (22, JAVA_SINKS[22][0])):
        cid = f"{JAVA_NAMES[cwe]}VSpring"
        out.append((f"java/cwe{cwe}/{cid}.java", f"""// sast: vulnerable cwe={cwe}
{JAVA_HEAD}import org.springframework.web.bind.annotation.*;

@RestController
public class {cid} {{
    @GetMapping("/find")
    public String find(@RequestParam("name") String bar) throws Exception {{
        {sink}
        return "ok";
    }}
}}
"""))
        cid = f"{JAVA_NAMES[cwe]}VJaxrs"
        out.append((f"java/cwe{cwe}/{cid}.java", f"""// sast: vulnerable cwe={cwe}
{JAVA_HEAD}import javax.ws.rs.*;

@Path("/items")
public class {cid} {{
    @GET
    public String find(@QueryParam("name") String bar) throws Exception {{
        {sink}
        return "ok";
    }}
}}
"""))
    # a helper in another class that itself reaches the sink (summary with a parameter sink)
    for cwe in (89, 78, 22, 79):
        cid = f"{JAVA_NAMES[cwe]}VCalleeSink"
        sink = JAVA_SINKS[cwe][0].replace('response.', 'resp.').replace('request.', 'req.')
        out.append((f"java/cwe{cwe}/{cid}.java", f"""// sast: vulnerable cwe={cwe}
{JAVA_HEAD}
public class {cid} extends HttpServlet {{
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {{
        new Repo{cid}().run(request.getParameter("q"), request, response);
    }}
}}

class Repo{cid} {{
    void run(String bar, HttpServletRequest req, HttpServletResponse resp) throws Exception {{
        {sink}
    }}
}}
"""))
    return out


JAVA_CHECKS = [
    (328, 'vulnerable', 'WeakHashMd5', 'MessageDigest md = MessageDigest.getInstance("MD5");\n        md.update(data);'),
    (328, 'vulnerable', 'WeakHashSha1', 'MessageDigest md = MessageDigest.getInstance("SHA-1");\n        md.update(data);'),
    (328, 'vulnerable', 'WeakHashConst', 'MessageDigest md = MessageDigest.getInstance(ALG);\n        md.update(data);'),
    (328, 'safe', 'StrongHash', 'MessageDigest md = MessageDigest.getInstance("SHA-256");\n        md.update(data);'),
    (328, 'safe', 'StrongHashConst', 'MessageDigest md = MessageDigest.getInstance(GOOD_ALG);\n        md.update(data);'),
    (328, 'safe', 'WeakHashDead', 'MessageDigest md = MessageDigest.getInstance("SHA-512");\n        if (LEGACY) {\n            md = MessageDigest.getInstance("MD5");\n        }\n        md.update(data);'),
    (327, 'vulnerable', 'CipherDes', 'Cipher c = Cipher.getInstance("DES/CBC/PKCS5Padding");'),
    (327, 'vulnerable', 'CipherEcb', 'Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");'),
    (327, 'vulnerable', 'CipherRc4', 'Cipher c = Cipher.getInstance("RC4");'),
    (327, 'vulnerable', 'CipherAesDefault', 'Cipher c = Cipher.getInstance("AES");'),
    (327, 'safe', 'CipherGcm', 'Cipher c = Cipher.getInstance("AES/GCM/NoPadding");'),
    (327, 'safe', 'CipherChaCha', 'Cipher c = Cipher.getInstance("ChaCha20-Poly1305");'),
    (327, 'safe', 'CipherDeadDes', 'Cipher c = Cipher.getInstance("AES/GCM/NoPadding");\n        if (LEGACY) {\n            c = Cipher.getInstance("DES");\n        }'),
    (330, 'vulnerable', 'RandomToken', 'String sessionToken = Long.toHexString(new Random().nextLong());\n        System.out.println(sessionToken.length());'),
    (330, 'vulnerable', 'MathRandomPassword', 'String resetPassword = "p" + (int) (Math.random() * 1000000);\n        System.out.println(resetPassword.length());'),
    (330, 'vulnerable', 'RandomCsrf', 'Random r = new Random();\n        int csrfNonce = r.nextInt();\n        System.out.println(csrfNonce);'),
    (330, 'safe', 'SecureRandomToken', 'String sessionToken = Long.toHexString(new java.security.SecureRandom().nextLong());\n        System.out.println(sessionToken.length());'),
    (330, 'safe', 'RandomColour', 'Random r = new Random();\n        int colour = r.nextInt(255);\n        System.out.println(colour);'),
    (330, 'safe', 'RandomShuffle', 'List<Integer> cards = new ArrayList<>(List.of(1, 2, 3));\n        Collections.shuffle(cards, new Random());\n        System.out.println(cards);'),
    (614, 'vulnerable', 'CookieNoSecure', 'Cookie c = new Cookie("sid", "v");\n        c.setHttpOnly(true);\n        response.addCookie(c);'),
    (614, 'vulnerable', 'CookieNoFlags', 'Cookie c = new Cookie("sid", "v");\n        response.addCookie(c);'),
    (614, 'safe', 'CookieBothFlags', 'Cookie c = new Cookie("sid", "v");\n        c.setSecure(true);\n        c.setHttpOnly(true);\n        response.addCookie(c);'),
    (614, 'safe', 'CookieNotSent', 'Cookie c = new Cookie("sid", "v");\n        System.out.println(c.getName());'),
    (1004, 'vulnerable', 'CookieNoHttpOnly', 'Cookie c = new Cookie("sid", "v");\n        c.setSecure(true);\n        response.addCookie(c);'),
    (1004, 'vulnerable', 'CookieHttpOnlyFalse', 'Cookie c = new Cookie("sid", "v");\n        c.setSecure(true);\n        c.setHttpOnly(false);\n        response.addCookie(c);'),
    (1004, 'safe', 'CookieHttpOnly', 'Cookie c = new Cookie("sid", "v");\n        c.setSecure(true);\n        c.setHttpOnly(true);\n        response.addCookie(c);'),
    (1004, 'safe', 'CookieSecureOnlyOtherVar', 'Cookie a = new Cookie("sid", "v");\n        a.setSecure(true);\n        a.setHttpOnly(true);\n        response.addCookie(a);'),
    (798, 'vulnerable', 'DbPassword', 'Connection conn = DriverManager.getConnection("jdbc:postgresql://db/app", "app", "S3cr3tPassw0rd");\n        conn.close();'),
    (798, 'vulnerable', 'PasswordField', 'System.out.println(DB_PASSWORD.length());'),
    (798, 'vulnerable', 'SetPassword', 'javax.sql.DataSource ds = null;\n        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();\n        pg.setPassword("hunter2hunter2");'),
    (798, 'safe', 'PasswordFromEnv', 'Connection conn = DriverManager.getConnection("jdbc:postgresql://db/app", "app", System.getenv("DB_PASSWORD"));\n        conn.close();'),
    (798, 'safe', 'PasswordPropertyKey', 'String pw = System.getProperty(PASSWORD_PROPERTY);\n        System.out.println(pw);'),
    (798, 'safe', 'EmptyPassword', 'Connection conn = DriverManager.getConnection("jdbc:h2:mem:test", "sa", "");\n        conn.close();'),
]


def java_checks():
    out = []
    for cwe, label, name, code in JAVA_CHECKS:
        cid = f"Check{name}"
        fields = ('    private static final String ALG = "MD5";\n    private static final String GOOD_ALG = "SHA-256";\n'
                  '    private static final boolean LEGACY = false;\n    private static final String PASSWORD_PROPERTY = "db.password";\n')
        if name == 'PasswordField':
            fields += '    private static final String DB_PASSWORD = "Pr0d-Passw0rd!";\n'
        out.append((f"java/cwe{cwe}/{cid}.java", f"""// sast: {label} cwe={cwe}
{JAVA_HEAD}import java.security.MessageDigest;
import javax.crypto.Cipher;

public class {cid} extends HttpServlet {{
{fields}
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {{
        byte[] data = "x".getBytes();
        {code}
    }}
}}
"""))
    return out


# ---------------------------------------------------------------- Python
PY_SINKS = {
    89: ('cur = sqlite3.connect("app.db").cursor()\n    cur.execute("SELECT * FROM users WHERE name = \'" + bar + "\'")\n    return "ok"',
         'cur = sqlite3.connect("app.db").cursor()\n    cur.execute("SELECT * FROM users WHERE name = ?", (bar,))\n    return "ok"'),
    78: ('os.system("echo " + bar)\n    return "ok"', 'os.system("echo " + shlex.quote(bar))\n    return "ok"'),
    22: ('with open("/var/data/" + bar) as f:\n        return f.read()', 'with open("/var/data/" + os.path.basename(bar)) as f:\n        return f.read()'),
    79: ('return "<p>Hello " + bar + "</p>"', 'return "<p>Hello " + html.escape(bar) + "</p>"'),
    90: ('conn = ldap.initialize("ldap://ldap")\n    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")\n    return "ok"',
         'conn = ldap.initialize("ldap://ldap")\n    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + escape_filter_chars(bar) + ")")\n    return "ok"'),
    643: ('root = etree.parse("users.xml")\n    root.xpath("/users/user[@name=\'" + bar + "\']")\n    return "ok"',
          'root = etree.parse("users.xml")\n    root.xpath("/users/user[@name=$name]", name=bar)\n    return "ok"'),
    501: ('session["user"] = bar\n    return "ok"', 'session["user"] = int(bar)\n    return "ok"'),
    601: ('return redirect(bar)', 'return redirect("/home?next=" + quote(bar))'),
    918: ('return requests.get(bar).text', 'return requests.get("https://api.example.com/items?q=" + quote(bar)).text'),
    502: ('return str(pickle.loads(base64.b64decode(bar)))', 'return str(json.loads(bar))'),
    611: ('doc = etree.fromstring(bar, parser=etree.XMLParser(resolve_entities=True))\n    return doc.tag',
          'doc = etree.fromstring(bar, parser=etree.XMLParser(resolve_entities=False))\n    return doc.tag'),
}
PY_HEAD = """import base64, html, json, os, pickle, shlex, sqlite3
import ldap
import requests
from ldap.filter import escape_filter_chars
from lxml import etree
from urllib.parse import quote
from flask import Flask, request, session, redirect

app = Flask(__name__)
ALLOWED = {"alice", "bob"}
"""
PY_SRC = 'param = request.args.get("name")'
PY_FLOWS_VULN = {
    'direct': PY_SRC + '\n    bar = param',
    'concat': PY_SRC + '\n    bar = "pre_" + param',
    'fstring': PY_SRC + '\n    bar = f"{param}"',
    'format': PY_SRC + '\n    bar = "{}".format(param)',
    'list': PY_SRC + '\n    items = ["safe"]\n    items.append(param)\n    bar = items[1]',
    'dict': PY_SRC + '\n    d = {"k1": "safe", "k2": param}\n    bar = d["k2"]',
    'helper': PY_SRC + '\n    bar = decorate(param)',
    'form': 'param = request.form["name"]\n    bar = param.strip()',
    'cookie': 'param = request.cookies.get("name")\n    bar = param',
    'elsebranch': PY_SRC + '\n    num = 96\n    if (500 // 42) + num > 200:\n        bar = "never"\n    else:\n        bar = param',
}
PY_FLOWS_SAFE = {
    'sanitized': None,
    'constbranch': PY_SRC + '\n    num = 86\n    if (7 * 42) - num > 200:\n        bar = "always"\n    else:\n        bar = param',
    'overwritten': PY_SRC + '\n    bar = param\n    bar = "safe"',
    'otherkey': PY_SRC + '\n    d = {"k1": "safe", "k2": param}\n    bar = d["k1"]',
    'allowlist': PY_SRC + '\n    if param not in ALLOWED:\n        return "no"\n    bar = param',
    'iffalse': PY_SRC + '\n    bar = "safe"\n    if False:\n        bar = param',
    'helperconst': PY_SRC + '\n    bar = constant(param)',
}
PY_HELPERS = '\n\ndef decorate(p):\n    return "[" + p + "]"\n\n\ndef constant(p):\n    return "constant"\n'


def py_cases():
    out = []
    for cwe, (sink, safe_sink) in PY_SINKS.items():
        for name, flow in list(PY_FLOWS_VULN.items()) + list(PY_FLOWS_SAFE.items()):
            label = 'vulnerable' if name in PY_FLOWS_VULN else 'safe'
            s = sink
            if flow is None:
                flow, s = PY_SRC + '\n    bar = param', safe_sink
            if cwe == 501 and name == 'sanitized':
                pass
            body = f"# sast: {label} cwe={cwe}\n{PY_HEAD}\n\n@app.route(\"/{name}\")\ndef handler():\n    {flow}\n    {s}\n{PY_HELPERS}"
            out.append((f"python/cwe{cwe}/{label[0]}_{name}.py", body))
    # Django and FastAPI sources
    for cwe in (89, 78, 22):
        sink = PY_SINKS[cwe][0]
        out.append((f"python/cwe{cwe}/v_django.py", f"# sast: vulnerable cwe={cwe}\n{PY_HEAD}\n\ndef view(request):\n    bar = request.GET.get(\"name\")\n    {sink}\n"))
        out.append((f"python/cwe{cwe}/v_fastapi.py", f"# sast: vulnerable cwe={cwe}\n{PY_HEAD}from fastapi import FastAPI\napi = FastAPI()\n\n\n@api.get(\"/items\")\ndef read_item(bar: str):\n    {sink}\n"))
    out.append(("python/cwe78/v_subprocess_shell.py", f"# sast: vulnerable cwe=78\n{PY_HEAD}import subprocess\n\n\n@app.route(\"/x\")\ndef handler():\n    bar = request.args.get(\"name\")\n    subprocess.call(\"ls \" + bar, shell=True)\n    return \"ok\"\n"))
    out.append(("python/cwe78/s_subprocess_list.py", f"# sast: safe cwe=78\n{PY_HEAD}import subprocess\n\n\n@app.route(\"/x\")\ndef handler():\n    bar = request.args.get(\"name\")\n    subprocess.call([\"ls\", bar])\n    return \"ok\"\n"))
    out.append(("python/cwe502/v_yaml.py", f"# sast: vulnerable cwe=502\n{PY_HEAD}import yaml\n\n\n@app.route(\"/x\")\ndef handler():\n    bar = request.get_data()\n    return str(yaml.load(bar, Loader=yaml.Loader))\n"))
    out.append(("python/cwe502/s_yaml_safe.py", f"# sast: safe cwe=502\n{PY_HEAD}import yaml\n\n\n@app.route(\"/x\")\ndef handler():\n    bar = request.get_data()\n    return str(yaml.load(bar, Loader=yaml.SafeLoader))\n"))
    return out


# ---------------------------------------------------------------- JavaScript
JS_SINKS = {
    89: ('db.query("SELECT * FROM users WHERE name = \'" + bar + "\'", (e, rows) => res.json(rows));',
         'db.query("SELECT * FROM users WHERE name = ?", [bar], (e, rows) => res.json(rows));'),
    78: ('exec("ls " + bar, (e, out) => res.send(out));', 'execFile("ls", [bar], (e, out) => res.json({ out }));'),
    22: ('fs.readFile("/var/data/" + bar, (e, data) => res.json({ data }));', 'fs.readFile("/var/data/" + path.basename(bar), (e, data) => res.json({ data }));'),
    79: ('res.send("<p>Hello " + bar + "</p>");', 'res.send("<p>Hello " + escapeHtml(bar) + "</p>");'),
    90: ('client.search("dc=example,dc=com", { filter: "(uid=" + bar + ")" }, () => res.end());', 'client.search("dc=example,dc=com", { filter: "(uid=" + parseInt(bar, 10) + ")" }, () => res.end());'),
    643: ('const nodes = xpath.select("//user[@name=\'" + bar + "\']", doc);\n  res.json({ n: nodes.length });', 'const nodes = xpath.select("//user[@id=" + Number(bar) + "]", doc);\n  res.json({ n: nodes.length });'),
    501: ('req.session.user = bar;\n  res.end();', 'req.session.user = parseInt(bar, 10);\n  res.end();'),
    601: ('res.redirect(bar);', 'res.redirect("/home?next=" + encodeURIComponent(bar));'),
    918: ('axios.get(bar).then(r => res.json(r.data));', 'axios.get("https://api.example.com/items?q=" + encodeURIComponent(bar)).then(r => res.json(r.data));'),
    502: ('const obj = serialize.unserialize(bar);\n  res.json(obj);', 'const obj = JSON.parse(bar);\n  res.json(obj);'),
    611: ('const doc = libxmljs.parseXml(bar, { noent: true });\n  res.json({ root: doc.root().name() });', 'const doc = libxmljs.parseXml(bar, { noent: false });\n  res.json({ root: doc.root().name() });'),
}
JS_HEAD = """const express = require('express');
const fs = require('fs');
const path = require('path');
const axios = require('axios');
const xpath = require('xpath');
const libxmljs = require('libxmljs');
const serialize = require('node-serialize');
const escapeHtml = require('escape-html');
const { exec, execFile } = require('child_process');
const app = express();
const ALLOWED = ['alice', 'bob'];
let db, client, doc;
"""
JS_SRC = 'const param = req.query.name;'
JS_FLOWS_VULN = {
    'direct': JS_SRC + '\n  const bar = param;',
    'concat': JS_SRC + '\n  const bar = "pre_" + param;',
    'template': JS_SRC + '\n  const bar = `${param}`;',
    'array': JS_SRC + '\n  const items = ["safe"];\n  items.push(param);\n  const bar = items[1];',
    'object': JS_SRC + '\n  const o = { a: "safe", b: param };\n  const bar = o.b;',
    'helper': JS_SRC + '\n  const bar = decorate(param);',
    'body': 'const param = req.body.name;\n  const bar = param.trim();',
    'params': 'const param = req.params.id;\n  const bar = param;',
    'header': 'const param = req.headers["x-name"];\n  const bar = param;',
    'elsebranch': JS_SRC + '\n  const num = 196;\n  let bar;\n  if (Math.floor(500 / 42) + num > 200 && false) {\n    bar = "never";\n  } else {\n    bar = param;\n  }',
}
JS_FLOWS_SAFE = {
    'sanitized': None,
    'constbranch': JS_SRC + '\n  const num = 86;\n  let bar;\n  if ((7 * 42) - num > 200) {\n    bar = "always";\n  } else {\n    bar = param;\n  }',
    'overwritten': JS_SRC + '\n  let bar = param;\n  bar = "safe";',
    'otherkey': JS_SRC + '\n  const o = { a: "safe", b: param };\n  const bar = o.a;',
    'allowlist': JS_SRC + '\n  if (!ALLOWED.includes(param)) {\n    return res.status(400).end();\n  }\n  const bar = param;',
    'iffalse': JS_SRC + '\n  let bar = "safe";\n  if (false) {\n    bar = param;\n  }',
    'helperconst': JS_SRC + '\n  const bar = constant(param);',
}
JS_HELPERS = '\nfunction decorate(p) {\n  return "[" + p + "]";\n}\n\nfunction constant(p) {\n  return "constant";\n}\n\nmodule.exports = app;\n'


def js_cases():
    out = []
    for cwe, (sink, safe_sink) in JS_SINKS.items():
        for name, flow in list(JS_FLOWS_VULN.items()) + list(JS_FLOWS_SAFE.items()):
            label = 'vulnerable' if name in JS_FLOWS_VULN else 'safe'
            s = sink
            if flow is None:
                flow, s = JS_SRC + '\n  const bar = param;', safe_sink
            body = f"// sast: {label} cwe={cwe}\n{JS_HEAD}\napp.get('/{name}', (req, res) => {{\n  {flow}\n  {s}\n}});\n{JS_HELPERS}"
            out.append((f"javascript/cwe{cwe}/{label[0]}_{name}.js", body))
    for cwe in (89, 78, 22, 79):
        sink = JS_SINKS[cwe][0].replace('res.', 'ctx.res.').replace('res.send(', 'res.end(')
        if cwe == 79:
            sink = 'ctx.body = "<p>Hello " + bar + "</p>";'
        out.append((f"javascript/cwe{cwe}/v_koa.js", f"// sast: vulnerable cwe={cwe}\n{JS_HEAD}const Koa = require('koa');\nconst koa = new Koa();\nkoa.use(async (ctx) => {{\n  const bar = ctx.query.name;\n  {sink}\n}});\n"))
        ts = JS_SINKS[cwe][0]
        out.append((f"javascript/cwe{cwe}/v_typescript.ts", f"// sast: vulnerable cwe={cwe}\n{JS_HEAD}\napp.get('/ts', (req: any, res: any) => {{\n  const bar: string = req.query.name as string;\n  {ts}\n}});\n"))
    out.append(("javascript/cwe78/v_execsync.js", f"// sast: vulnerable cwe=78\n{JS_HEAD}const cp = require('child_process');\napp.post('/x', (req, res) => {{\n  const out = cp.execSync(`git log ${{req.body.branch}}`);\n  res.json({{ out: String(out) }});\n}});\n"))
    out.append(("javascript/cwe78/s_spawn_args.js", f"// sast: safe cwe=78\n{JS_HEAD}const cp = require('child_process');\napp.post('/x', (req, res) => {{\n  const p = cp.spawn('git', ['log', req.body.branch]);\n  p.on('close', () => res.end());\n}});\n"))
    out.append(("javascript/cwe79/s_render.js", f"// sast: safe cwe=79\n{JS_HEAD}\napp.get('/x', (req, res) => {{\n  res.render('profile', {{ name: req.query.name }});\n}});\n"))
    out.append(("javascript/cwe79/v_ejs_template.js", f"// sast: vulnerable cwe=79\n{JS_HEAD}const ejs = require('ejs');\napp.get('/x', (req, res) => {{\n  const page = ejs.render('<h1>' + req.query.title + '</h1>');\n  res.json({{ page }});\n}});\n"))
    return out


def main():
    for lang in ('java', 'python', 'javascript'):  # handwritten/ is kept
        shutil.rmtree(os.path.join(HERE, lang), ignore_errors=True)
    cases = java_cases() + java_checks() + py_cases() + js_cases()
    for rel, text in cases:
        p = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'w') as f:
            f.write(text)
    print(len(cases), 'cases')


if __name__ == '__main__':
    main()
