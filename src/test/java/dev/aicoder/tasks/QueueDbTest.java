package dev.aicoder.tasks;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the queue tests without Quarkus: a freshly migrated database per test class. */
abstract class QueueDbTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static QueueDb db;

    @BeforeAll
    static void createDatabase() {
        db = QueueDb.create();
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    /** A task type no other test (nor the application in the same JVM) runs. */
    static String type(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
