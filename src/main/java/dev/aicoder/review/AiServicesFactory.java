package dev.aicoder.review;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;

/**
 * Builds the AI service for one call on one model. Deliberately no chat memory and no memory provider: a shared
 * default memory once carried one tenant's code into another tenant's prompt.
 */
final class AiServicesFactory {

    private AiServicesFactory() {
    }

    static CodeReviewer reviewer(ChatModel model) {
        return AiServices.builder(CodeReviewer.class).chatModel(model).build();
    }
}
