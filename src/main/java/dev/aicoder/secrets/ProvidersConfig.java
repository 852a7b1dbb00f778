package dev.aicoder.secrets;

import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Provider names that may hold a key ({@code aicoder.providers.*}). */
@ConfigMapping(prefix = "aicoder.providers")
public interface ProvidersConfig {

    @WithDefault("openai,anthropic,gemini,ollama")
    Set<String> names();
}
