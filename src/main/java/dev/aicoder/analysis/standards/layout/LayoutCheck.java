package dev.aicoder.analysis.standards.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.aicoder.analysis.standards.StyleCheck;
import dev.aicoder.analysis.standards.StyleInput;
import dev.aicoder.analysis.standards.StyleIssue;
import dev.aicoder.analysis.standards.fix.LineDiff;
import dev.aicoder.analysis.standards.profile.Profile;
import dev.aicoder.source.Language;

/**
 * Line layout shared by every language, driven by the profile's settings: line length ({@code max-line-length};
 * import lines and lines holding a URL are exempt), trailing whitespace, indentation with tabs or spaces
 * ({@code indent}: {@code spaces} or {@code tabs}, {@code indent-width}), CRLF line ends, and the final newline.
 */
public final class LayoutCheck implements StyleCheck {

    public static final String LINE_LENGTH = "standards.line-length";
    public static final String TRAILING_WHITESPACE = "standards.trailing-whitespace";
    public static final String TAB_INDENT = "standards.tab-indent";
    public static final String SPACE_INDENT = "standards.space-indent";
    public static final String CRLF = "standards.crlf";
    public static final String FINAL_NEWLINE = "standards.final-newline";

    private static final Pattern EXEMPT = Pattern.compile(
            "^\\s*(import\\s|package\\s|#include|from\\s+\\S+\\s+import\\s|using\\s).*|.*\\b(https?|file)://.*");
    private static final Pattern TRAILING = Pattern.compile("[ \\t]+(\\r?\\n)?$");

    @Override
    public boolean supports(Language language) {
        return language.isCode();
    }

    @Override
    public List<String> ruleIds() {
        return List.of(LINE_LENGTH, TRAILING_WHITESPACE, TAB_INDENT, SPACE_INDENT, CRLF, FINAL_NEWLINE);
    }

    @Override
    public List<StyleIssue> check(StyleInput in) {
        Profile p = in.profile();
        List<String> lines = LineDiff.lines(in.content());
        List<StyleIssue> out = new ArrayList<>();
        int max = p.intSetting("max-line-length", 0);
        boolean tabs = p.setting("indent", "spaces").equals("tabs");
        int width = p.intSetting("indent-width", 4);
        boolean crlfSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = Lines.body(raw);
            int n = i + 1;
            if (p.enables(LINE_LENGTH) && max > 0 && line.codePointCount(0, line.length()) > max
                    && !EXEMPT.matcher(line).matches()) {
                out.add(StyleIssue.unfixable(LINE_LENGTH, n, "Line is " + line.codePointCount(0, line.length())
                        + " characters long; " + p.title() + " allows " + max));
            }
            if (p.enables(TRAILING_WHITESPACE) && TRAILING.matcher(raw).find() && !line.isBlank()) {
                out.add(new StyleIssue(TRAILING_WHITESPACE, n, "Trailing whitespace", "remove trailing whitespace",
                        Lines.replace(lines, i, line.stripTrailing() + Lines.terminator(raw))));
            }
            String indent = Lines.indent(line);
            if (!tabs && p.enables(TAB_INDENT) && indent.contains("\t")) {
                out.add(new StyleIssue(TAB_INDENT, n, "Indented with tabs; " + p.title() + " indents with spaces",
                        "indent with spaces", Lines.replace(lines, i,
                                indent.replace("\t", " ".repeat(width)) + line.substring(indent.length())
                                        + Lines.terminator(raw))));
            }
            if (tabs && p.enables(SPACE_INDENT) && indent.contains(" ")) {
                out.add(spaceIndent(lines, i, indent, line, raw, width, p));
            }
            crlfSeen |= raw.endsWith("\r\n");
        }
        if (crlfSeen && p.enables(CRLF)) {
            int first = 1 + firstCrlf(lines);
            out.add(new StyleIssue(CRLF, first, "Windows line endings (CRLF); " + p.title() + " uses LF",
                    "convert line endings to LF", in.content().replace("\r\n", "\n")));
        }
        if (p.enables(FINAL_NEWLINE) && !in.content().isEmpty() && !in.content().endsWith("\n")) {
            out.add(new StyleIssue(FINAL_NEWLINE, lines.size(), "The file does not end with a newline",
                    "add a final newline", in.content() + "\n"));
        }
        return out;
    }

    /** Leading spaces in whole indentation units become tabs; anything else (alignment) is left to the author. */
    private static StyleIssue spaceIndent(List<String> lines, int i, String indent, String line, String raw,
            int width, Profile p) {
        String message = "Indented with spaces; " + p.title() + " indents with tabs";
        String spaces = indent.replace("\t", "");
        if (!indent.matches("\\t* +") || spaces.length() % width != 0) {
            return StyleIssue.unfixable(SPACE_INDENT, i + 1, message);
        }
        String fixedIndent = indent.substring(0, indent.length() - spaces.length()) + "\t".repeat(spaces.length()
                / width);
        return new StyleIssue(SPACE_INDENT, i + 1, message, "indent with tabs",
                Lines.replace(lines, i, fixedIndent + line.substring(indent.length()) + Lines.terminator(raw)));
    }

    private static int firstCrlf(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("\r\n")) {
                return i;
            }
        }
        return 0;
    }
}
