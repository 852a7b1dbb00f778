package dev.aicoder.standards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.standards.profile.Profile;
import dev.aicoder.analysis.standards.profile.ProfileCatalog;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.error.ProblemDetail;
import dev.aicoder.source.Language;

/**
 * Checks a choice of standards profiles ({@code {"java": "sun"}}) against the built-in catalogue, for the tenant's
 * stored choice and for a scan request alike: an unknown language or profile is a 422 naming what is known.
 */
public final class ProfileChoices {

    private static final ProfileCatalog CATALOG = ProfileCatalog.builtIn();

    private ProfileChoices() {
    }

    /** The choice with language ids normalised; throws a 422 problem listing every bad entry. */
    public static Map<String, String> checked(Map<String, String> choice) {
        Map<String, String> checked = new LinkedHashMap<>();
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        choice.forEach((language, name) -> {
            Language lang;
            try {
                lang = Language.of(language);
            } catch (IllegalArgumentException e) {
                errors.add(new ProblemDetail.FieldError(language, "unknown language"));
                return;
            }
            if (name == null || CATALOG.find(lang, name).isEmpty()) {
                errors.add(new ProblemDetail.FieldError(language, "unknown standards profile '" + name + "' for "
                        + lang.id() + "; known: " + String.join(", ", CATALOG.forLanguage(lang).stream()
                                .map(Profile::name).toList())));
                return;
            }
            checked.put(lang.id(), name);
        });
        if (!errors.isEmpty()) {
            throw new ApiException(422, "unknown-standards-profile", "Unknown standards profile",
                    errors.get(0).field() + ": " + errors.get(0).message(), errors, null);
        }
        return checked;
    }
}
