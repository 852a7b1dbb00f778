package dev.aicoder.monitor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.aicoder.platform.events.EventBus;
import dev.aicoder.platform.events.EventType;
import dev.aicoder.platform.events.PlatformEvent;
import dev.aicoder.tasks.TaskMetrics;
import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/** Prometheus metrics, the metrics summary with its window, and the append-only audit log. */
@QuarkusTest
class MonitoringTest {

    @Inject
    EventBus bus;

    @Inject
    MonitorTicker ticker;

    @Inject
    TaskMetrics taskMetrics;

    @Inject
    Pool pool;

    @Test
    void prometheusExposesSystemAndApplicationMetrics() {
        var admin = Api.newTenant();
        String id = Api.as(admin.token()).body(Map.of("type", "system.noop")).post("/api/v1/tasks").then()
                .statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(20)).until(() -> "succeeded".equals(
                Api.as(admin.token()).get("/api/v1/tasks/" + id).then().extract().path("status")));
        taskMetrics.refresh().await().atMost(Duration.ofSeconds(10));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket"))
                .body(containsString("http_server_requests_seconds{"))
                .body(containsString("aicoder_tasks_duration_seconds_count{outcome=\"succeeded\",type=\"system.noop\"}"))
                .body(containsString("aicoder_tasks_claim_seconds"))
                .body(containsString("aicoder_events_total{type=\"TASK_SUCCEEDED\"}"))
                .body(containsString("disk_free_bytes"))
                .body(containsString("jvm_gc_pause_seconds"))
                .body(containsString("system_cpu_usage"))
                .body(containsString("jvm_threads_live_threads"));
    }

    @Test
    void summaryReportsSystemHttpTasksScansAndWindow() {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("type", "system.noop",
                "run_at", OffsetDateTime.now().plusHours(1).toString())).post("/api/v1/tasks").then().statusCode(202);
        bus.publish(PlatformEvent.of(EventType.SCAN_COMPLETED, admin.tenantId(), "scan-1",
                Map.of("files", 12, "findings", 3)));
        ticker.evaluate();
        for (int i = 0; i < 25; i++) {
            Api.as(admin.token()).get("/api/v1/users/me").then().statusCode(200);
        }
        ticker.evaluate();

        Api.as(admin.token()).get("/api/v1/metrics/summary").then().statusCode(200)
                .body("system.cpu_count", greaterThanOrEqualTo(1f))
                .body("system.heap_used_bytes", greaterThan(0f))
                .body("system.heap_usage", greaterThan(0f))
                .body("system.threads_live", greaterThan(0f))
                .body("system.disk_total_bytes", greaterThan(0f))
                .body("http.requests_total", greaterThan(25))
                .body("http.window_requests", greaterThanOrEqualTo(20))
                .body("http.window_error_rate", equalTo(0f))
                .body("http.slowest_endpoint", equalTo("GET /api/v1/users/me"))
                .body("http.slowest_p95_ms", greaterThan(0f))
                .body("tasks.tenant.queued", equalTo(1))
                .body("tasks.tenant.by_type.type", hasItem("system.noop"))
                .body("tasks.cluster", nullValue())
                .body("tasks.durations.type", hasItem("system.noop"))
                .body("scans.completed", greaterThanOrEqualTo(1f))
                .body("scans.files", greaterThanOrEqualTo(12f))
                .body("events.SCAN_COMPLETED", greaterThanOrEqualTo(1))
                .body("llm", nullValue());
        Api.as(Api.platformAdminToken()).get("/api/v1/metrics/summary").then().statusCode(200)
                .body("tasks.cluster.queued", greaterThanOrEqualTo(1));
        Api.as(Api.newUser(admin, "member").token()).get("/api/v1/metrics/summary").then().statusCode(403);
    }

    @Test
    void auditLogRecordsSecurityActionsPerTenant() {
        var admin = Api.newTenant();
        var member = Api.newUser(admin, "member");
        Api.as(admin.token()).body(Map.of("role", "viewer")).patch("/api/v1/users/" + member.id()).then()
                .statusCode(200);
        given().contentType("application/json").body(Map.of("email", admin.email(), "password", "wrong-password"))
                .post("/api/v1/auth/login").then().statusCode(401);
        await().atMost(Duration.ofSeconds(10)).until(() -> Api.as(admin.token())
                .get("/api/v1/audit?action=auth.login&outcome=failure").then().extract().<Integer>path("total") == 1);

        Api.as(admin.token()).get("/api/v1/audit?action=user.role_changed").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo(admin.email()))
                .body("items[0].actor_id", equalTo(admin.userId().toString()))
                .body("items[0].target", equalTo(member.email()))
                .body("items[0].details.from", equalTo("member"))
                .body("items[0].details.to", equalTo("viewer"))
                .body("items[0].tenant_id", equalTo(admin.tenantId().toString()))
                .body("items[0].at", notNullValue());
        Api.as(admin.token()).get("/api/v1/audit?action=user.*").then()
                .body("total", equalTo(2)).body("items.action", everyItem(org.hamcrest.Matchers.startsWith("user.")));
        Api.as(admin.token()).get("/api/v1/audit?size=1").then()
                .body("items.size()", equalTo(1)).body("total", greaterThanOrEqualTo(4));
        Api.as(admin.token()).get("/api/v1/audit?from=yesterday").then().statusCode(400);
        Api.as(member.token()).get("/api/v1/audit").then().statusCode(403);
        var stranger = Api.newTenant();
        Api.as(stranger.token()).get("/api/v1/audit?action=user.role_changed").then().body("total", equalTo(0));
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() {
        var admin = Api.newTenant();
        await().atMost(Duration.ofSeconds(10)).until(() -> Api.as(admin.token()).get("/api/v1/audit")
                .then().extract().<Integer>path("total") >= 1);
        for (String sql : List.of("UPDATE audit_log SET outcome = 'failure' WHERE tenant_id = '" + admin.tenantId()
                + "'", "DELETE FROM audit_log WHERE tenant_id = '" + admin.tenantId() + "'", "TRUNCATE audit_log")) {
            assertThatThrownBy(() -> pool.query(sql).execute().await().atMost(Duration.ofSeconds(10)))
                    .hasMessageContaining("append-only");
        }
        assertThat(Api.as(admin.token()).get("/api/v1/audit").then().extract().<Integer>path("total"))
                .isGreaterThanOrEqualTo(1);
    }
}
