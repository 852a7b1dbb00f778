package dev.aicoder.analysis.standards;

import dev.aicoder.analysis.standards.profile.Profile;
import dev.aicoder.source.Language;

/** A file to check against a profile. */
public record StyleInput(String path, Language language, String content, Profile profile) {

    public StyleInput withContent(String other) {
        return new StyleInput(path, language, other, profile);
    }

    public StyleInput withProfile(Profile other) {
        return new StyleInput(path, language, content, other);
    }
}
