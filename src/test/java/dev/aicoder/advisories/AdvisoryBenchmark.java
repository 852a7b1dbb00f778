package dev.aicoder.advisories;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.flywaydb.core.Flyway;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.analysis.security.deps.Ecosystem;
import dev.aicoder.analysis.security.deps.osv.OsvAdvisory;
import dev.aicoder.analysis.security.deps.osv.OsvFiles;
import dev.aicoder.analysis.security.deps.osv.PackageQuery;
import dev.aicoder.analysis.security.deps.osv.PackageQuery.PackageKey;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Import and lookup speed of the PostgreSQL advisory store on a fresh embedded PostgreSQL (run by
 * bench/advisories.sh, not by the test suite): N generated OSV advisories of about 1.5 KB upserted in batches of 500,
 * a second identical import (nothing changes), then one lookup of 5,000 packages.
 */
public final class AdvisoryBenchmark {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "50000");
        Random random = new Random(7);
        ObjectMapper json = new ObjectMapper();
        List<OsvFiles.Parsed> advisories = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "pkg-" + random.nextInt(n / 2);
            OsvAdvisory a = new OsvAdvisory("BENCH-" + i, "2024-01-01T00:00:00Z", "2023-12-01T00:00:00Z", null,
                    List.of("CVE-2024-" + i), "Generated advisory " + i, "x".repeat(900), List.of(),
                    List.of(new OsvAdvisory.Affected(new OsvAdvisory.Package("npm", name, null),
                            List.of(new OsvAdvisory.Range("SEMVER", List.of(
                                    new OsvAdvisory.Event("0", null, null, null),
                                    new OsvAdvisory.Event(null, "1." + random.nextInt(20) + ".0", null, null)))),
                            List.of(), null, List.of())),
                    List.of(new OsvAdvisory.Reference("WEB", "https://example.com/advisories/" + i)),
                    Map.of("severity", "HIGH"));
            advisories.add(new OsvFiles.Parsed(a, json.writeValueAsString(a)));
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Flyway.configure().dataSource(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")
                    .locations("classpath:db/migration").outOfOrder(true).load().migrate();
            Vertx vertx = Vertx.vertx();
            Pool pool = Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(4))
                    .connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(pg.getPort())
                            .setDatabase("postgres").setUser("postgres").setPassword("postgres"))
                    .using(vertx.getDelegate()).build());
            AdvisoryStore store = new AdvisoryStore(pool);
            for (String round : List.of("first import", "same import again")) {
                long start = System.nanoTime();
                int changed = 0;
                for (int from = 0; from < n; from += 500) {
                    changed += store.upsert(advisories.subList(from, Math.min(n, from + 500))).await()
                            .atMost(Duration.ofMinutes(5));
                }
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "advisories, %s: %,d in %.2f s = %,.0f advisories/s, %,d written%n",
                        round, n, s, n / s, changed);
            }
            List<PackageKey> keys = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                keys.add(new PackageQuery(Ecosystem.NPM, "pkg-" + random.nextInt(n), "1.0.0").key());
            }
            store.find(keys.subList(0, 100)).await().atMost(Duration.ofMinutes(1)); // warm-up
            long start = System.nanoTime();
            int found = store.find(keys).await().atMost(Duration.ofMinutes(1)).values().stream().mapToInt(List::size)
                    .sum();
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "lookup: 5,000 packages in one query: %.3f s, %,d advisories returned%n", s,
                    found);
            pool.closeAndAwait();
            vertx.closeAndAwait();
        }
    }
}
