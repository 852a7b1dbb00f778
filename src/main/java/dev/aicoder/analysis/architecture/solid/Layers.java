package dev.aicoder.analysis.architecture.solid;

import java.util.Set;

/**
 * Guesses a package's layer from the words in its name, for the DIP check: policy (domain, application) should
 * not depend on concrete details (persistence, clients, adapters).
 */
enum Layers {
    POLICY, DETAIL, OTHER;

    private static final Set<String> POLICY_WORDS = Set.of("domain", "model", "core", "service", "services",
            "application", "usecase", "usecases", "logic", "business", "policy");
    private static final Set<String> DETAIL_WORDS = Set.of("infra", "infrastructure", "persistence", "db",
            "database", "dao", "jdbc", "jpa", "sql", "adapter", "adapters", "client", "clients", "gateway", "gateways",
            "integration", "external", "storage", "store", "impl", "http", "messaging", "kafka", "redis", "mongo");

    /** The layer named by the last word of the package that names one. */
    static Layers of(String pkg) {
        String[] words = pkg.toLowerCase().split("[.\\-/_]");
        for (int i = words.length - 1; i >= 0; i--) {
            if (DETAIL_WORDS.contains(words[i])) {
                return DETAIL;
            }
            if (POLICY_WORDS.contains(words[i])) {
                return POLICY;
            }
        }
        return OTHER;
    }
}
