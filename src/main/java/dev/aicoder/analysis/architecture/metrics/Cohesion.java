package dev.aicoder.analysis.architecture.metrics;

import java.util.List;

import dev.aicoder.analysis.architecture.model.ClassFacts;
import dev.aicoder.analysis.architecture.model.MethodFacts;

/** Tight class cohesion (Bieman and Kang): the share of pairs of public methods that use a common field. */
public final class Cohesion {

    private Cohesion() {
    }

    /** TCC in [0, 1]; 1 when the class has fewer than two public instance methods. */
    public static double tcc(ClassFacts c) {
        List<MethodFacts> visible = c.methods().stream()
                .filter(m -> m.isPublic() && !m.isStatic() && !m.constructor() && m.body() != MethodFacts.Body.NONE)
                .toList();
        int n = visible.size();
        if (n < 2) {
            return 1.0;
        }
        int connected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (shares(visible.get(i), visible.get(j))) {
                    connected++;
                }
            }
        }
        return connected / (n * (n - 1) / 2.0);
    }

    private static boolean shares(MethodFacts a, MethodFacts b) {
        for (String f : a.fields()) {
            if (b.fields().contains(f)) {
                return true;
            }
        }
        return false;
    }
}
