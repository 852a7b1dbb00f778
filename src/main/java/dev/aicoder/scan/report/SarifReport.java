package dev.aicoder.scan.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: rules with help text, CWE tags ({@code external/cwe/cwe-89}),
 * {@code security-severity} on security rules, {@code partialFingerprints}, suppressions. Results without a file
 * (project-wide findings) are left out, as code scanning needs a location; their number is in the run's
 * properties.
 */
public final class SarifReport {

    public static final String FINGERPRINT_KEY = "aicoderFingerprint/v1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifReport() {
    }

    public static String render(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Report.TOOL);
        driver.put("informationUri", Report.INFORMATION_URI);
        driver.put("semanticVersion", Report.VERSION);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode results = run.putArray("results");
        int omitted = 0;
        for (Finding f : report.findings()) {
            if (f.path().isEmpty()) {
                omitted++;
                continue;
            }
            Integer index = ruleIndex.get(f.ruleId());
            if (index == null) {
                index = ruleIndex.size();
                ruleIndex.put(f.ruleId(), index);
                rule(rules.addObject(), report.rule(f));
            }
            result(results.addObject(), f, index);
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        for (String w : report.warnings()) {
            ObjectNode n = notes.addObject();
            n.putObject("message").put("text", w);
            n.put("level", "warning");
        }
        run.putObject("automationDetails").put("id", Report.TOOL_ID + "/");
        ObjectNode props = run.putObject("properties");
        props.put("omittedWithoutLocation", omitted);
        ObjectNode skipped = props.putObject("skippedFiles");
        report.skipped().forEach(skipped::put);
        if (report.commit() != null) {
            run.putArray("versionControlProvenance").addObject().put("repositoryUri", repositoryUri(report))
                    .put("revisionId", report.commit());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A workspace path as an RFC 3986 relative reference (spaces, brackets and the like percent-encoded). */
    static String uri(String path) {
        try {
            return new java.net.URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return path.replaceAll("[^A-Za-z0-9._~/-]", "_");
        }
    }

    private static String repositoryUri(Report report) {
        String t = report.target() == null ? "" : report.target();
        return t.startsWith("https://") ? t : "urn:aicoder:" + t.replaceAll("[^A-Za-z0-9._/-]", "_");
    }

    private static void rule(ObjectNode node, RuleDescriptor r) {
        node.put("id", r.id());
        node.put("name", pascal(r.title() == null ? r.id() : r.title()));
        node.putObject("shortDescription").put("text", text(r.title(), r.id()));
        String description = text(r.description(), r.title());
        node.putObject("fullDescription").put("text", firstParagraph(description));
        ObjectNode help = node.putObject("help");
        help.put("text", description);
        help.put("markdown", description + cweLinks(r.cwe()));
        node.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode props = node.putObject("properties");
        // SARIF requires unique tags; rule packs often repeat their category as a tag
        Set<String> unique = new LinkedHashSet<>();
        unique.add(r.category().id());
        r.cwe().forEach(c -> unique.add("external/cwe/cwe-" + c));
        unique.addAll(r.tags());
        ArrayNode tags = props.putArray("tags");
        unique.forEach(tags::add);
        props.put("problem.severity", problemSeverity(r.severity()));
        props.put("precision", "high");
        if (r.category() == Category.SECURITY && r.severity() != Severity.INFO) {
            props.put("security-severity", securitySeverity(r.severity()));
        }
    }

    private static void result(ObjectNode node, Finding f, int ruleIndex) {
        node.put("ruleId", f.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(f.severity()));
        node.putObject("message").put("text", text(f.message(), f.title()));
        ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(f.path()));
        artifact.put("uriBaseId", "%SRCROOT%");
        if (f.startLine() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", f.startLine());
            if (f.startColumn() > 0) {
                region.put("startColumn", f.startColumn());
            }
            if (f.endLine() >= f.startLine()) {
                region.put("endLine", f.endLine());
                if (f.endColumn() > 0 && (f.endLine() > f.startLine() || f.endColumn() > f.startColumn())) {
                    region.put("endColumn", f.endColumn());
                }
            }
            if (f.snippet() != null && !f.snippet().isEmpty()) {
                region.putObject("snippet").put("text", f.snippet());
            }
        }
        if (f.fingerprint() != null) {
            node.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
        }
        if (f.suppressed()) {
            ObjectNode s = node.putArray("suppressions").addObject();
            s.put("kind", "inline".equals(f.suppression().source()) ? "inSource" : "external");
            s.put("status", "accepted");
            if (f.suppression().reason() != null) {
                s.put("justification", f.suppression().reason());
            }
        }
        ObjectNode props = node.putObject("properties");
        props.put("severity", f.severity().id());
        props.put("category", f.category().id());
        if (f.confidence() != null) {
            props.put("confidence", f.confidence().id());
            props.put("precision", precision(f.confidence()));
        }
        if (f.analyzer() != null) {
            props.put("analyzer", f.analyzer());
        }
        f.properties().forEach(props::put);
        if (f.fix() != null && f.fix().description() != null) {
            props.put("fix", f.fix().description());
        }
    }

    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    private static String problemSeverity(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "recommendation";
        };
    }

    static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "0.0";
        };
    }

    private static String precision(Confidence c) {
        return switch (c) {
            case HIGH -> "high";
            case MEDIUM -> "medium";
            case LOW -> "low";
        };
    }

    private static String cweLinks(List<Integer> cwe) {
        if (cwe.isEmpty()) {
            return "";
        }
        List<String> links = new ArrayList<>();
        cwe.forEach(c -> links.add("[CWE-" + c + "](https://cwe.mitre.org/data/definitions/" + c + ".html)"));
        return "\n\nReferences: " + String.join(", ", links);
    }

    private static String firstParagraph(String text) {
        int cut = text.indexOf("\n\n");
        return cut > 0 ? text.substring(0, cut) : text;
    }

    private static String text(String value, String fallback) {
        return value != null && !value.isBlank() ? value : fallback == null ? "" : fallback;
    }

    private static String pascal(String title) {
        StringBuilder sb = new StringBuilder();
        for (String word : title.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return sb.isEmpty() ? "Rule" : sb.toString();
    }
}
