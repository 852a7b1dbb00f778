package dev.aicoder.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.aicoder.llm.LlmStubServer.Step;
import dev.aicoder.testing.Api;
import dev.aicoder.testing.PostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class LlmManagerTest {

    static final String PROBLEM = "https://aicoder.dev/problems/";
    static final String EXPLANATION = "{\"summary\":\"Adds two numbers\",\"steps\":[\"add\"],\"risks\":[]}";

    @Inject
    ProviderProbe probe;

    LlmStubServer stub = LlmStubServer.get();

    @BeforeEach
    void reset() {
        stub.reset();
    }

    static void key(Api.TenantAdmin admin, String provider, String key) {
        Api.as(admin.token()).body(Map.of("key", key)).put("/api/v1/providers/" + provider + "/key").then()
                .statusCode(200);
    }

    void configure(Api.TenantAdmin admin, String... providers) {
        for (String p : providers) {
            key(admin, p, p.equals("ollama") ? stub.ollamaUrl() : "key-" + p + "-" + UUID.randomUUID());
        }
    }

    static JsonPath explain(Api.TenantAdmin admin, String code) {
        return Api.as(admin.token()).body(Map.of("code", code, "language", "python")).post("/api/v1/explain")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyProviderAnswersThroughItsOwnWireFormatAndIsCostedExactly() {
        Map<String, String> paths = Map.of("openai", "/openai/v1/chat/completions",
                "anthropic", "/anthropic/v1/messages",
                "gemini", "/gemini/v1beta/models/gemini-2.0-flash:generateContent",
                "ollama", "/ollama/api/chat");
        Map<String, String> models = Map.of("openai", "gpt-4o-mini", "anthropic", "claude-haiku", "gemini",
                "gemini-flash", "ollama", "llama");
        Map<String, BigDecimal[]> prices = Map.of("openai", prices("0.15", "0.60"), "anthropic",
                prices("0.80", "4.00"), "gemini", prices("0.10", "0.40"), "ollama", prices("0", "0"));
        for (String provider : LlmStubServer.PROVIDERS) {
            stub.reset();
            var admin = Api.newTenant();
            configure(admin, provider);
            stub.byDefault(provider, body -> EXPLANATION);
            JsonPath r = explain(admin, "def add(a, b):\n    return a + b\n");
            assertThat(r.getString("mode")).isEqualTo("ai");
            assertThat(r.getString("model")).isEqualTo(models.get(provider));
            assertThat(r.getString("result.summary")).isEqualTo("Adds two numbers");
            var calls = stub.received(provider);
            assertThat(calls).hasSize(1);
            assertThat(calls.get(0).path()).startsWith(paths.get(provider));
            int in = LlmStubServer.tokens(calls.get(0).body());
            int out = LlmStubServer.tokens(EXPLANATION);
            JsonPath usage = Api.as(admin.token()).get("/api/v1/usage?group_by=model").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(usage.getList("rows")).hasSize(1);
            assertThat(usage.getLong("rows[0].prompt_tokens")).isEqualTo(in);
            assertThat(usage.getLong("rows[0].completion_tokens")).isEqualTo(out);
            BigDecimal expected = prices.get(provider)[0].multiply(BigDecimal.valueOf(in))
                    .add(prices.get(provider)[1].multiply(BigDecimal.valueOf(out)))
                    .divide(BigDecimal.valueOf(1_000_000));
            assertThat(new BigDecimal(usage.getString("rows[0].cost_usd"))).isEqualByComparingTo(expected);
        }
    }

    private static BigDecimal[] prices(String in, String out) {
        return new BigDecimal[] { new BigDecimal(in), new BigDecimal(out) };
    }

    @Test
    void rateLimitedProviderFailsOverAtOnceAndIsSkippedForItsRetryAfter() {
        var admin = Api.newTenant();
        configure(admin, "openai", "anthropic");
        stub.script("openai", Step.status(429, 120L));
        stub.byDefault("anthropic", body -> EXPLANATION);
        JsonPath r = explain(admin, "x = 1\n");
        assertThat(r.getString("model")).isEqualTo("claude-haiku");
        assertThat(r.getList("attempts.outcome")).containsExactly("rate_limited", "ok");
        assertThat(stub.received("openai")).hasSize(1);
        explain(admin, "y = 2\n");
        assertThat(stub.received("openai")).as("skipped while rate limited").hasSize(1);
        JsonPath usage = Api.as(admin.token()).get("/api/v1/usage?group_by=outcome").then().statusCode(200)
                .extract().jsonPath();
        assertThat(usage.getList("rows.key")).containsExactly("ok", "rate_limited");
        assertThat(usage.getLong("rows.find { it.key == 'ok' }.calls")).isEqualTo(2);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenTheNextModelAnswersAndTheLedgerShowsEveryAttempt() {
        var admin = Api.newTenant();
        configure(admin, "openai", "gemini");
        stub.script("openai", Step.status(500, null), Step.status(503, null));
        stub.byDefault("gemini", body -> EXPLANATION);
        JsonPath r = explain(admin, "z = 3\n");
        assertThat(r.getString("model")).isEqualTo("gemini-flash");
        assertThat(stub.received("openai")).as("one retry").hasSize(2);
        JsonPath usage = Api.as(admin.token()).get("/api/v1/usage?group_by=outcome").then().statusCode(200)
                .extract().jsonPath();
        assertThat(usage.getLong("rows.find { it.key == 'server_error' }.calls")).isEqualTo(2);
        assertThat(usage.getLong("rows.find { it.key == 'ok' }.calls")).isEqualTo(1);
    }

    @Test
    void aFailingModelsCircuitOpensAndItIsNoLongerCalled() {
        var admin = Api.newTenant();
        configure(admin, "openai", "anthropic");
        for (int i = 0; i < 20; i++) {
            stub.script("openai", Step.status(502, null));
        }
        stub.byDefault("openai", body -> EXPLANATION);
        stub.byDefault("anthropic", body -> EXPLANATION);
        // window 20 in tests: ten requests, each a call and a retry, fill it with failures
        for (int i = 0; i < 10; i++) {
            assertThat(explain(admin, "c" + i + " = 1\n").getString("model")).isEqualTo("claude-haiku");
        }
        assertThat(stub.received("openai")).hasSize(20);
        JsonPath r = explain(admin, "open = 1\n");
        assertThat(r.getList("attempts.outcome")).containsExactly("circuit_open", "ok");
        assertThat(stub.received("openai")).as("not called while open").hasSize(20);
    }

    @Test
    void timeoutsFailOverToTheNextModel() {
        var admin = Api.newTenant();
        configure(admin, "openai", "ollama");
        stub.script("openai", Step.slow(3000, EXPLANATION), Step.slow(3000, EXPLANATION));
        stub.byDefault("ollama", body -> EXPLANATION);
        JsonPath r = explain(admin, "t = 4\n");
        assertThat(r.getString("model")).isEqualTo("llama");
        assertThat(r.getList("attempts.outcome")).containsExactly("timeout", "ok");
    }

    @Test
    void garbageIsRetriedOnceThenTheNextModelIsTriedAndFencedJsonIsRepaired() {
        var admin = Api.newTenant();
        configure(admin, "openai", "anthropic");
        stub.script("openai", Step.answer("I cannot do that"), Step.answer("<html>oops</html>"));
        stub.byDefault("anthropic", body -> "Here you go:\n```json\n{\"summary\": \"Repaired\", \"steps\": [],}\n```");
        JsonPath r = explain(admin, "g = 5\n");
        assertThat(r.getList("attempts.outcome")).containsExactly("invalid_output", "invalid_output", "repaired");
        assertThat(r.getString("result.summary")).isEqualTo("Repaired");
        assertThat(stub.received("openai")).hasSize(2);
    }

    @Test
    void anUnchangedRequestIsNeverPaidTwiceAndTheCacheIsInPostgres() throws Exception {
        var admin = Api.newTenant();
        configure(admin, "openai");
        stub.byDefault("openai", body -> EXPLANATION);
        JsonPath first = explain(admin, "def cached():\n    return 42\n");
        JsonPath second = explain(admin, "def cached():\n    return 42\n");
        assertThat(first.getBoolean("cached")).isFalse();
        assertThat(second.getBoolean("cached")).isTrue();
        assertThat(second.getString("result.summary")).isEqualTo("Adds two numbers");
        assertThat(stub.received("openai")).hasSize(1);
        try (Connection c = PostgresResource.postgres().getPostgresDatabase().getConnection();
                PreparedStatement st = c.prepareStatement("SELECT count(*) FROM llm_cache WHERE tenant_id = ?")) {
            st.setObject(1, admin.tenantId());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
        // another tenant with the same code pays for its own answer: the cache is per tenant
        var other = Api.newTenant();
        configure(other, "openai");
        assertThat(explain(other, "def cached():\n    return 42\n").getBoolean("cached")).isFalse();
        assertThat(stub.received("openai")).hasSize(2);
        JsonPath usage = Api.as(admin.token()).get("/api/v1/usage?group_by=outcome").then().extract().jsonPath();
        assertThat(usage.getLong("rows.find { it.key == 'cached' }.prompt_tokens")).isZero();
    }

    @Test
    void aBudgetStopsSpendingAtItsLimitUnderConcurrentRequests() throws Exception {
        var admin = Api.newTenant();
        configure(admin, "openai");
        Api.as(admin.token()).body(Map.of("period", "daily", "limit_usd", 0.003)).put("/api/v1/budgets").then()
                .statusCode(200).body("budgets[0].limit_usd", equalTo(0.003f));
        tenConcurrentCallsAndOnlyTwoFit(admin, null);
    }

    @Test
    void aRepositoryBudgetStopsThatRepositoryUnderConcurrentRequestsAndNoOther() throws Exception {
        var admin = Api.newTenant();
        configure(admin, "openai");
        Api.as(admin.token()).body(Map.of("repository", "acme/shop", "period", "monthly", "limit_usd", 0.003))
                .put("/api/v1/budgets").then().statusCode(200).body("budgets[0].repository", equalTo("acme/shop"));
        tenConcurrentCallsAndOnlyTwoFit(admin, "acme/shop");
        Api.as(admin.token()).body(Map.of("code", "other = 1\n", "language", "python", "repository", "acme/blog"))
                .post("/api/v1/explain").then().statusCode(200);
        assertThat(stub.received("openai")).hasSize(3);
    }

    /**
     * Ten explain calls at once (for {@code repository} when given) against a budget of 0.003 USD: a call reserves
     * about 0.0013 USD (prompt estimate + 2048 output tokens at gpt-4o-mini prices) and, with this long answer
     * (about 1,950 output tokens), really costs about 0.00124, so two calls fit and a third is never made.
     */
    private void tenConcurrentCallsAndOnlyTwoFit(Api.TenantAdmin admin, String repository) throws Exception {
        String longAnswer = "{\"summary\":\"" + "x".repeat(7700) + "\",\"steps\":[],\"risks\":[]}";
        stub.byDefault("openai", body -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return longAnswer;
        });
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("code", "v" + i + " = " + i + "\n",
                    "language", "python"));
            if (repository != null) {
                body.put("repository", repository);
            }
            results.add(pool.submit((Callable<Integer>) () -> Api.as(admin.token()).body(body)
                    .post("/api/v1/explain").then().extract().statusCode()));
        }
        int ok = 0;
        int refused = 0;
        for (Future<Integer> f : results) {
            int status = f.get();
            ok += status == 200 ? 1 : 0;
            refused += status == 429 ? 1 : 0;
        }
        pool.shutdown();
        int calls = stub.received("openai").size();
        assertThat(calls).isEqualTo(2);
        assertThat(ok).isEqualTo(calls);
        assertThat(refused).isEqualTo(10 - calls);
        JsonPath budgets = Api.as(admin.token()).get("/api/v1/budgets").then().statusCode(200).extract().jsonPath();
        assertThat(new BigDecimal(budgets.getString("budgets[0].spent_usd"))).isLessThanOrEqualTo(
                new BigDecimal("0.003"));
        Map<String, Object> late = new java.util.HashMap<>(Map.of("code", "late = 1\n", "language", "python"));
        if (repository != null) {
            late.put("repository", repository);
        }
        Api.as(admin.token()).body(late).post("/api/v1/explain").then().statusCode(429)
                .body("type", equalTo(PROBLEM + "budget-exceeded"));
        assertThat(stub.received("openai")).hasSize(2);
    }

    @Test
    void budgetsAreAdminOnlyAndValidated() {
        var admin = Api.newTenant();
        var member = Api.newUser(admin, "member");
        Api.as(member.token()).body(Map.of("period", "daily", "limit_usd", 1)).put("/api/v1/budgets").then()
                .statusCode(403);
        Api.as(admin.token()).body(Map.of("period", "weekly", "limit_usd", 1)).put("/api/v1/budgets").then()
                .statusCode(422);
        Api.as(admin.token()).body(Map.of("period", "daily", "limit_usd", -1)).put("/api/v1/budgets").then()
                .statusCode(422).body("type", equalTo(PROBLEM + "invalid-limit"));
        Api.as(admin.token()).body(Map.of("repository", "acme/api", "period", "monthly", "limit_usd", 5))
                .put("/api/v1/budgets").then().statusCode(200).body("budgets.repository", hasItem("acme/api"));
        Api.as(admin.token()).delete("/api/v1/budgets?repository=acme/api&period=monthly").then().statusCode(204);
        Api.as(admin.token()).delete("/api/v1/budgets?repository=acme/api&period=monthly").then().statusCode(404);
    }

    @Test
    void providersShowHealthAndLatencyButNeverTheKeyAndANewKeyWorksWithoutRestart() {
        var admin = Api.newTenant();
        String key = "sk-first-" + UUID.randomUUID();
        key(admin, "openai", key);
        probe.probe(admin.tenantId());
        String body = Api.as(admin.token()).get("/api/v1/providers").then().statusCode(200)
                .body("mode", equalTo("ai"))
                .body("providers.find { it.name == 'openai' }.configured", equalTo(true))
                .body("providers.find { it.name == 'openai' }.healthy", equalTo(true))
                .body("providers.find { it.name == 'openai' }.latency_ms", notNullValue())
                .body("providers.find { it.name == 'anthropic' }.configured", equalTo(false))
                .extract().asString();
        assertThat(body).doesNotContain(key).doesNotContain(key.substring(0, 16));
        stub.byDefault("openai", b -> EXPLANATION);
        explain(admin, "a = 1\n");
        assertThat(stub.received("openai").get(0).headers().get("Authorization")).containsExactly("Bearer " + key);
        String second = "sk-second-" + UUID.randomUUID();
        key(admin, "openai", second);
        explain(admin, "b = 2\n");
        assertThat(stub.received("openai").get(1).headers().get("Authorization")).containsExactly("Bearer " + second);
        stub.script("openai", Step.status(401, null));
        Api.as(admin.token()).body(Map.of("code", "c = 3\n", "language", "python")).post("/api/v1/explain").then()
                .statusCode(503).body("type", equalTo(PROBLEM + "llm-unavailable"))
                .body(not(containsString(second)));
        Api.as(admin.token()).get("/api/v1/providers").then().statusCode(200)
                .body("providers.find { it.name == 'openai' }.healthy", equalTo(false))
                .body("providers.find { it.name == 'openai' }.last_error", equalTo("HTTP 401"));
    }

    @Test
    void modelsListPricesAndContextAndAFreshTenantIsRulesOnly() {
        var admin = Api.newTenant();
        Api.as(admin.token()).get("/api/v1/models").then().statusCode(200)
                .body("mode", equalTo("rules-only"))
                .body("models.id", hasItem("gpt-4o-mini"))
                .body("models.find { it.id == 'claude-haiku' }.input_price_per_mtok", equalTo(0.80f))
                .body("models.find { it.id == 'gemini-flash' }.context_tokens", equalTo(1048576))
                .body("models.find { it.id == 'gpt-4o-mini' }.available", equalTo(false));
        JsonPath r = explain(admin, "q = 1\n");
        assertThat(r.getString("mode")).isEqualTo("rules-only");
        assertThat(r.getString("notice")).contains("Rules-only mode");
        Api.as(admin.token()).get("/api/v1/usage?group_by=colour").then().statusCode(400)
                .body("type", equalTo(PROBLEM + "invalid-group-by"));
        Api.as(admin.token()).get("/api/v1/usage?from=yesterday").then().statusCode(400);
        Api.as(admin.token()).get("/api/v1/usage?from=2026-02-01&to=2026-01-01").then().statusCode(400);
    }

    @Test
    void noChatMemoryIsSharedBetweenCallsOrTenants() {
        var a = Api.newTenant();
        var b = Api.newTenant();
        configure(a, "openai");
        configure(b, "openai");
        stub.byDefault("openai", body -> EXPLANATION);
        explain(a, "password = 'TENANT_A_SECRET_42'\n");
        explain(b, "print('hello from b')\n");
        explain(a, "print('second call of a')\n");
        var calls = stub.received("openai");
        assertThat(calls).hasSize(3);
        assertThat(calls.get(1).body()).doesNotContain("TENANT_A_SECRET_42");
        assertThat(calls.get(2).body()).doesNotContain("TENANT_A_SECRET_42").doesNotContain("hello from b");
        for (var call : calls) {
            assertThat(JsonPath.from(call.body()).getList("messages")).as("system + user only").hasSize(2);
        }
    }
}
