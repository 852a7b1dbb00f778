package dev.aicoder.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Cron schedules through the API, and a due schedule turning into a task. */
@QuarkusTest
class ScheduleApiTest {

    static final String PROBLEM = "https://aicoder.dev/problems/";

    @Inject
    Pool pool;

    @Inject
    ScheduleFirer firer;

    static Map<String, Object> nightly(String repository) {
        return Map.of("repository", repository, "name", "nightly scan", "cron", "0 2 * * *",
                "time_zone", "Europe/Paris", "task_type", "test.steps", "payload", Map.of("steps", 1),
                "priority", "low");
    }

    @Test
    void createListUpdateAndDeleteASchedule() {
        var admin = Api.newTenant();
        String token = admin.token();
        String id = Api.as(token).body(nightly("https://git.example.com/shop.git")).post("/api/v1/schedules").then()
                .statusCode(201)
                .body("cron", equalTo("0 2 * * *"))
                .body("time_zone", equalTo("Europe/Paris"))
                .body("enabled", equalTo(true))
                .body("next_run_at", notNullValue())
                .body("last_run_at", nullValue())
                .extract().path("id");
        OffsetDateTime next = OffsetDateTime.parse(Api.as(token).get("/api/v1/schedules/" + id).then()
                .extract().path("next_run_at"));
        assertThat(next.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris")).getHour()).isEqualTo(2);

        Api.as(token).body(nightly("https://git.example.com/shop.git")).post("/api/v1/schedules").then()
                .statusCode(409).body("type", equalTo(PROBLEM + "schedule-exists"));
        Api.as(token).get("/api/v1/schedules?repository=https://git.example.com/shop.git").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));

        Api.as(token).body(Map.of("enabled", false, "cron", "30 3 * * 1")).patch("/api/v1/schedules/" + id).then()
                .statusCode(200).body("enabled", equalTo(false)).body("cron", equalTo("30 3 * * 1"));
        Api.as(token).delete("/api/v1/schedules/" + id).then().statusCode(204);
        Api.as(token).get("/api/v1/schedules/" + id).then().statusCode(404);
    }

    @Test
    void invalidSchedulesAreRefused() {
        var admin = Api.newTenant();
        expect(admin.token(), Map.of("repository", "r", "cron", "0 25 * * *", "task_type", "system.noop"),
                "invalid-schedule");
        expect(admin.token(), Map.of("repository", "r", "cron", "0 2 * * *", "time_zone", "Mars/Base",
                "task_type", "system.noop"), "invalid-schedule");
        expect(admin.token(), Map.of("repository", "r", "cron", "0 2 * * *", "task_type", "nope"),
                "unknown-task-type");
        expect(admin.token(), Map.of("repository", "r", "cron", "0 2 * * *", "task_type", "test.steps",
                "payload", Map.of("steps", -1)), "invalid-task-payload");
        var viewer = Api.newUser(admin, "viewer");
        Api.as(viewer.token()).body(nightly("r")).post("/api/v1/schedules").then().statusCode(403);
    }

    @Test
    void otherTenantsSchedulesAreInvisible() {
        var owner = Api.newTenant();
        var stranger = Api.newTenant();
        String id = Api.as(owner.token()).body(nightly("repo")).post("/api/v1/schedules").then().statusCode(201)
                .extract().path("id");
        Api.as(stranger.token()).get("/api/v1/schedules/" + id).then().statusCode(404);
        Api.as(stranger.token()).body(Map.of("enabled", false)).patch("/api/v1/schedules/" + id).then()
                .statusCode(404);
        Api.as(stranger.token()).delete("/api/v1/schedules/" + id).then().statusCode(404);
        Api.as(stranger.token()).get("/api/v1/schedules").then().body("total", equalTo(0));
    }

    @Test
    void dueScheduleEnqueuesOneTaskThatRuns() {
        var admin = Api.newTenant();
        String id = Api.as(admin.token()).body(nightly("https://git.example.com/api.git")).post("/api/v1/schedules")
                .then().statusCode(201).extract().path("id");
        pool.preparedQuery("UPDATE task_schedule SET next_run_at = now() - interval '1 minute' WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(id))).await().atMost(Duration.ofSeconds(10));
        firer.fireDue(100).await().atMost(Duration.ofSeconds(10));
        firer.fireDue(100).await().atMost(Duration.ofSeconds(10));

        String taskId = Api.as(admin.token()).get("/api/v1/tasks?schedule_id=" + id).then()
                .body("total", equalTo(1)).body("items[0].priority", equalTo("low"))
                .extract().path("items[0].id");
        TaskApiTest.awaitStatus(admin.token(), taskId, "succeeded");
        Api.as(admin.token()).get("/api/v1/schedules/" + id).then()
                .body("last_task_id", equalTo(taskId))
                .body("last_run_at", notNullValue());
    }

    private static void expect(String token, Map<String, Object> body, String type) {
        Api.as(token).body(body).post("/api/v1/schedules").then().statusCode(422)
                .body("type", equalTo(PROBLEM + type));
    }
}
