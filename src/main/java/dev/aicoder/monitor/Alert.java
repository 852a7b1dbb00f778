package dev.aicoder.monitor;

import java.time.Instant;

/** An alert state change as logged, published and delivered to the webhook. */
public record Alert(String alert, String status, double value, double threshold, String unit, String detail,
        String instance, Instant at, Instant since) {

    public static final String FIRING = "firing";
    public static final String RESOLVED = "resolved";

    public String summary() {
        return String.format("%s %s: %s %s (threshold %s; %s)", alert, status, round(value), unit, round(threshold),
                detail);
    }

    private static String round(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format("%.3f", v);
    }
}
