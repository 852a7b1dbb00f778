package dev.aicoder.analysis.standards;

import java.util.List;

import dev.aicoder.source.Language;

/**
 * One family of standards rules over the text of a file. A check returns issues; an issue that can be fixed
 * carries the whole text of the file after fixing that issue alone, from which the analyzer derives the edit,
 * verifies it (the file still parses, the issue is gone when the check runs again) and renders the diff.
 * Implementations are stateless and thread-safe.
 */
public interface StyleCheck {

    boolean supports(Language language);

    /** The rule ids this check may report. */
    List<String> ruleIds();

    List<StyleIssue> check(StyleInput input);
}
