package dev.aicoder.analysis.standards.java;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.aicoder.analysis.standards.StyleCheck;
import dev.aicoder.analysis.standards.StyleInput;
import dev.aicoder.analysis.standards.StyleIssue;
import dev.aicoder.analysis.standards.fix.LineDiff;
import dev.aicoder.analysis.standards.fix.LineEdit;
import dev.aicoder.analysis.standards.layout.Lines;
import dev.aicoder.source.Language;

/**
 * Java formatting with google-java-format: the file as a whole ({@code standards.java.format}, style from the
 * profile's {@code formatter-style}: {@code google} or {@code aosp}), each unused import
 * ({@code standards.java.unused-import}, detected syntactically, so it never removes an import that is used), and
 * the import order ({@code standards.java.import-order}).
 */
public final class JavaFormatCheck implements StyleCheck {

    public static final String FORMAT = "standards.java.format";
    public static final String UNUSED_IMPORT = "standards.java.unused-import";
    public static final String IMPORT_ORDER = "standards.java.import-order";

    @Override
    public boolean supports(Language language) {
        return language == Language.JAVA && GoogleJavaFormat.available();
    }

    @Override
    public List<String> ruleIds() {
        return List.of(FORMAT, UNUSED_IMPORT, IMPORT_ORDER);
    }

    @Override
    public List<StyleIssue> check(StyleInput in) {
        List<StyleIssue> out = new ArrayList<>();
        String style = in.profile().setting("formatter-style", "google");
        String text = in.content();
        if (in.profile().enables(UNUSED_IMPORT)) {
            GoogleJavaFormat.removeUnusedImports(text).ifPresent(cleaned -> unusedImports(text, cleaned, out));
        }
        if (in.profile().enables(IMPORT_ORDER)) {
            Optional<String> ordered = GoogleJavaFormat.orderImports(text, style);
            if (ordered.isPresent() && !ordered.get().equals(text)) {
                out.add(new StyleIssue(IMPORT_ORDER, firstDifference(text, ordered.get()), "Imports are not in "
                        + in.profile().title() + " order", "sort the imports", ordered.get()));
            }
        }
        if (in.profile().enables(FORMAT)) {
            Optional<String> formatted = GoogleJavaFormat.format(text, style);
            if (formatted.isPresent() && !formatted.get().equals(text)) {
                List<String> before = LineDiff.lines(text);
                out.add(new StyleIssue(FORMAT, firstDifference(text, formatted.get()), "The file is not formatted as "
                        + in.profile().title() + " requires (" + changedLines(before, LineDiff.lines(formatted.get()))
                        + " of " + before.size() + " lines change)",
                        "format the file with google-java-format (" + style + " style)", formatted.get()));
            }
        }
        return out;
    }

    /** The first line (1-based) where the two texts differ. */
    static int firstDifference(String before, String after) {
        List<String> a = LineDiff.lines(before);
        List<String> b = LineDiff.lines(after);
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return Math.min(i, Math.max(0, a.size() - 1)) + 1;
    }

    /**
     * Lines of {@code before} with no equal line left in {@code after}: the size of the change, counted in linear
     * time (a line diff of a file reformatted from 4 to 2 spaces is quadratic and was a tenth of the standards cost).
     */
    static int changedLines(List<String> before, List<String> after) {
        Map<String, Integer> left = new HashMap<>();
        after.forEach(l -> left.merge(l, 1, Integer::sum));
        int changed = 0;
        for (String l : before) {
            Integer n = left.get(l);
            if (n == null || n == 0) {
                changed++;
            } else {
                left.put(l, n - 1);
            }
        }
        return changed;
    }

    /** One issue per removed import line, each fixed by deleting that line only. */
    private static void unusedImports(String text, String cleaned, List<StyleIssue> out) {
        List<String> lines = LineDiff.lines(text);
        for (LineEdit e : LineDiff.between(text, cleaned)) {
            for (int i = e.begin(); i < e.end(); i++) {
                String line = Lines.body(lines.get(i)).trim();
                if (line.startsWith("import ")) {
                    List<String> copy = new ArrayList<>(lines);
                    copy.remove(i);
                    out.add(new StyleIssue(UNUSED_IMPORT, i + 1, "Unused import: " + line.substring(7)
                            .replace(";", "").trim(), "remove the import", String.join("", copy)));
                }
            }
        }
    }
}
