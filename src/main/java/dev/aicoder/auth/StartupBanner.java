package dev.aicoder.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/** Tells the person who just started the server where it is and how to get in. */
@ApplicationScoped
public class StartupBanner {

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @Inject
    AuthConfig auth;

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            return;
        }
        String base = "http://localhost:" + port;
        // stdout on purpose: a short how-to for the operator, not an event worth a log line
        System.out.printf("""

                AI Coder Assistant is running at %1$s
                  API docs:  %1$s/docs (Swagger UI), %1$s/redoc (ReDoc), %1$s/q/openapi (OpenAPI)
                  Log in:    curl -X POST %1$s/api/v1/auth/login -H 'Content-Type: application/json' \\
                               -d '{"email":"%2$s","password":"<password>"}'
                  The first admin's password was printed once on the first start, unless you set
                  AICODER_AUTH_BOOTSTRAP_PASSWORD. Stop with Ctrl+C.

                """, base, auth.bootstrap().email());
    }
}
