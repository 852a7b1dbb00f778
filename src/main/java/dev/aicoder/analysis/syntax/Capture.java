package dev.aicoder.analysis.syntax;

import org.treesitter.TSNode;

/**
 * One captured node of a query match, with its position as findings need it: 1-based lines, 1-based character
 * columns, end column exclusive (SARIF convention). {@link #node()} is only valid while its tree is open.
 */
public final class Capture {

    private final String name;
    private final TSNode node;
    private final SourceText source;
    private final int startByte;
    private final int endByte;
    private final String type;

    Capture(String name, TSNode node, SourceText source) {
        this.name = name;
        this.node = node;
        this.source = source;
        this.startByte = node.getStartByte();
        this.endByte = node.getEndByte();
        this.type = node.getType();
    }

    public String name() {
        return name;
    }

    /** The node's grammar type, e.g. {@code call_expression}. */
    public String type() {
        return type;
    }

    public TSNode node() {
        return node;
    }

    public int startByte() {
        return startByte;
    }

    public int endByte() {
        return endByte;
    }

    public int startOffset() {
        return source.charOffset(startByte);
    }

    public int endOffset() {
        return source.charOffset(endByte);
    }

    public int startLine() {
        return source.lineOf(startOffset());
    }

    public int startColumn() {
        return source.columnOf(startOffset());
    }

    public int endLine() {
        return source.lineOf(endOffset());
    }

    public int endColumn() {
        return source.columnOf(endOffset());
    }

    public String text() {
        return source.slice(startByte, endByte);
    }

    /** True when this capture's range lies within {@code other}'s. */
    public boolean within(Capture other) {
        return startByte >= other.startByte && endByte <= other.endByte;
    }

    @Override
    public String toString() {
        return "@" + name + " " + type() + " " + startLine() + ":" + startColumn() + "-" + endLine() + ":" + endColumn();
    }
}
