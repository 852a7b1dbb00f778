package dev.aicoder.analysis.security.compliance;

import java.util.List;
import java.util.Set;

/**
 * A compliance standard as a table of controls, each mapped to the CWE ids whose presence makes it fail.
 *
 * @param id the value of {@code ?standard=}, e.g. {@code owasp-top10-2021}
 */
public record Standard(String id, String title, String version, String source, String note, List<Control> controls) {

    public Standard {
        controls = List.copyOf(controls);
    }

    /**
     * One control. {@code basis} says where the CWE list comes from: the standard itself, or a mapping made by this
     * project with its reason.
     */
    public record Control(String id, String title, String source, String basis, Set<Integer> cwe) {

        public Control {
            cwe = Set.copyOf(cwe);
        }
    }
}
