package dev.aicoder.analysis.architecture.suggest;

/**
 * Writes the short explanation of a suggestion from its evidence. {@link TemplateExplainer} is the default; the
 * server plugs in a model-backed explainer when an LLM provider is configured.
 */
public interface SuggestionExplainer {

    String explain(Suggestion suggestion);
}
