package dev.aicoder.analysis.architecture;

import java.util.regex.Pattern;

/** Recognises test sources by path, so that tests do not distort the production architecture. */
final class TestSources {

    private static final Pattern TEST_PATH = Pattern.compile(
            "(^|.*/)(src/test|src/it|src/testFixtures|tests?|__tests__|spec|testing)/.*"
                    + "|.*(Test|Tests|IT|TestCase)\\.(java|kt|cs)$"
                    + "|.*_test\\.(go|py)$|(^|.*/)test_[^/]*\\.py$|.*\\.(test|spec)\\.[cm]?[jt]sx?$");

    private TestSources() {
    }

    static boolean isTest(String path) {
        return TEST_PATH.matcher(path).matches();
    }
}
