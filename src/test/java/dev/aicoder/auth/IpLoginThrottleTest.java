package dev.aicoder.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.aicoder.platform.error.ApiException;

class IpLoginThrottleTest {

    @Test
    void blocksAnAddressAfterTooManyFailuresAndOnlyThatAddress() {
        IpLoginThrottle throttle = new IpLoginThrottle();
        throttle.config = config(3, Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            throttle.checkAllowed("10.0.0.1");
            throttle.recordFailure("10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.checkAllowed("10.0.0.1"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.type()).isEqualTo("login-rate-limited");
                    assertThat(e.retryAfterSeconds()).isBetween(1L, 900L);
                });
        assertThatCode(() -> throttle.checkAllowed("10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void windowExpiryForgivesTheAddress() throws InterruptedException {
        IpLoginThrottle throttle = new IpLoginThrottle();
        throttle.config = config(2, Duration.ofMillis(200));
        throttle.recordFailure("10.0.0.3");
        throttle.recordFailure("10.0.0.3");
        assertThatThrownBy(() -> throttle.checkAllowed("10.0.0.3")).isInstanceOf(ApiException.class);
        Thread.sleep(300);
        assertThatCode(() -> throttle.checkAllowed("10.0.0.3")).doesNotThrowAnyException();
    }

    private static AuthConfig config(int maxFailures, Duration window) {
        return new AuthConfig() {
            public String issuer() {
                return "test";
            }

            public Duration tokenTtl() {
                return Duration.ofHours(1);
            }

            public int bcryptCost() {
                return 4;
            }

            public int maxFailedLogins() {
                return 5;
            }

            public Duration lockout() {
                return Duration.ofMinutes(15);
            }

            public int ipMaxFailures() {
                return maxFailures;
            }

            public Duration ipWindow() {
                return window;
            }

            public Optional<Duration> apiTokenMaxTtl() {
                return Optional.empty();
            }

            public Bootstrap bootstrap() {
                return null;
            }
        };
    }
}
