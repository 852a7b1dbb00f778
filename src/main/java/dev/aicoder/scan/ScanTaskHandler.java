package dev.aicoder.scan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.tasks.TaskContext;
import dev.aicoder.tasks.TaskHandler;

/** Task type {@code scan}: payload {@code {"scan_id": "…"}}; scans are created through {@code POST /api/v1/scans}. */
@ApplicationScoped
public class ScanTaskHandler implements TaskHandler {

    public static final String TYPE = "scan";

    private final ScanWorker worker;

    public ScanTaskHandler(ScanWorker worker) {
        this.worker = worker;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean submittable() {
        return false;
    }

    @Override
    public void validate(JsonNode payload) {
        try {
            UUID.fromString(payload.path("scan_id").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scan_id must be a scan id");
        }
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        return worker.run(UUID.fromString(context.payload().path("scan_id").asText()), context);
    }
}
