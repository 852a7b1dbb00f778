package dev.aicoder.analysis.quality.metrics;

import java.util.List;

/** Counts blank, comment-only and code lines of a text, given the ranges its comments cover. */
record LineStats(int lines, int code, int comment, int blank) {

    static LineStats of(String text, List<int[]> commentRanges) {
        boolean[] inComment = new boolean[text.length()];
        for (int[] r : commentRanges) {
            for (int i = Math.max(0, r[0]); i < Math.min(r[1], inComment.length); i++) {
                inComment[i] = true;
            }
        }
        int lines = 0;
        int code = 0;
        int comment = 0;
        int blank = 0;
        boolean hasCode = false;
        boolean hasComment = false;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i == text.length() && i > 0 && text.charAt(i - 1) == '\n') {
                    break;
                }
                if (i == 0 && text.isEmpty()) {
                    break;
                }
                lines++;
                if (hasCode) {
                    code++;
                } else if (hasComment) {
                    comment++;
                } else {
                    blank++;
                }
                hasCode = false;
                hasComment = false;
            } else if (!Character.isWhitespace(text.charAt(i))) {
                if (inComment[i]) {
                    hasComment = true;
                } else {
                    hasCode = true;
                }
            }
        }
        return new LineStats(lines, code, comment, blank);
    }
}
