package dev.aicoder.analysis.quality.pmd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;

/**
 * The PMD rules we run for Java ({@code pmd/java-default.xml}: error-prone, best practices, design,
 * multithreading, performance, security) and how they map onto our rule ids ({@code pmd.<RuleName>}),
 * categories, severities and CWE ids.
 */
public final class PmdRules {

    public static final String RULESET = "pmd/java-default.xml";
    public static final String ANALYZER = "pmd";

    private static final Map<String, List<Integer>> CWE = Map.ofEntries(
            Map.entry("HardCodedCryptoKey", List.of(321)), Map.entry("InsecureCryptoIv", List.of(329)),
            Map.entry("AvoidPrintStackTrace", List.of(209)), Map.entry("EmptyCatchBlock", List.of(390)),
            Map.entry("AvoidCatchingNPE", List.of(395)), Map.entry("AvoidThrowingRawExceptionTypes", List.of(397)),
            Map.entry("DoNotTerminateVM", List.of(382)), Map.entry("CloseResource", List.of(772)),
            Map.entry("UseTryWithResources", List.of(772)), Map.entry("ReturnFromFinallyBlock", List.of(584)),
            Map.entry("DoNotThrowExceptionInFinally", List.of(584)), Map.entry("AvoidUsingHardCodedIP", List.of(547)),
            Map.entry("CompareObjectsWithEquals", List.of(595)), Map.entry("UseEqualsToCompareStrings", List.of(597)),
            Map.entry("BrokenNullCheck", List.of(476)), Map.entry("MisplacedNullCheck", List.of(476)),
            Map.entry("ImplicitSwitchFallThrough", List.of(484)), Map.entry("AssignmentInOperand", List.of(481)),
            Map.entry("OverrideBothEqualsAndHashcode", List.of(581)),
            Map.entry("CloneMethodMustImplementCloneable", List.of(580)),
            Map.entry("ProperCloneImplementation", List.of(580)), Map.entry("DoubleCheckedLocking", List.of(609)),
            Map.entry("NonThreadSafeSingleton", List.of(543)), Map.entry("UnsynchronizedStaticFormatter",
                    List.of(567)), Map.entry("ArrayIsStoredDirectly", List.of(496)),
            Map.entry("MethodReturnsInternalArray", List.of(495)), Map.entry("UnusedPrivateField", List.of(563)),
            Map.entry("UnusedLocalVariable", List.of(563)), Map.entry("UnusedAssignment", List.of(563)),
            Map.entry("UnusedPrivateMethod", List.of(561)), Map.entry("ComparisonWithNaN", List.of(1077)),
            Map.entry("MutableStaticState", List.of(500)), Map.entry("AssignmentToNonFinalStatic", List.of(500)),
            Map.entry("ConstructorCallsOverridableMethod", List.of(1321)),
            Map.entry("AvoidCallingFinalize", List.of(586)), Map.entry("EmptyFinalizer", List.of(568)),
            Map.entry("FinalizeDoesNotCallSuperFinalize", List.of(568)),
            Map.entry("UseLocaleWithCaseConversions", List.of(474)), Map.entry("RelianceOnDefaultCharset",
                    List.of(838)), Map.entry("DontCallThreadRun", List.of(572)),
            Map.entry("UseNotifyAllInsteadOfNotify", List.of(662)), Map.entry("PreserveStackTrace", List.of(755)));

    private final List<RuleSet> ruleSets;
    private final Map<String, RuleDescriptor> descriptors = new LinkedHashMap<>();

    private PmdRules(List<RuleSet> ruleSets) {
        this.ruleSets = ruleSets;
        for (RuleSet set : ruleSets) {
            for (Rule rule : set.getRules()) {
                descriptors.put(rule.getName(), descriptor(rule));
            }
        }
    }

    /** Loads the default rule set from the classpath (once per analyzer; rule sets are copied per PMD thread). */
    public static PmdRules load() {
        RuleSet set = new RuleSetLoader().loadResourcesWith(PmdRules.class.getClassLoader()).warnDeprecated(false)
                .loadFromResource(RULESET);
        return new PmdRules(List.of(set));
    }

    List<RuleSet> ruleSets() {
        return ruleSets;
    }

    public List<RuleDescriptor> descriptors() {
        return new ArrayList<>(descriptors.values());
    }

    RuleDescriptor descriptor(String ruleName) {
        return descriptors.get(ruleName);
    }

    static String id(String ruleName) {
        return "pmd." + ruleName;
    }

    private static RuleDescriptor descriptor(Rule rule) {
        Category category = category(rule.getRuleSetName());
        String description = rule.getDescription() == null ? rule.getName()
                : rule.getDescription().strip().replaceAll("\\s*\\n\\s*", " ");
        if (rule.getExternalInfoUrl() != null && !rule.getExternalInfoUrl().isBlank()) {
            description += "\n\nPMD documentation: " + rule.getExternalInfoUrl();
        }
        return new RuleDescriptor(id(rule.getName()), title(rule.getName()), description,
                severity(category, rule.getPriority().getPriority()), category,
                CWE.getOrDefault(rule.getName(), List.of()), List.of("pmd", slug(rule.getRuleSetName())), ANALYZER);
    }

    static Category category(String ruleSetName) {
        String s = ruleSetName == null ? "" : ruleSetName.toLowerCase().replace(" ", "");
        return switch (s) {
            case "security" -> Category.SECURITY;
            case "performance" -> Category.PERFORMANCE;
            case "design" -> Category.MAINTAINABILITY;
            case "codestyle", "documentation" -> Category.STANDARDS;
            default -> Category.QUALITY; // errorprone, bestpractices, multithreading
        };
    }

    /** PMD priority 1 (high) to 5 (low), weighed by what the category means for a user. */
    static Severity severity(Category category, int priority) {
        if (category == Category.SECURITY) {
            return priority <= 2 ? Severity.HIGH : Severity.MEDIUM;
        }
        if (category == Category.STANDARDS) {
            return Severity.INFO;
        }
        if (priority <= 1) {
            return Severity.HIGH;
        }
        return priority <= 3 && category == Category.QUALITY ? Severity.MEDIUM : Severity.LOW;
    }

    /** {@code UseTryWithResources} → "Use try with resources". */
    static String title(String name) {
        String words = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String slug(String s) {
        return s == null ? "" : s.toLowerCase().replace(" ", "-");
    }
}
