package dev.aicoder.scan;

import java.io.InputStream;
import java.util.List;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Validates SARIF logs against the official SARIF 2.1.0 JSON schema (OASIS, rtm.5) shipped in test resources. */
public final class SarifSchema {

    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    /** The schema errors of {@code sarif} (empty when valid). */
    public static List<String> errors(String sarif) {
        return SCHEMA.validate(sarif, InputFormat.JSON).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
                .toList();
    }

    private static Schema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
