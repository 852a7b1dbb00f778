package dev.aicoder.scan;

/** A job that runs analyzers in a {@link JobContext}, which it expires when the job's budget is spent. */
abstract class ContextJob implements BoundedRunner.Job {

    private volatile JobContext context;

    /** Opens the job's context; call once at the start of {@link #run()} and close it when done. */
    final JobContext open(ScanRun run) {
        JobContext ctx = new JobContext(run.options(), ScanJson.mapper(), run::cancelled);
        context = ctx;
        return ctx;
    }

    @Override
    public final void expire() {
        JobContext ctx = context;
        if (ctx != null) {
            ctx.expire();
        }
    }
}
