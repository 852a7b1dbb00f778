package dev.aicoder.llm;

import java.time.Duration;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Builds a langchain4j chat model for one provider from its current credentials. Retries are off here: the
 * router retries, fails over and accounts for every attempt itself.
 */
final class ModelFactory {

    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String ANTHROPIC_URL = "https://api.anthropic.com/v1/";
    static final String GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta";

    private ModelFactory() {
    }

    static ChatModel build(ModelSpec spec, ProviderCredentials credentials, Duration timeout) {
        ProviderHttpClient.Builder http = new ProviderHttpClient.Builder();
        return switch (spec.providerType()) {
            case "openai" -> OpenAiChatModel.builder().httpClientBuilder(http)
                    .baseUrl(credentials.baseUrl().orElse(OPENAI_URL)).apiKey(credentials.apiKey())
                    .modelName(spec.name()).maxTokens(spec.maxOutputTokens()).temperature(0.0)
                    .timeout(timeout).maxRetries(0).build();
            case "anthropic" -> AnthropicChatModel.builder().httpClientBuilder(http)
                    .baseUrl(credentials.baseUrl().orElse(ANTHROPIC_URL)).apiKey(credentials.apiKey())
                    .modelName(spec.name()).maxTokens(spec.maxOutputTokens()).temperature(0.0)
                    .timeout(timeout).maxRetries(0).build();
            case "gemini" -> GoogleAiGeminiChatModel.builder().httpClientBuilder(http)
                    .baseUrl(credentials.baseUrl().orElse(GEMINI_URL)).apiKey(credentials.apiKey())
                    .modelName(spec.name()).maxOutputTokens(spec.maxOutputTokens()).temperature(0.0)
                    .timeout(timeout).maxRetries(0).build();
            case "ollama" -> OllamaChatModel.builder().httpClientBuilder(http)
                    .baseUrl(credentials.baseUrl().orElseThrow()).modelName(spec.name())
                    .numPredict(spec.maxOutputTokens()).temperature(0.0).timeout(timeout).maxRetries(0).build();
            default -> throw new IllegalStateException("unknown provider type " + spec.providerType());
        };
    }
}
