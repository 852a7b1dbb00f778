package dev.aicoder.analysis.security.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The built-in standards, read once from {@code security/compliance/*.yaml} on the class path. */
public final class ComplianceCatalog {

    /** Resource names, in the order standards are listed. */
    static final List<String> FILES = List.of("owasp-top10-2021", "cwe-top25-2025", "owasp-asvs-4", "nist-800-53-r5",
            "iso-27001-2022", "soc2-tsc", "hipaa-164-312", "pci-dss-4-req6");

    private static volatile ComplianceCatalog builtIn;

    private final Map<String, Standard> standards;

    public ComplianceCatalog(List<Standard> standards) {
        Map<String, Standard> byId = new LinkedHashMap<>();
        standards.forEach(s -> byId.put(s.id(), s));
        this.standards = byId;
    }

    public static ComplianceCatalog builtIn() {
        ComplianceCatalog c = builtIn;
        if (c == null) {
            List<Standard> list = new ArrayList<>();
            for (String f : FILES) {
                try (InputStream in = ComplianceCatalog.class.getResourceAsStream("/security/compliance/" + f + ".yaml")) {
                    if (in == null) {
                        throw new IllegalStateException("missing compliance table " + f);
                    }
                    list.add(read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("compliance table " + f + " is not valid", e);
                }
            }
            c = builtIn = new ComplianceCatalog(list);
        }
        return c;
    }

    static Standard read(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Row row = yaml.readValue(in, Row.class);
        List<Standard.Control> controls = new ArrayList<>();
        for (ControlRow c : row.controls) {
            if (c.source == null || c.source.isBlank()) {
                throw new IOException("control " + c.id + " of " + row.standard + " cites no source");
            }
            controls.add(new Standard.Control(c.id, c.title, c.source, c.basis, new LinkedHashSet<>(c.cwe)));
        }
        return new Standard(row.standard, row.title, row.version, row.source, row.note, controls);
    }

    public List<Standard> standards() {
        return List.copyOf(standards.values());
    }

    public Optional<Standard> standard(String id) {
        return Optional.ofNullable(standards.get(id));
    }

    static final class Row {
        public String standard;
        public String title;
        public String version;
        public String source;
        public String note;
        public List<ControlRow> controls = List.of();
    }

    static final class ControlRow {
        public String id;
        public String title;
        public String source;
        public String basis;
        public List<Integer> cwe = List.of();
    }
}
