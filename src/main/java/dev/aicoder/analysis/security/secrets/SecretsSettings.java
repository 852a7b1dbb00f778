package dev.aicoder.analysis.security.secrets;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.aicoder.analysis.security.secrets.verify.SecretVerifier;

/**
 * How the secret analyzers behave beyond their built-in rules.
 *
 * @param verifiers live verifiers by name; used only when a scan sets {@code secrets.verify=true}
 * @param historyMaxCommits upper bound of commits the history scan walks (newest first are kept)
 */
public record SecretsSettings(SecretAllowList allowList, SecretBaseline baseline,
        Map<String, SecretVerifier> verifiers, int historyMaxCommits) {

    public SecretsSettings {
        allowList = allowList == null ? SecretAllowList.EMPTY : allowList;
        baseline = baseline == null ? SecretBaseline.EMPTY : baseline;
        verifiers = verifiers == null ? Map.of() : Map.copyOf(verifiers);
        historyMaxCommits = historyMaxCommits <= 0 ? 10_000 : historyMaxCommits;
    }

    public static SecretsSettings defaults() {
        return new SecretsSettings(null, null, null, 0);
    }

    public SecretsSettings withVerifiers(List<SecretVerifier> list) {
        return new SecretsSettings(allowList, baseline,
                list.stream().collect(Collectors.toMap(SecretVerifier::name, Function.identity())),
                historyMaxCommits);
    }
}
