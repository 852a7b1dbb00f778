package dev.aicoder.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.architecture.suggest.SuggestionExplainer;
import dev.aicoder.analysis.security.SupplyChainSetup;
import dev.aicoder.platform.db.EmbeddedDefaults;
import dev.aicoder.scan.store.ScanStore;
import dev.aicoder.source.ArchiveIntake;
import dev.aicoder.source.ArchiveLimits;
import dev.aicoder.source.DiffIntake;
import dev.aicoder.source.DirectoryIntake;
import dev.aicoder.source.GitIntake;
import dev.aicoder.source.GitPolicy;
import dev.aicoder.source.SourceConfig;
import dev.aicoder.source.WorkspaceBuilder;
import dev.aicoder.source.WorkspaceLimits;
import io.vertx.mutiny.sqlclient.Pool;

/** CDI producers for the plain-Java intake, engine and store. */
@ApplicationScoped
public class ScanBeans {

    /** The analyzers of the server, built once on first use and shared by all scans (they are thread-safe). */
    public interface ServerAnalyzers extends Supplier<List<Analyzer>> {
    }

    @Produces
    @Singleton
    ScanStore store(Pool pool) {
        return new ScanStore(pool);
    }

    @Produces
    @Singleton
    WorkspaceBuilder workspaceBuilder(SourceConfig config) {
        return new WorkspaceBuilder(new WorkspaceLimits(config.maxFileSize().asLongValue(), config.maxFiles(), 64,
                config.minifiedLineLength()));
    }

    @Produces
    @Singleton
    ArchiveIntake archiveIntake(SourceConfig config, WorkspaceBuilder builder) {
        SourceConfig.Archive a = config.archive();
        return new ArchiveIntake(new ArchiveLimits(a.maxUnpacked().asLongValue(), a.maxEntries(), a.maxRatio(),
                a.maxDepth()), builder, workDir(config));
    }

    @Produces
    @Singleton
    GitIntake gitIntake(SourceConfig config, WorkspaceBuilder builder) {
        return new GitIntake(gitPolicy(config), builder, workDir(config), config.git().timeout());
    }

    @Produces
    @Singleton
    GitPolicy gitPolicy(SourceConfig config) {
        return new GitPolicy(java.util.Set.copyOf(config.git().schemes()), config.git().allowPrivateHosts());
    }

    @Produces
    @Singleton
    DiffIntake diffIntake(SourceConfig config, WorkspaceBuilder builder) {
        return new DiffIntake(builder, workDir(config));
    }

    @Produces
    @Singleton
    DirectoryIntake directoryIntake(SourceConfig config, WorkspaceBuilder builder) {
        return new DirectoryIntake(config.directory().enabled(), config.directory().allowedRoots().orElse(List.of()),
                builder);
    }

    @Produces
    @Singleton
    ScanEngine engine(ScanConfig config) {
        ResultCache cache = ResultCache.NONE;
        if (config.cache().enabled()) {
            Path dir = config.cache().dir().orElseGet(
                    () -> EmbeddedDefaults.dataHome(ConfigProvider.getConfig()).resolve("cache").resolve("scan"));
            cache = new DiskResultCache(dir, config.cache().maxSize().asLongValue());
        }
        return new ScanEngine(new ScanSettings(config.threads(), config.fileTimeout(), config.workspaceTimeout(),
                "server"), cache);
    }

    /**
     * What analyzer factories need on the server. Capabilities that need server-side parts (an advisory index
     * backed by PostgreSQL...) add them here with {@link AnalyzerSetup#with}.
     */
    @Produces
    @Singleton
    AnalyzerSetup analyzerSetup(ScanConfig config, SupplyChainSetup supplyChain,
            Instance<SuggestionExplainer> explainer) {
        AnalyzerSetup setup = AnalyzerSetup.of(config.threads()).with(supplyChain);
        return explainer.isResolvable() ? setup.with(SuggestionExplainer.class, explainer.get()) : setup;
    }

    @Produces
    @Singleton
    ServerAnalyzers analyzers(AnalyzerSetup setup) {
        return new ServerAnalyzers() {
            private volatile List<Analyzer> built;

            @Override
            public synchronized List<Analyzer> get() {
                if (built == null) {
                    built = AnalyzerCatalog.create(setup);
                }
                return built;
            }
        };
    }

    static Path workDir(SourceConfig config) {
        return config.workDir().orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "aicoder-work"));
    }
}
