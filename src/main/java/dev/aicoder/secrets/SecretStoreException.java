package dev.aicoder.secrets;

/** The store cannot serve a secret (unreachable backend, wrong key); the message is safe to show. */
public class SecretStoreException extends RuntimeException {

    public SecretStoreException(String message) {
        super(message);
    }

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
