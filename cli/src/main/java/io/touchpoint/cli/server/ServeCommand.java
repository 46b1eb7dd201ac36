package io.touchpoint.cli.server;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.server.ServerConfig;
import io.touchpoint.server.ServerConfigLoader;
import io.touchpoint.server.TouchpointServer;
import io.touchpoint.server.auth.Role;
import io.touchpoint.server.auth.SecretTokens;
import io.touchpoint.server.auth.User;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the Touchpoint server over the store: REST API, dashboard, live analysis and alerts. "
                + "Stops gracefully on Ctrl-C or SIGTERM (live conversations in progress are stored). "
                + "Settings: server.*, auth.*, alerts.* in the settings file or as TOUCHPOINT_* environment variables "
                + "(see docs/server.md).")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: server.port, 7070).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: server.host, 0.0.0.0).")
    String host;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new HashMap<>();
        if (port != null) {
            overrides.put("server.port", Integer.toString(port));
        }
        if (host != null) {
            overrides.put("server.host", host);
        }
        // Validate the whole configuration before touching the store.
        Map<String, String> settings = data.settings().with(overrides).values();
        ServerConfig config = ServerConfigLoader.load(settings);
        String alertBootstrap = settings.getOrDefault("alerts.kafka-bootstrap", "");
        String alertTopic = settings.getOrDefault("alerts.kafka-topic", "touchpoint.alerts");
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = data.open()) {
            run(store, config, out, null, server -> {
                if (!alertBootstrap.isBlank()) {
                    server.consumeAlertTopic(alertBootstrap, alertTopic);
                }
            });
        }
        return 0;
    }

    /**
     * Starts a server over {@code store}, prints where it listens, and blocks until the process is
     * told to stop (Ctrl-C, SIGTERM); then stops gracefully. When the store has no users yet an
     * {@code admin} with a random password is created and the password printed once.
     *
     * @param banner extra lines printed after the address (the demo's logins); may be null
     */
    public static void run(TouchpointStore store, ServerConfig config, PrintWriter out, String banner)
            throws InterruptedException {
        run(store, config, out, banner, server -> { });
    }

    /** @param beforeStart configures the created server before it listens (e.g. a Kafka alert topic) */
    public static void run(TouchpointStore store, ServerConfig config, PrintWriter out, String banner,
            java.util.function.Consumer<TouchpointServer> beforeStart) throws InterruptedException {
        TouchpointServer server = TouchpointServer.create(config, store);
        beforeStart.accept(server);
        if (server.context().users().isEmpty()) {
            String password = SecretTokens.newSecret("").substring(0, 20);
            server.context().users().create(new User("admin", "Administrator", Role.ADMIN, null, Set.of()),
                    password.toCharArray());
            out.printf("created the first user: admin / %s (change it: POST /api/users, or keep it safe)%n", password);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // The JVM halts once the hooks return: stop the server and close the store here, not
        // after run() returns on the main thread.
        Thread hook = new Thread(() -> {
            try {
                server.stop();
                store.close();
            } finally {
                stopped.countDown();
            }
        }, "touchpoint-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        server.start();
        String shownHost = "0.0.0.0".equals(config.host()) ? "localhost" : config.host();
        out.printf("Touchpoint server on http://%s:%d (data %s); Ctrl-C stops it%n", shownHost, server.port(),
                store.dataDir().toAbsolutePath());
        if (banner != null) {
            out.println(banner.replace("PORT", Integer.toString(server.port())));
        }
        out.flush();
        stopped.await();
    }
}
