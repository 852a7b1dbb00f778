package dev.aicoder.tasks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;

/** The tasks API end to end: a real worker runs what the API schedules. */
@QuarkusTest
class TaskApiTest {

    static final String PROBLEM = "https://aicoder.dev/problems/";

    static String submit(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/tasks").then().statusCode(202).extract().path("id");
    }

    static void awaitStatus(String token, String id, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(
                Api.as(token).get("/api/v1/tasks/" + id).then().extract().path("status")));
    }

    @Test
    void memberSchedulesATaskThatAWorkerRunsToCompletion() {
        var admin = Api.newTenant();
        var member = Api.newUser(admin, "member");
        String id = Api.as(member.token()).body(Map.of("type", "test.steps", "payload", Map.of("steps", 3),
                "priority", "high")).post("/api/v1/tasks").then()
                .statusCode(202)
                .header("Location", endsWith("/api/v1/tasks/" + Api.as(member.token()).get("/api/v1/tasks").then()
                        .extract().path("items[0].id")))
                .body("type", equalTo("test.steps"))
                .body("priority", equalTo("high"))
                .body("max_attempts", equalTo(3))
                .body("created_by", equalTo(member.id().toString()))
                .extract().path("id");
        awaitStatus(member.token(), id, "succeeded");
        Api.as(member.token()).get("/api/v1/tasks/" + id).then()
                .statusCode(200)
                .body("progress", equalTo(100))
                .body("phase", equalTo("done"))
                .body("message", equalTo("step 3 of 3"))
                .body("result.steps", equalTo(3))
                .body("payload.steps", equalTo(3))
                .body("attempts", equalTo(1));
    }

    @Test
    void viewersReadButCannotScheduleOrCancel() {
        var admin = Api.newTenant();
        var viewer = Api.newUser(admin, "viewer");
        String id = submit(admin.token(), Map.of("type", "system.noop"));
        Api.as(viewer.token()).body(Map.of("type", "system.noop")).post("/api/v1/tasks").then().statusCode(403);
        Api.as(viewer.token()).delete("/api/v1/tasks/" + id).then().statusCode(403);
        Api.as(viewer.token()).get("/api/v1/tasks/" + id).then().statusCode(200);
        given().get("/api/v1/tasks").then().statusCode(401);
    }

    @Test
    void badRequestsAreRefusedWithProblemDetails() {
        var admin = Api.newTenant();
        String token = admin.token();
        expectProblem(token, Map.of("type", "no.such.type"), 422, "unknown-task-type");
        expectProblem(token, Map.of("type", "system.noop", "priority", "urgent"), 422, "invalid-task");
        expectProblem(token, Map.of("type", "system.noop", "payload", List.of(1, 2)), 422, "invalid-task-payload");
        expectProblem(token, Map.of("type", "test.steps", "payload", Map.of("steps", 0)), 422,
                "invalid-task-payload");
        expectProblem(token, Map.of("type", "test.internal"), 422, "task-type-not-submittable");
        expectProblem(token, Map.of("type", "system.noop", "max_attempts", 0), 422, "validation-failed");
        expectProblem(token, Map.of("type", "system.noop", "payload", Map.of("blob", "x".repeat(300_000))), 422,
                "task-payload-too-large");
        expectProblem(token, Map.of("type", "system.noop", "colour", "blue"), 400, "unknown-field");
        Api.as(token).get("/api/v1/tasks?status=sleeping").then().statusCode(400)
                .body("type", equalTo(PROBLEM + "invalid-filter"));
        Api.as(token).get("/api/v1/tasks?created_after=yesterday").then().statusCode(400)
                .body("detail", containsString("ISO-8601"));
        Api.as(token).get("/api/v1/tasks/types").then().statusCode(200)
                .body("type", hasItem("system.noop"))
                .body("type", not(hasItem("test.internal")));
    }

    @Test
    void anotherTenantsTasksAreInvisible() {
        var owner = Api.newTenant();
        var stranger = Api.newTenant();
        String id = submit(owner.token(), Map.of("type", "system.noop"));
        Api.as(stranger.token()).get("/api/v1/tasks/" + id).then().statusCode(404)
                .body("type", equalTo(PROBLEM + "not-found"));
        Api.as(stranger.token()).delete("/api/v1/tasks/" + id).then().statusCode(404);
        Api.as(stranger.token()).get("/api/v1/tasks").then().statusCode(200).body("total", equalTo(0));
        expectProblem(stranger.token(), Map.of("type", "system.noop", "depends_on", List.of(id)), 422,
                "unknown-dependency");
    }

    @Test
    void listingFiltersAndPages() {
        var admin = Api.newTenant();
        for (int i = 0; i < 3; i++) {
            submit(admin.token(), Map.of("type", "system.noop", "priority", "low"));
        }
        String steps = submit(admin.token(), Map.of("type", "test.steps", "payload", Map.of("steps", 1)));
        awaitStatus(admin.token(), steps, "succeeded");
        Api.as(admin.token()).get("/api/v1/tasks?size=2").then().statusCode(200)
                .body("total", equalTo(4)).body("items.size()", equalTo(2)).body("size", equalTo(2));
        Api.as(admin.token()).get("/api/v1/tasks?type=system.noop&priority=low").then()
                .body("total", equalTo(3)).body("items.type", everyItem(equalTo("system.noop")));
        Api.as(admin.token()).get("/api/v1/tasks?type=test.steps&status=succeeded,failed").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(steps));
        Api.as(admin.token()).get("/api/v1/tasks?created_after=2999-01-01T00:00:00Z").then().body("total", equalTo(0));
    }

    @Test
    void cancellingStopsRunningTasksAndCascadesToWaitingDependents() {
        var admin = Api.newTenant();
        String token = admin.token();
        String running = submit(token, Map.of("type", "test.steps", "payload", Map.of("steps", 2000, "delay_ms", 5)));
        String dependent = submit(token, Map.of("type", "system.noop", "depends_on", List.of(running),
                "on_dependency_failure", "cancel"));
        Api.as(token).get("/api/v1/tasks/" + dependent).then().body("status", equalTo("waiting"))
                .body("depends_on", equalTo(List.of(running)));
        awaitStatus(token, running, "running");
        Api.as(token).delete("/api/v1/tasks/" + running).then().statusCode(202)
                .body("cancel_requested", equalTo(true));
        awaitStatus(token, running, "cancelled");
        Api.as(token).get("/api/v1/tasks/" + dependent).then().body("status", equalTo("cancelled"))
                .body("error", equalTo("dependency " + running + " cancelled"));
        Api.as(token).delete("/api/v1/tasks/" + running).then().statusCode(409)
                .body("type", equalTo(PROBLEM + "task-finished"));
    }

    @Test
    void idempotencyKeyAnswersWithTheExistingTask() {
        var admin = Api.newTenant();
        Map<String, Object> body = Map.of("type", "system.noop", "idempotency_key", "webhook-delivery-42");
        String first = submit(admin.token(), body);
        Api.as(admin.token()).body(body).post("/api/v1/tasks").then().statusCode(200).body("id", equalTo(first));
    }

    private static void expectProblem(String token, Map<String, Object> body, int status, String type) {
        Api.as(token).body(body).post("/api/v1/tasks").then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + type));
    }
}
