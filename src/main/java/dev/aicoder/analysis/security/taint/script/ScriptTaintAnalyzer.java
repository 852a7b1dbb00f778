package dev.aicoder.analysis.security.taint.script;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.security.taint.TaintKind;
import dev.aicoder.analysis.security.taint.TaintRules;
import dev.aicoder.analysis.syntax.SyntaxTree;
import dev.aicoder.analysis.syntax.SyntaxTrees;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;

/**
 * Taint analysis of Python (Flask, Django, FastAPI) or JavaScript/TypeScript (Express, Koa, Node) files on the
 * shared tree-sitter tree of the scan; one file at a time (flows through functions of the same file).
 */
public final class ScriptTaintAnalyzer implements FileAnalyzer {

    private final String id;
    private final ScriptSpec spec;
    private final Set<Language> languages;
    private final String languageName;

    private ScriptTaintAnalyzer(String id, ScriptSpec spec, Set<Language> languages, String languageName) {
        this.id = id;
        this.spec = spec;
        this.languages = languages;
        this.languageName = languageName;
    }

    public static ScriptTaintAnalyzer python() {
        return new ScriptTaintAnalyzer("taint-python", ScriptSpec.PYTHON, Set.of(Language.PYTHON), "Python");
    }

    public static ScriptTaintAnalyzer javascript() {
        return new ScriptTaintAnalyzer("taint-javascript", ScriptSpec.JAVASCRIPT,
                Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT), "JavaScript/TypeScript");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<Category> categories() {
        return EnumSet.of(Category.SECURITY);
    }

    @Override
    public Collection<RuleDescriptor> rules() {
        return TaintRules.descriptors(spec.prefix(), id, List.of(TaintKind.values()).stream()
                .filter(TaintKind::taint).toList(), languageName);
    }

    @Override
    public boolean supports(SourceFile file) {
        return languages.contains(file.language());
    }

    @Override
    public List<Finding> analyze(SourceFile file, String content, AnalysisContext context) {
        Optional<SyntaxTree> tree = SyntaxTrees.of(context, file, content);
        if (tree.isEmpty()) {
            return List.of();
        }
        SNode root;
        synchronized (tree.get()) {
            root = SNode.copy(tree.get().root(), null, tree.get().source(), 0);
        }
        return new ScriptInterpreter(spec, file.path(), file.language(), id, content).run(root);
    }
}
