package dev.aicoder.secrets;

/** Fired after a secret was written or deleted, so that clients built from it (LLM providers) are rebuilt. */
public record SecretChanged(SecretRef ref, boolean deleted) {
}
