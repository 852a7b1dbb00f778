package dev.aicoder.scan.report;

import java.util.Locale;

/** Output formats of reports, with their media type and file extension. */
public enum ReportFormat {
    SARIF("application/sarif+json", "sarif"),
    JSON("application/json", "json"),
    HTML("text/html; charset=utf-8", "html"),
    MD("text/markdown; charset=utf-8", "md");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Parses {@code sarif}, {@code json}, {@code html}, {@code md} (or {@code markdown}); IllegalArgumentException otherwise. */
    public static ReportFormat parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "sarif" -> SARIF;
            case "json" -> JSON;
            case "html" -> HTML;
            case "md", "markdown" -> MD;
            default -> throw new IllegalArgumentException("unknown report format '" + value
                    + "'; use sarif, json, html or md");
        };
    }

    /** Renders a report in this format. */
    public String render(Report report) {
        return switch (this) {
            case SARIF -> SarifReport.render(report);
            case JSON -> JsonReport.render(report);
            case HTML -> HtmlReport.render(report);
            case MD -> MarkdownReport.render(report);
        };
    }
}
