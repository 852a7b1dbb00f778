package dev.aicoder.llm;

import java.math.BigDecimal;
import java.math.MathContext;

/** A configured model: where it runs, what it costs (USD per million tokens) and how much it takes. */
public record ModelSpec(String id, String provider, String providerType, String name, BigDecimal inputPrice,
        BigDecimal outputPrice, int contextTokens, int maxOutputTokens) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public BigDecimal cost(long promptTokens, long completionTokens) {
        return inputPrice.multiply(BigDecimal.valueOf(promptTokens))
                .add(outputPrice.multiply(BigDecimal.valueOf(completionTokens)))
                .divide(MILLION, MathContext.DECIMAL64);
    }
}
