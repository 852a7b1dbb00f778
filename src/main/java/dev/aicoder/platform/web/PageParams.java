package dev.aicoder.platform.web;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code page} (0-based) and {@code size} query parameters. Out-of-range values are clamped rather than rejected, so
 * a client asking for 10,000 rows gets the maximum page instead of an error.
 */
public class PageParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    int size;

    public PageParams() {
    }

    public PageParams(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return Math.max(0, page);
    }

    public int size() {
        return Math.min(MAX_SIZE, Math.max(1, size));
    }

    public int offset() {
        return page() * size();
    }
}
