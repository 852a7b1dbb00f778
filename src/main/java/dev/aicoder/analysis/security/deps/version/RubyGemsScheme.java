package dev.aicoder.analysis.security.deps.version;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RubyGems requirements: {@code =, !=, >, <, >=, <=, ~>}, comma-separated, all must hold. */
final class RubyGemsScheme extends ParsedScheme<GemVersion> {

    private static final Pattern CLAUSE = Pattern.compile("^(=|!=|>=|<=|>|<|~>)?\\s*(\\S+)$");

    RubyGemsScheme() {
        super("RubyGems");
    }

    @Override
    GemVersion parse(String version) {
        return GemVersion.parse(version);
    }

    @Override
    public boolean satisfies(String version, String constraint) {
        GemVersion v = require(version);
        for (String clause : constraint.split(",")) {
            Matcher m = CLAUSE.matcher(clause.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("invalid RubyGems requirement: " + clause);
            }
            GemVersion t = require(m.group(2));
            int c = v.compareTo(t);
            boolean ok = switch (m.group(1) == null ? "=" : m.group(1)) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case ">" -> c > 0;
                case "<" -> c < 0;
                case ">=" -> c >= 0;
                case "<=" -> c <= 0;
                default -> c >= 0 && v.release().compareTo(t.bump()) < 0;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

}
