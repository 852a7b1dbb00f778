package dev.aicoder.analysis.security.deps.parse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import dev.aicoder.analysis.security.deps.Dependency;
import dev.aicoder.analysis.security.deps.DependencyGraph;
import dev.aicoder.analysis.security.deps.Ecosystem;

/**
 * {@code pom.xml}: the project's declared dependencies with versions resolved from {@code <properties>},
 * {@code ${project.*}} values and {@code <dependencyManagement>}, including those of parent POMs that are in the
 * workspace ({@code <relativePath>}, default {@code ../pom.xml}). Imported BOMs and remote parents would need a
 * repository, so such versions stay unresolved. Transitive dependencies are not known from a POM alone. The XML
 * parser refuses DTDs and external entities.
 */
public final class MavenPomParser implements ManifestParser {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final int MAX_PARENTS = 10;

    @Override
    public boolean supports(String fileName) {
        return fileName.equals("pom.xml");
    }

    @Override
    public List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException {
        Element project = parseXml(path, content);
        Map<String, String> props = new HashMap<>();
        Map<String, String> managed = new HashMap<>();
        inherit(project, siblings, "", props, managed, 0);
        collect(project, props, managed);
        DependencyGraph graph = new DependencyGraph(Ecosystem.MAVEN, path);
        Element deps = child(project, "dependencies");
        for (Element dep : children(deps, "dependency")) {
            String group = interpolate(text(dep, "groupId"), props);
            String artifact = interpolate(text(dep, "artifactId"), props);
            if (group == null || artifact == null) {
                continue;
            }
            String name = group + ":" + artifact;
            String version = interpolate(text(dep, "version"), props);
            if (version == null) {
                version = managed.get(name);
            }
            boolean unresolved = version == null || version.contains("${");
            String range = version != null && (version.startsWith("[") || version.startsWith("(")) ? version : null;
            String scope = "true".equals(text(dep, "optional")) ? "optional" : text(dep, "scope");
            String key = graph.add(name, unresolved || range != null ? null : version,
                    unresolved ? version : range, scope == null ? "compile" : scope);
            graph.markDirect(key);
        }
        return graph.dependencies();
    }

    /** Parent POMs first, so the child's values win. */
    private void inherit(Element project, Siblings siblings, String base, Map<String, String> props,
            Map<String, String> managed, int depth) {
        Element parent = child(project, "parent");
        if (parent == null || depth >= MAX_PARENTS) {
            return;
        }
        props.put("project.parent.version", text(parent, "version"));
        props.put("project.parent.groupId", text(parent, "groupId"));
        String relative = text(parent, "relativePath");
        String rel = relative == null ? "../pom.xml" : relative.endsWith(".xml") ? relative : relative + "/pom.xml";
        if (relative != null && relative.isBlank()) {
            return;
        }
        String parentPath = base + rel;
        siblings.read(parentPath).ifPresent(text -> {
            try {
                Element parentProject = parseXml(parentPath, text);
                if (!String.valueOf(text(parentProject, "artifactId")).equals(text(parent, "artifactId"))) {
                    return; // the file there is not the declared parent
                }
                String parentBase = parentPath.contains("/") ? parentPath.substring(0, parentPath.lastIndexOf('/') + 1)
                        : "";
                inherit(parentProject, siblings, parentBase, props, managed, depth + 1);
                collect(parentProject, props, managed);
            } catch (ManifestException e) {
                // an unreadable parent leaves its versions unresolved
            }
        });
    }

    private static void collect(Element project, Map<String, String> props, Map<String, String> managed) {
        for (Element p : children(child(project, "properties"), null)) {
            props.put(p.getTagName(), p.getTextContent().trim());
        }
        String version = text(project, "version");
        Element parent = child(project, "parent");
        props.put("project.version", version != null ? version : parent == null ? null : text(parent, "version"));
        props.put("project.groupId", text(project, "groupId") != null ? text(project, "groupId")
                : parent == null ? null : text(parent, "groupId"));
        props.put("project.artifactId", text(project, "artifactId"));
        props.values().removeIf(v -> v == null);
        Element dm = child(child(project, "dependencyManagement"), "dependencies");
        for (Element dep : children(dm, "dependency")) {
            String v = interpolate(text(dep, "version"), props);
            if (v != null && !"import".equals(text(dep, "scope"))) {
                managed.put(interpolate(text(dep, "groupId"), props) + ":" + interpolate(text(dep, "artifactId"), props),
                        v);
            }
        }
    }

    static String interpolate(String value, Map<String, String> props) {
        String v = value;
        for (int i = 0; v != null && i < 10 && v.contains("${"); i++) {
            Matcher m = PROPERTY.matcher(v);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String key = m.group(1).startsWith("pom.") ? "project." + m.group(1).substring(4) : m.group(1);
                m.appendReplacement(out, Matcher.quoteReplacement(props.getOrDefault(key, m.group())));
            }
            m.appendTail(out);
            if (out.toString().equals(v)) {
                break;
            }
            v = out.toString();
        }
        return v;
    }

    private static Element parseXml(String path, String content) throws ManifestException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document doc = b.parse(new InputSource(new StringReader(content)));
            Element root = doc.getDocumentElement();
            if (!"project".equals(root.getTagName())) {
                throw new ManifestException(path + " is not a Maven POM (root element " + root.getTagName() + ")");
            }
            return root;
        } catch (ManifestException e) {
            throw e;
        } catch (Exception e) {
            throw new ManifestException(path + " is not well-formed XML (or declares a DTD, which is refused)", e);
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }
}
