package dev.aicoder.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** An RS256 key pair kept as PEM files; the private key is written owner-only (0600). */
public record JwtKeyFiles(Path privateKey, Path publicKey) {

    public static JwtKeyFiles createIfMissing(Path dir) {
        JwtKeyFiles files = new JwtKeyFiles(dir.resolve("private-key.pem"), dir.resolve("public-key.pem"));
        if (Files.exists(files.privateKey) && Files.exists(files.publicKey)) {
            return files;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            OwnerOnlyFiles.write(files.privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(files.publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write JWT keys to " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
