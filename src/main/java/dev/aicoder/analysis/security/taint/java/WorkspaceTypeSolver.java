package dev.aicoder.analysis.security.taint.java;

import java.util.Map;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;

/**
 * A type solver over the workspace's already parsed compilation units, built once per scan: types are found by
 * qualified name in the index instead of re-reading source folders (which also works for in-memory workspaces).
 */
final class WorkspaceTypeSolver implements TypeSolver {

    private final Map<String, TypeDeclaration<?>> types;
    private TypeSolver parent;

    WorkspaceTypeSolver(Map<String, TypeDeclaration<?>> types) {
        this.types = types;
    }

    @Override
    public TypeSolver getParent() {
        return parent;
    }

    @Override
    public void setParent(TypeSolver parent) {
        this.parent = parent;
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
        TypeDeclaration<?> type = types.get(name);
        if (type == null) {
            return SymbolReference.unsolved();
        }
        return SymbolReference.solved(JavaParserFacade.get(getRoot()).getTypeDeclaration(type));
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(String module, String name) {
        return tryToSolveType(name);
    }
}
