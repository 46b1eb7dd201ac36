package io.touchpoint.server;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.HandleTimeAnalyzer;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.ingest.DeadLetterWriter;
import io.touchpoint.ingest.IngestJob;
import io.touchpoint.quality.QualityAnalyzer;
import io.touchpoint.quality.QualityService;
import io.touchpoint.quality.scorecard.ScorecardLibrary;
import io.touchpoint.rules.RuleAnalyzer;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.server.auth.DemoUsers;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.simulator.SimulationWriter;
import io.touchpoint.simulator.WrittenFiles;
import io.touchpoint.store.TouchpointStore;
import io.touchpoint.text.TextAnalyzers;
import io.touchpoint.text.TextConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real, analyzed contact center in a temporary folder for server tests: the simulator's data
 * ingested into a real store, analyzed with the standard pipeline (metrics, text, built-in rules,
 * QA scorecards) with the review queue filled, and the demo users (one per role, see {@link DemoUsers}).
 *
 * <pre>{@code
 * @TempDir static Path dir;
 * static TestContactCenter center;
 * @BeforeAll static void start() throws Exception { center = TestContactCenter.start(dir, 200); }
 * @AfterAll static void stop() { center.close(); }
 * ... center.server().port(), center.login("supervisor") ...
 * }</pre>
 */
public final class TestContactCenter implements AutoCloseable {

    /** PBKDF2 iterations for test users: real hashing, cheap enough for many logins. */
    public static final int TEST_ITERATIONS = 10_000;

    private final TouchpointStore store;
    private final TouchpointServer server;
    private final SimulatedContactCenter center;
    private final List<DemoUsers.Login> logins;

    private TestContactCenter(TouchpointStore store, TouchpointServer server, SimulatedContactCenter center,
            List<DemoUsers.Login> logins) {
        this.store = store;
        this.server = server;
        this.center = center;
        this.logins = logins;
    }

    /** Generates {@code interactions} interactions (seed 7), ingests, analyzes, starts a server on a free port. */
    public static TestContactCenter start(Path dir, int interactions) throws IOException {
        return start(dir, interactions, config -> config);
    }

    public static TestContactCenter start(Path dir, int interactions,
            java.util.function.UnaryOperator<ServerConfig> tweak) throws IOException {
        SimulatedContactCenter center = new ContactCenterSimulator(SimulationConfig.of(interactions, 7)).generate();
        WrittenFiles files = SimulationWriter.write(center, dir.resolve("source"));
        TouchpointStore store = TouchpointStore.open(dir.resolve("data"));
        try (DeadLetterWriter deadLetters = new DeadLetterWriter(dir.resolve("dead-letter.ndjson"))) {
            new IngestJob(ConnectorRegistry.load(), store, deadLetters, IngestOptions.defaults(), ProgressListener.NONE,
                    500).run(List.of(files.customers(), files.agents(), files.interactions(), files.mailbox(),
                            files.socialPosts(), files.desktopEvents()));
        }
        analyze(store);
        ServerConfig config = tweak.apply(ServerConfig.defaults().withHost("127.0.0.1").withPort(0)
                .withPasswordIterations(TEST_ITERATIONS));
        TouchpointServer server = TouchpointServer.create(config, store);
        List<DemoUsers.Login> logins = DemoUsers.ensure(store, server.context().users());
        server.start();
        return new TestContactCenter(store, server, center, logins);
    }

    private static void analyze(TouchpointStore store) {
        List<Analyzer> analyzers = new ArrayList<>();
        analyzers.add(new HandleTimeAnalyzer());
        analyzers.addAll(TextAnalyzers.defaults(TextConfig.fast()));
        analyzers.add(new RuleAnalyzer(RuleSet.builtIn()));
        analyzers.add(QualityAnalyzer.builtIn());
        Pipeline pipeline = new Pipeline(analyzers);
        List<String> ids = store.interactionIdsNeedingAnalysis("server-test", true);
        List<AnalyzedInteraction> analyzed = new ArrayList<>();
        for (Interaction interaction : store.interactions(ids)) {
            analyzed.add(pipeline.run(interaction));
        }
        store.writeAnalysis(analyzed, "server-test");
        new QualityService(store, ScorecardLibrary.builtIn()).refreshQueue();
    }

    public TouchpointStore store() {
        return store;
    }

    public TouchpointServer server() {
        return server;
    }

    public SimulatedContactCenter simulated() {
        return center;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The demo login of a role's user: admin, analyst, supervisor, agent, auditor. */
    public DemoUsers.Login login(String username) {
        return logins.stream().filter(login -> login.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
    }

    /** A client signed in as {@code username} (session cookie). */
    public ApiClient clientFor(String username) {
        ApiClient client = new ApiClient(baseUrl(), server.context().json());
        client.login(username, login(username).password());
        return client;
    }

    /** A client that has not signed in. */
    public ApiClient anonymousClient() {
        return new ApiClient(baseUrl(), server.context().json());
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
