package dev.aicoder.analysis.standards.java;

/**
 * A standards rule enforced by an OpenRewrite recipe: the recipe's changes to a file are the findings, each
 * changed place with its own fix. Only recipes that are correct without type information are listed (the files
 * are parsed without a class path).
 */
record RecipeRule(String id, String recipe, String message, String fixDescription) {
}
