package dev.aicoder.source;

import java.util.ArrayList;
import java.util.List;

/** Turns an archive entry name into a safe relative path, or refuses the archive (zip slip, absolute paths). */
final class ArchivePaths {

    private ArchivePaths() {
    }

    /**
     * The entry's path with forward slashes and no {@code .} segments ("" for the root itself). Throws
     * {@link IntakeException} {@code archive-unsafe-path} for {@code ..}, absolute paths, drive letters and
     * control characters, and {@code archive-too-deep} beyond {@code maxDepth} folders.
     */
    static String safe(String name, int maxDepth) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.startsWith("//")) {
            throw unsafe("an absolute path");
        }
        List<String> parts = new ArrayList<>();
        for (String part : n.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw unsafe("a '..' path (zip slip)");
            }
            for (int i = 0; i < part.length(); i++) {
                if (Character.isISOControl(part.charAt(i))) {
                    throw unsafe("a control character in a path");
                }
            }
            parts.add(part);
        }
        if (parts.size() > maxDepth) {
            throw new IntakeException("archive-too-deep",
                    "The archive nests folders more than " + maxDepth + " levels deep");
        }
        return String.join("/", parts);
    }

    private static IntakeException unsafe(String what) {
        return new IntakeException("archive-unsafe-path", "The archive has an entry with " + what
                + "; it was refused and nothing was unpacked outside the workspace");
    }
}
