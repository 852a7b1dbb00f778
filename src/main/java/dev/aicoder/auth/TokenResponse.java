package dev.aicoder.auth;

/** OAuth-style token answer of {@code POST /api/v1/auth/login}. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
}
