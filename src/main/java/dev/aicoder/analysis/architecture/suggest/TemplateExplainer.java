package dev.aicoder.analysis.architecture.suggest;

/** Explains a suggestion from fixed sentences per kind and its first pieces of evidence; no model involved. */
public final class TemplateExplainer implements SuggestionExplainer {

    @Override
    public String explain(Suggestion s) {
        String why = switch (s.kind()) {
            case SPLIT_CLASS -> "A class that does several unrelated jobs changes for several unrelated reasons, "
                    + "and each change risks the other jobs. Splitting it along the groups of methods that share "
                    + "data gives smaller classes that can be understood, tested and changed alone.";
            case SPLIT_INTERFACE -> "Implementations that throw or do nothing for part of an interface show that "
                    + "clients need smaller roles. Role interfaces let each implementation promise only what it does.";
            case MOVE_CLASS -> "The class works mostly with another package and is used from there, so it is in "
                    + "the wrong place: moving it removes cross-package coupling without changing behaviour.";
            case INVERT_DEPENDENCY -> "Depending on an abstraction owned by the using side, instead of a concrete "
                    + "class elsewhere, breaks the dependency (or the cycle) and lets either side change or be "
                    + "replaced in tests without touching the other.";
            case REPLACE_CONDITIONAL -> "Branching on the type of an object has to be edited every time a type is "
                    + "added. A method on the common type, overridden by each subtype, keeps that knowledge with "
                    + "the type.";
        };
        StringBuilder b = new StringBuilder(s.title()).append(". ").append(why);
        if (!s.evidence().isEmpty()) {
            b.append(" Evidence: ").append(s.evidence().get(0));
            if (s.evidence().size() > 1) {
                b.append("; ").append(s.evidence().get(1));
            }
            b.append('.');
        }
        return b.toString();
    }
}
