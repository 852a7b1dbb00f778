package dev.aicoder.analysis.security.taint.script;

import java.util.ArrayList;
import java.util.List;

import org.treesitter.TSNode;

import dev.aicoder.analysis.syntax.SourceText;

/**
 * A plain-Java copy of a tree-sitter node (type, field name, children, position), made once per file so that the
 * interpreter walks ordinary objects instead of native nodes.
 */
final class SNode {

    final String type;
    final String field;
    final boolean named;
    final List<SNode> children;
    final int line;
    private final SourceText source;
    private final int startByte;
    private final int endByte;

    private SNode(String type, String field, boolean named, List<SNode> children, int line, SourceText source,
            int startByte, int endByte) {
        this.type = type;
        this.field = field;
        this.named = named;
        this.children = children;
        this.line = line;
        this.source = source;
        this.startByte = startByte;
        this.endByte = endByte;
    }

    static SNode copy(TSNode n, String field, SourceText source, int depth) {
        List<SNode> kids = new ArrayList<>();
        if (depth < 400) {
            int count = n.getChildCount();
            for (int i = 0; i < count; i++) {
                TSNode c = n.getChild(i);
                if (c.isExtra() && "comment".equals(c.getType())) {
                    continue;
                }
                kids.add(copy(c, n.getFieldNameForChild(i), source, depth + 1));
            }
        }
        return new SNode(n.getType(), field, n.isNamed(), List.copyOf(kids), n.getStartPoint().getRow() + 1, source,
                n.getStartByte(), n.getEndByte());
    }

    String text() {
        return source.slice(startByte, endByte);
    }

    SNode field(String name) {
        for (SNode c : children) {
            if (name.equals(c.field)) {
                return c;
            }
        }
        return null;
    }

    List<SNode> named() {
        List<SNode> out = new ArrayList<>();
        for (SNode c : children) {
            if (c.named) {
                out.add(c);
            }
        }
        return out;
    }

    /** The anonymous tokens between named children, e.g. an operator ({@code not in}, {@code ===}). */
    String operator() {
        StringBuilder sb = new StringBuilder();
        for (SNode c : children) {
            if (!c.named) {
                sb.append(sb.length() == 0 ? "" : " ").append(c.type);
            }
        }
        return sb.toString();
    }

    boolean is(String... types) {
        for (String t : types) {
            if (t.equals(type)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return type + "@" + line;
    }
}
