package dev.aicoder.review;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;

/**
 * Builds the AI service for one call on one model, with a chat memory of its own that dies with it. Left unset,
 * Quarkus LangChain4j fills in its application-wide default memory keyed by the request: every model call of one
 * HTTP request (all chunks of a review) then carried the previous calls' code, and such a shared default memory
 * once carried one tenant's code into another tenant's prompt.
 */
final class AiServicesFactory {

    /** The service's own messages only: system and user, plus the answer. */
    private static final int MESSAGES = 4;

    private AiServicesFactory() {
    }

    static CodeReviewer reviewer(ChatModel model) {
        return AiServices.builder(CodeReviewer.class).chatModel(model)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(MESSAGES)).build();
    }
}
