package dev.aicoder.analysis.syntax;

/**
 * A tree-sitter query that does not compile for a grammar, with a message a rule author can act on: what is wrong
 * and where (line and column within the query text).
 */
public class InvalidQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public InvalidQueryException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based line within the query text; 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column within the query text; 0 when unknown. */
    public int column() {
        return column;
    }
}
