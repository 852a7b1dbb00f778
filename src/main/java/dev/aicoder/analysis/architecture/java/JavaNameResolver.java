package dev.aicoder.analysis.architecture.java;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves type names as written in a Java file to the project's top-level types, the way javac looks them up:
 * the type itself and its nested types, other types of the file, single-type imports, the same package,
 * on-demand imports, static imports, then fully qualified names. Names outside the project resolve to null.
 */
final class JavaNameResolver {

    /** Every project type name (top-level and nested, dotted) → its top-level type. */
    private final Map<String, String> owners = new HashMap<>();

    JavaNameResolver(List<JavaSource> sources) {
        for (JavaSource s : sources) {
            for (JavaSource.Type t : s.types()) {
                owners.putIfAbsent(t.fqcn(), t.fqcn());
                for (String nested : t.nestedNames()) {
                    owners.putIfAbsent(t.fqcn() + "." + nested, t.fqcn());
                }
            }
        }
    }

    boolean known(String fqcn) {
        return owners.containsKey(fqcn);
    }

    /** The top-level project type {@code written} names inside {@code self} of {@code file}, or null. */
    String resolve(JavaSource file, JavaSource.Type self, String written) {
        String name = baseName(written);
        if (name.isEmpty()) {
            return null;
        }
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        if (first.equals(self.simpleName()) || self.nestedNames().contains(first)) {
            return self.fqcn();
        }
        for (JavaSource.Type other : file.types()) {
            if (other.simpleName().equals(first) || other.nestedNames().contains(first)) {
                return other.fqcn();
            }
        }
        for (String imported : file.imports()) {
            if (imported.endsWith("." + first) || imported.equals(first)) {
                return lookup(imported + rest, imported);
            }
        }
        String samePackage = file.pkg().isEmpty() ? first : file.pkg() + "." + first;
        String found = lookup(samePackage + rest, samePackage);
        if (found != null) {
            return found;
        }
        for (String pkg : file.wildcardImports()) {
            found = lookup(pkg + "." + name, pkg + "." + first);
            if (found != null) {
                return found;
            }
        }
        for (String owner : file.staticImports()) {
            found = lookup(owner + "." + name, owner + "." + first);
            if (found != null) {
                return found;
            }
        }
        return Character.isLowerCase(first.charAt(0)) ? lookup(name, "") : null;
    }

    /** The owner of the longest prefix of {@code name} that is a project type, not shorter than {@code min}. */
    private String lookup(String name, String min) {
        String n = name;
        while (n.length() >= min.length() && !n.isEmpty()) {
            String owner = owners.get(n);
            if (owner != null) {
                return owner;
            }
            int dot = n.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            n = n.substring(0, dot);
        }
        return null;
    }

    /** {@code java.util.Map.Entry<K, V>[]} → {@code java.util.Map.Entry}; annotations and spaces dropped. */
    static String baseName(String written) {
        String s = written;
        int lt = s.indexOf('<');
        if (lt >= 0) {
            s = s.substring(0, lt);
        }
        int br = s.indexOf('[');
        if (br >= 0) {
            s = s.substring(0, br);
        }
        s = s.replace("...", "").trim();
        int space = s.lastIndexOf(' ');
        return space >= 0 ? s.substring(space + 1) : s;
    }
}
