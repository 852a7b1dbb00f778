package dev.aicoder.tasks;

import org.jboss.logging.Logger;

import dev.aicoder.platform.logging.Redactor;

/**
 * Logs a database outage once when it starts (then at most every 30 s) and once when it ends, instead of once per
 * failed poll of every worker thread.
 */
final class DbOutage {

    private static final Logger LOG = Logger.getLogger(DbOutage.class);
    private static final long REPEAT_NANOS = 30_000_000_000L;

    private final String what;
    private boolean down;
    private long lastLog;

    DbOutage(String what) {
        this.what = what;
    }

    synchronized void failed(Throwable error) {
        long now = System.nanoTime();
        if (!down || now - lastLog > REPEAT_NANOS) {
            LOG.warnf("%s cannot reach the database (%s); retrying", what, Redactor.redact(error.toString()));
            lastLog = now;
        }
        down = true;
    }

    synchronized void ok() {
        if (down) {
            LOG.infof("%s reached the database again", what);
            down = false;
        }
    }
}
