package dev.aicoder.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A local server that speaks the four providers' wire formats: OpenAI chat completions (/openai/v1), Anthropic
 * messages (/anthropic/v1), Gemini generateContent (/gemini/v1beta) and Ollama /api/chat (/ollama), plus their
 * model-list endpoints. Tests script answers per provider: text, an HTTP status (with Retry-After), a delay, or
 * garbage. Token counts are characters / 4 of the request and answer, so cost can be checked exactly.
 * Also runnable on its own for bench/review-cost.sh: {@code java ... LlmStubServer <port>}.
 */
public class LlmStubServer implements QuarkusTestResourceLifecycleManager {

    public static final List<String> PROVIDERS = List.of("openai", "anthropic", "gemini", "ollama");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LlmStubServer instance;

    /** What to do with the next request to a provider. */
    public record Step(int status, String text, long delayMs, Long retryAfterSeconds) {
        public static Step answer(String text) {
            return new Step(200, text, 0, null);
        }

        public static Step status(int status, Long retryAfterSeconds) {
            return new Step(status, "{\"error\":{\"message\":\"scripted\"}}", 0, retryAfterSeconds);
        }

        public static Step slow(long delayMs, String text) {
            return new Step(200, text, delayMs, null);
        }
    }

    /** One received request. */
    public record Received(String provider, String path, String body, Map<String, List<String>> headers) {
    }

    private HttpServer server;
    private final Map<String, ConcurrentLinkedDeque<Step>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Function<String, String>> defaults = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong promptTokens = new AtomicLong();

    public static synchronized LlmStubServer get() {
        if (instance == null) {
            instance = new LlmStubServer();
            instance.startServer(0);
        }
        return instance;
    }

    @Override
    public Map<String, String> start() {
        String base = "http://127.0.0.1:" + get().port();
        return Map.of("aicoder.llm.providers.openai.base-url", base + "/openai/v1",
                "aicoder.llm.providers.anthropic.base-url", base + "/anthropic/v1/",
                "aicoder.llm.providers.gemini.base-url", base + "/gemini/v1beta");
    }

    @Override
    public void stop() {
        // shared by every Quarkus start in this JVM
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String ollamaUrl() {
        return "http://127.0.0.1:" + port() + "/ollama";
    }

    public synchronized void reset() {
        scripts.clear();
        defaults.clear();
        received.clear();
        promptTokens.set(0);
    }

    public void script(String provider, Step... steps) {
        scripts.computeIfAbsent(provider, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(steps));
    }

    /** The answer when nothing is scripted, from the request body. */
    public void byDefault(String provider, Function<String, String> answer) {
        defaults.put(provider, answer);
    }

    public List<Received> received(String provider) {
        synchronized (received) {
            return received.stream().filter(r -> r.provider().equals(provider) && !r.body().isEmpty()).toList();
        }
    }

    public long promptTokens() {
        return promptTokens.get();
    }

    public static int tokens(String text) {
        return text.length() / 4 + 1;
    }

    void startServer(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String provider = path.split("/")[1];
        String body;
        try (InputStream in = ex.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        received.add(new Received(provider, path + (ex.getRequestURI().getQuery() == null ? ""
                : "?" + ex.getRequestURI().getQuery()), body, Map.copyOf(ex.getRequestHeaders())));
        if ("/stats".equals(path)) {
            long calls;
            synchronized (received) {
                calls = received.stream().filter(r -> !r.body().isEmpty()).count();
            }
            send(ex, 200, "{\"calls\":" + calls + ",\"prompt_tokens\":" + promptTokens.get() + "}");
            return;
        }
        if ("/last".equals(path)) {
            synchronized (received) {
                send(ex, 200, received.stream().filter(r -> !r.body().isEmpty()).reduce((x, y) -> y)
                        .map(Received::body).orElse("{}"));
            }
            return;
        }
        if ("GET".equals(ex.getRequestMethod())) {
            send(ex, 200, provider.equals("ollama") ? "{\"models\":[]}" : "{\"data\":[],\"models\":[]}");
            return;
        }
        ConcurrentLinkedDeque<Step> queue = scripts.get(provider);
        Step step = queue == null ? null : queue.poll();
        if (step == null) {
            step = Step.answer(defaults.getOrDefault(provider, b -> "{\"findings\":[]}").apply(body));
        }
        if (step.delayMs() > 0) {
            try {
                Thread.sleep(step.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (step.status() != 200) {
            if (step.retryAfterSeconds() != null) {
                ex.getResponseHeaders().add("Retry-After", String.valueOf(step.retryAfterSeconds()));
            }
            send(ex, step.status(), step.text());
            return;
        }
        int in = tokens(body);
        int out = tokens(step.text());
        promptTokens.addAndGet(in);
        send(ex, 200, wire(provider, path, step.text(), in, out));
    }

    private static String wire(String provider, String path, String text, int in, int out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        switch (provider) {
            case "anthropic" -> {
                root.put("id", "msg_stub").put("type", "message").put("role", "assistant").put("model", "stub")
                        .put("stop_reason", "end_turn");
                root.putArray("content").addObject().put("type", "text").put("text", text);
                root.putObject("usage").put("input_tokens", in).put("output_tokens", out);
            }
            case "gemini" -> {
                ObjectNode cand = root.putArray("candidates").addObject();
                cand.putObject("content").put("role", "model").putArray("parts").addObject().put("text", text);
                cand.put("finishReason", "STOP").put("index", 0);
                root.putObject("usageMetadata").put("promptTokenCount", in).put("candidatesTokenCount", out)
                        .put("totalTokenCount", in + out);
                root.put("modelVersion", path.replaceAll(".*/models/([^:]+):.*", "$1"));
            }
            case "ollama" -> {
                root.put("model", "llama3.1").put("created_at", "2026-12-02T00:00:00Z").put("done", true)
                        .put("done_reason", "stop").put("prompt_eval_count", in).put("eval_count", out);
                root.putObject("message").put("role", "assistant").put("content", text);
            }
            default -> {
                root.put("id", "chatcmpl-stub").put("object", "chat.completion").put("created", 1).put("model",
                        "stub");
                ObjectNode choice = root.putArray("choices").addObject();
                choice.put("index", 0).put("finish_reason", "stop");
                choice.putObject("message").put("role", "assistant").put("content", text);
                root.putObject("usage").put("prompt_tokens", in).put("completion_tokens", out)
                        .put("total_tokens", in + out);
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    /** For benches: serve on a port until killed. */
    public static void main(String[] args) {
        LlmStubServer s = new LlmStubServer();
        s.startServer(Integer.parseInt(args[0]));
        System.out.println("LLM stub listening on " + s.port());
    }
}
