package dev.aicoder.tasks;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/**
 * A Unix cron expression (five fields: minute hour day-of-month month day-of-week, e.g. {@code 0 2 * * *} for
 * 02:00 every day) in a time zone. Parsing fails with an {@link IllegalArgumentException} fit for a 422.
 */
public final class CronSchedule {

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final ExecutionTime execution;
    private final ZoneId zone;

    private CronSchedule(ExecutionTime execution, ZoneId zone) {
        this.execution = execution;
        this.zone = zone;
    }

    public static CronSchedule parse(String expression, String timeZone) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "UTC" : timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + timeZone + "'");
        }
        if (expression == null || expression.isBlank() || expression.length() > 120) {
            throw new IllegalArgumentException("cron must be a five-field Unix cron expression such as '0 2 * * *'");
        }
        try {
            var cron = PARSER.parse(expression.trim()).validate();
            CronSchedule schedule = new CronSchedule(ExecutionTime.forCron(cron), zone);
            schedule.nextAfter(Instant.now());
            return schedule;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("invalid cron expression '" + expression + "': " + e.getMessage());
        }
    }

    /** The first firing time strictly after {@code instant}. */
    public Instant nextAfter(Instant instant) {
        return execution.nextExecution(ZonedDateTime.ofInstant(instant, zone))
                .map(ZonedDateTime::toInstant)
                .orElseThrow(() -> new IllegalArgumentException("the cron expression never fires"));
    }
}
