package dev.aicoder.source;

/** Line counting shared by workspaces and reports: a last line without a newline counts, an empty file has 0. */
public final class SourceLines {

    private SourceLines() {
    }

    public static int count(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return text.length() > 0 && text.charAt(text.length() - 1) != '\n' ? n + 1 : n;
    }

    public static int count(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? n + 1 : n;
    }
}
