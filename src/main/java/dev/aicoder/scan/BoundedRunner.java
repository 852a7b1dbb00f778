package dev.aicoder.scan;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs jobs with at most {@code threads} at once, each with a time budget. A job over budget is told to stop
 * (its {@link Job#expire()}), interrupted, and given up on: its slot is freed at once so that one pathological
 * file cannot stall the scan, even if the job's thread never returns (threads are daemons and come from an
 * unbounded pool, so a stuck one only costs its own thread).
 */
final class BoundedRunner implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Semaphore slots;
    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor timer;

    BoundedRunner(int threads) {
        int pool = POOLS.incrementAndGet();
        this.slots = new Semaphore(threads);
        this.workers = Executors.newCachedThreadPool(daemons("aicoder-scan-" + pool + "-"));
        this.timer = new ScheduledThreadPoolExecutor(1, daemons("aicoder-scan-timer-" + pool + "-"));
        this.timer.setRemoveOnCancelPolicy(true);
    }

    /** A unit of work; {@link #expire()} is called from the timer thread when the budget is spent. */
    interface Job {
        void run() throws Exception;

        void expire();

        /** Called once, instead of nothing, when the job ran out of time or threw. */
        void failed(Throwable error, boolean timedOut);
    }

    /** Submits a job, waiting for a free slot; false when the scan was cancelled while waiting. */
    boolean submit(Job job, Duration budget, CountDownLatch done, BooleanSupplier cancelled) throws InterruptedException {
        while (!slots.tryAcquire(200, TimeUnit.MILLISECONDS)) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
        }
        Tracker tracker = new Tracker(job, done);
        tracker.future = workers.submit(tracker::run);
        tracker.timeout = timer.schedule(tracker::expire, budget.toMillis(), TimeUnit.MILLISECONDS);
        if (tracker.state.get() != 0) {
            tracker.timeout.cancel(false);
        }
        return true;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    private final class Tracker {
        final Job job;
        final CountDownLatch done;
        final AtomicInteger state = new AtomicInteger();
        volatile Future<?> future;
        volatile ScheduledFuture<?> timeout;

        Tracker(Job job, CountDownLatch done) {
            this.job = job;
            this.done = done;
        }

        void run() {
            Throwable error = null;
            try {
                job.run();
            } catch (Throwable t) {
                error = t;
            }
            if (state.compareAndSet(0, 1)) {
                ScheduledFuture<?> t = timeout;
                if (t != null) {
                    t.cancel(false);
                }
                if (error != null) {
                    job.failed(error, false);
                }
                finish();
            }
        }

        void expire() {
            if (state.compareAndSet(0, 2)) {
                job.expire();
                Future<?> f = future;
                if (f != null) {
                    f.cancel(true);
                }
                job.failed(null, true);
                finish();
            }
        }

        private void finish() {
            slots.release();
            done.countDown();
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
