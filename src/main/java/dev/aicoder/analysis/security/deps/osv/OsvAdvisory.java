package dev.aicoder.analysis.security.deps.osv;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An advisory in the OSV schema (https://ossf.github.io/osv-schema/), reduced to the fields matching needs. Unknown
 * fields are ignored so newer schema versions still load.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OsvAdvisory(@JsonProperty("id") String id, @JsonProperty("modified") String modified,
        @JsonProperty("published") String published, @JsonProperty("withdrawn") String withdrawn,
        @JsonProperty("aliases") List<String> aliases, @JsonProperty("summary") String summary,
        @JsonProperty("details") String details, @JsonProperty("severity") List<Severity> severity,
        @JsonProperty("affected") List<Affected> affected, @JsonProperty("references") List<Reference> references,
        @JsonProperty("database_specific") Map<String, Object> databaseSpecific) {

    public OsvAdvisory {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        severity = severity == null ? List.of() : List.copyOf(severity);
        affected = affected == null ? List.of() : List.copyOf(affected);
        references = references == null ? List.of() : List.copyOf(references);
        databaseSpecific = databaseSpecific == null ? Map.of() : databaseSpecific;
    }

    /** {@code {type: CVSS_V3, score: "CVSS:3.1/AV:N/..."}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Severity(@JsonProperty("type") String type, @JsonProperty("score") String score) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Affected(@JsonProperty("package") Package pkg, @JsonProperty("ranges") List<Range> ranges,
            @JsonProperty("versions") List<String> versions,
            @JsonProperty("database_specific") Map<String, Object> databaseSpecific,
            @JsonProperty("severity") List<Severity> severity) {

        public Affected {
            ranges = ranges == null ? List.of() : List.copyOf(ranges);
            versions = versions == null ? List.of() : List.copyOf(versions);
            severity = severity == null ? List.of() : List.copyOf(severity);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Package(@JsonProperty("ecosystem") String ecosystem, @JsonProperty("name") String name,
            @JsonProperty("purl") String purl) {
    }

    /** {@code type} is {@code SEMVER}, {@code ECOSYSTEM} or {@code GIT}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Range(@JsonProperty("type") String type, @JsonProperty("events") List<Event> events) {

        public Range {
            events = events == null ? List.of() : List.copyOf(events);
        }
    }

    /** Exactly one field is set per event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(@JsonProperty("introduced") String introduced, @JsonProperty("fixed") String fixed,
            @JsonProperty("last_affected") String lastAffected, @JsonProperty("limit") String limit) {

        String version() {
            return introduced != null ? introduced : fixed != null ? fixed : lastAffected != null ? lastAffected : limit;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reference(@JsonProperty("type") String type, @JsonProperty("url") String url) {
    }
}
