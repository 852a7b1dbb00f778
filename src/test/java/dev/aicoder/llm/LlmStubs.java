package dev.aicoder.llm;

import io.quarkus.test.common.QuarkusTestResource;

/** Points every provider's base URL at {@link LlmStubServer} for all Quarkus tests (no keys: rules-only). */
@QuarkusTestResource(value = LlmStubServer.class, restrictToAnnotatedClass = false)
public class LlmStubs {
}
