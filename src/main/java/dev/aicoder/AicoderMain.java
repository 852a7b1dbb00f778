package dev.aicoder;

import dev.aicoder.cli.AicoderCli;
import dev.aicoder.platform.db.EmbeddedDefaults;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the jar. A CLI command ({@code scan PATH ...}) runs at once, without Quarkus, a server or a
 * database. Otherwise it starts the API server; before Quarkus boots it fills in embedded defaults (a local
 * PostgreSQL, JWT signing keys) for whatever the operator has not configured.
 */
@QuarkusMain
public class AicoderMain {

    public static void main(String... args) {
        if (AicoderCli.handles(args)) {
            System.exit(AicoderCli.run(args));
        }
        EmbeddedDefaults.applyIfNeeded();
        Quarkus.run(args);
    }
}
