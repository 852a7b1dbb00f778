package dev.aicoder.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.model.chat.request.ChatRequest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Validated model answers in PostgreSQL, per tenant, keyed by SHA-256 of the model and the whole request
 * (messages and response format). The prompt holds the code, so an unchanged file or hunk is never paid twice.
 */
@ApplicationScoped
public class ResponseCache {

    private final Pool pool;

    public ResponseCache(Pool pool) {
        this.pool = pool;
    }

    record Hit(String response, int promptTokens, int completionTokens) {
    }

    static String key(ModelSpec model, ChatRequest request) {
        StringBuilder sb = new StringBuilder(model.id()).append('\n').append(model.name()).append('\n');
        request.messages().forEach(m -> sb.append(m.type()).append('\n').append(m).append('\n'));
        if (request.responseFormat() != null) {
            sb.append(request.responseFormat());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Hit> get(UUID tenantId, String key) {
        var rows = pool.preparedQuery("SELECT response, prompt_tokens, completion_tokens FROM llm_cache "
                + "WHERE tenant_id = $1 AND key = $2").execute(Tuple.of(tenantId, key)).await()
                .atMost(UsageLedger.DB_WAIT);
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row r = rows.iterator().next();
        return Optional.of(new Hit(r.getString("response"), r.getInteger("prompt_tokens"),
                r.getInteger("completion_tokens")));
    }

    void put(UUID tenantId, String key, ModelSpec model, String response, int promptTokens, int completionTokens) {
        pool.preparedQuery("""
                INSERT INTO llm_cache (tenant_id, key, model, response, prompt_tokens, completion_tokens)
                VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, key) DO NOTHING""")
                .execute(Tuple.tuple().addValue(tenantId).addValue(key).addValue(model.id()).addValue(response)
                        .addValue(promptTokens).addValue(completionTokens))
                .await().atMost(UsageLedger.DB_WAIT);
    }
}
