package dev.aicoder.analysis.architecture.metrics;

/**
 * Size, complexity, cohesion and coupling of one unit (a class, or a module file for languages analysed by
 * imports, where only the size and coupling fields are filled).
 *
 * @param wmc weighted methods per class (sum of cyclomatic complexities)
 * @param lcom4 connected groups of methods (1 = cohesive); 0 for units without member facts
 * @param tcc tight class cohesion in [0, 1]
 * @param atfd access to foreign data: distinct attributes of other classes read
 * @param fanIn units that depend on this one
 * @param fanOut units this one depends on
 */
public record ClassMetrics(String id, String name, String container, String path, int line, String kind, int lines,
        int methods, int fields, int wmc, int lcom4, double tcc, int atfd, int fanIn, int fanOut) {
}
