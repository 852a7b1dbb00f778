package dev.aicoder.monitor;

import java.io.File;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.aicoder.platform.db.EmbeddedDefaults;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.DiskSpaceMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Meter configuration: HTTP server requests get latency histogram buckets (for Prometheus) and windowed client-side
 * 95th/99th percentiles (for the summary and the latency alert); disk space of the data folder is measured.
 */
@ApplicationScoped
public class MeterSetup {

    static final String HTTP_REQUESTS = "http.server.requests";
    static final Duration PERCENTILE_WINDOW = Duration.ofMinutes(1);

    @Produces
    @Singleton
    MeterFilter httpLatencyHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentiles(0.95, 0.99)
                        .serviceLevelObjectives(millis(5), millis(10), millis(25), millis(50), millis(100),
                                millis(250), millis(500), millis(1000), millis(2500), millis(5000), millis(10000))
                        .expiry(PERCENTILE_WINDOW).bufferLength(2)
                        .build().merge(config);
            }
        };
    }

    @Produces
    @Singleton
    MeterBinder diskSpace() {
        File home = EmbeddedDefaults.dataHome(ConfigProvider.getConfig()).toFile();
        File existing = home.exists() ? home : new File(".").getAbsoluteFile();
        return new DiskSpaceMetrics(existing);
    }

    private static double millis(long ms) {
        return Duration.ofMillis(ms).toNanos();
    }
}
