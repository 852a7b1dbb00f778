package dev.aicoder.analysis.architecture.suggest;

/**
 * Writes the short explanation of a suggestion from its evidence while the scan runs. {@link TemplateExplainer} is
 * the default (a CDI bean of this type replaces it). Model-written explanations need the tenant's keys and budget,
 * so the API adds them when a report is read ({@code dev.aicoder.architecture.ArchitectureService}).
 */
public interface SuggestionExplainer {

    String explain(Suggestion suggestion);
}
