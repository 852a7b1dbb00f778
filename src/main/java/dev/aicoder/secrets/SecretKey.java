package dev.aicoder.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.spec.SecretKeySpec;

import dev.aicoder.platform.security.OwnerOnlyFiles;

/** The embedded store's AES-256 key and a short id of it, so that data written under another key is recognised. */
record SecretKey(SecretKeySpec spec, String id) {

    static SecretKey fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("aicoder.secrets.key is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("aicoder.secrets.key must decode to 32 bytes, got " + bytes.length);
        }
        return new SecretKey(new SecretKeySpec(bytes, "AES"), fingerprint(bytes));
    }

    static SecretKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                OwnerOnlyFiles.write(file, Base64.getEncoder().encodeToString(fresh));
            }
            return fromBase64(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }

    private static String fingerprint(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
