package io.touchpoint.cli.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpoint.cli.commands.ScratchFolders;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Agent;
import io.touchpoint.server.ServerConfig;
import io.touchpoint.server.TouchpointServer;
import io.touchpoint.server.auth.Role;
import io.touchpoint.server.auth.User;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.store.TouchpointStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The live-alert latency benchmark: a real server on a fresh store, N concurrent live
 * conversations streamed turn by turn over WebSockets at a speaking pace, and supervisors
 * subscribed over SSE; it measures, at the supervisor, the time from sending the turn that
 * raises an alert to receiving the alert, and prints p50 / p95 / p99.
 */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = "Live-alert latency: N concurrent live conversations over WebSocket, alerts received by supervisors "
                + "over SSE; prints p50/p95/p99 from turn sent to alert received (figures for docs/benchmarks.md).")
public final class LiveBenchCommand implements Callable<Integer> {

    @Option(names = "--conversations", defaultValue = "200", description = "Concurrent live conversations (default: ${DEFAULT-VALUE}).")
    int conversations;

    @Option(names = "--turn-interval-ms", defaultValue = "2000",
            description = "Mean time between two turns of one conversation, jittered +-50% (default: ${DEFAULT-VALUE}).")
    int turnIntervalMs;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A collections call; one of the customer lines below is put in at a random turn. */
    private static final String[][] SCRIPT = {
        {"agent", "Hello, this is Acme Recovery calling on a recorded line, am I speaking with the account holder?"},
        {"customer", "Yes, this is me, what is it about?"},
        {"agent", "I'm calling about the overdue balance on your account, it is ninety days past due."},
        {"customer", "I know, things have been hard lately."},
        {"agent", "I understand. Can we set up a payment today?"},
        {"customer", "I'm not sure I can manage anything right now."},
        {"agent", "Even a small amount would help bring the account current."},
        {"customer", "Let me think about what I can do."},
        {"agent", "Of course. We have plans that spread the balance over six months."},
        {"customer", "Okay, tell me more about those plans."},
        {"agent", "Great, I'll go over the options with you."},
        {"customer", "Thanks."},
    };

    private static final String[] TRIGGERS = {
        "I filed for bankruptcy last month, my bankruptcy case is open.",
        "Honestly I'm going to cancel my service and switch to another provider.",
        "My lawyer told me not to talk to you, please contact my attorney.",
    };

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("touchpoint-bench-live-");
        try (TouchpointStore store = TouchpointStore.open(work.resolve("store"))) {
            List<Agent> agents = new ContactCenterSimulator(SimulationConfig.of(200, seed)).generate().agents();
            store.write(new IngestBatch(List.of(), List.of(), agents, List.of()));
            TouchpointServer server = TouchpointServer.create(ServerConfig.defaults().withHost("127.0.0.1").withPort(0)
                    .withPasswordIterations(10_000), store).start();
            try {
                run(out, server, agents);
            } finally {
                server.stop();
            }
        } finally {
            ScratchFolders.delete(work);
        }
        return 0;
    }

    private void run(PrintWriter out, TouchpointServer server, List<Agent> agents) throws Exception {
        var users = server.context().users();
        users.create(new User("bench-streamer", "Bench telephony feed", Role.ANALYST, null, Set.of()),
                "bench-streamer-pass".toCharArray());
        String streamToken = users.createToken("bench-streamer", "bench").secret();
        Map<String, List<Agent>> byTeam = agents.stream().filter(agent -> agent.team() != null)
                .collect(Collectors.groupingBy(Agent::team));
        String base = "127.0.0.1:" + server.port();
        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();

        // Latency of each alert, measured at the supervisor of the conversation's team.
        Map<String, long[]> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger alerts = new AtomicInteger();
        CountDownLatch subscribed = new CountDownLatch(byTeam.size());
        for (String team : byTeam.keySet()) {
            String username = "bench-supervisor-" + team.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            users.create(new User(username, null, Role.SUPERVISOR, null, Set.of(team)), "bench-supervisor-pass".toCharArray());
            String token = users.createToken(username, "bench").secret();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + base + "/api/alerts/stream"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                subscribed.countDown();
                try (Stream<String> lines = response.body()) {
                    lines.filter(line -> line.startsWith("data:")).forEach(line -> {
                        long received = System.nanoTime();
                        try {
                            JsonNode alert = JSON.readTree(line.substring(5).strip());
                            long[] times = sentAt.get(alert.get("conversationId").asText());
                            int turn = alert.get("turnIndex").asInt();
                            if (times != null && turn < times.length && times[turn] > 0) {
                                latencies.add(received - times[turn]);
                                alerts.incrementAndGet();
                            }
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                } catch (RuntimeException closed) {
                    // the server stopped
                }
            });
        }
        if (!subscribed.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the supervisors' alert streams did not open");
        }

        out.printf("%d concurrent live conversations, a turn every %d ms (+-50%%) each, %d supervisors on SSE...%n",
                conversations, turnIntervalMs, byTeam.size());
        out.flush();
        Random random = new Random(seed);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        CountDownLatch finished = new CountDownLatch(conversations);
        List<WebSocket> sockets = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        for (int c = 0; c < conversations; c++) {
            String id = "bench-" + c;
            Agent agent = agents.get(c % agents.size());
            String[][] turns = Arrays.stream(SCRIPT).map(String[]::clone).toArray(String[][]::new);
            int triggerTurn = 3 + 2 * random.nextInt(4); // a customer turn: 3, 5, 7 or 9
            turns[triggerTurn][1] = TRIGGERS[random.nextInt(TRIGGERS.length)];
            sentAt.put(id, new long[turns.length]);
            WebSocket socket = http.newWebSocketBuilder().header("Authorization", "Bearer " + streamToken)
                    .buildAsync(URI.create("ws://" + base + "/api/live/ws"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            if (data.toString().contains("\"type\":\"error\"")) {
                                errors.incrementAndGet();
                            }
                            webSocket.request(1);
                            return null;
                        }
                    }).get(30, TimeUnit.SECONDS);
            sockets.add(socket);
            send(socket, Map.of("type", "start", "conversationId", id, "channel", "voice", "direction", "outbound",
                    "queue", "collections", "agentId", agent.id()));
            long startDelay = random.nextInt(turnIntervalMs);
            schedule(clock, socket, id, turns, 0, startDelay, random.nextLong(), sentAt.get(id), finished);
        }
        finished.await();
        Thread.sleep(2_000); // the last alerts in flight
        double seconds = (System.nanoTime() - started) / 1e9;
        for (WebSocket socket : sockets) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        clock.shutdownNow();

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int turnsSent = conversations * SCRIPT.length;
        out.printf(Locale.ROOT, "%,d turns in %.1f s (%.0f turns/s), %,d alerts received by supervisors, %d errors%n",
                turnsSent, seconds, turnsSent / seconds, alerts.get(), errors.get());
        if (sorted.length == 0) {
            out.println("no alerts were received");
            return;
        }
        out.printf(Locale.ROOT, "alert latency, turn sent -> alert received at the supervisor: p50 %.0f ms, p95 %.0f ms, "
                + "p99 %.0f ms, max %.0f ms%n", ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
        var analysis = server.context().metrics().find("touchpoint.live.turn.analysis").timer();
        if (analysis != null) {
            out.printf(Locale.ROOT, "server: analysis of one turn, mean %.1f ms over %,d turns%n",
                    analysis.mean(TimeUnit.MILLISECONDS), analysis.count());
        }
        out.printf("machine: %d cores, %s, heap max %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1024 / 1024);
        out.flush();
    }

    private void schedule(ScheduledExecutorService clock, WebSocket socket, String id, String[][] turns, int index,
            long delayMs, long seed, long[] sentAt, CountDownLatch finished) {
        clock.schedule(() -> {
            long startMs = index * 4_000L;
            try {
                sentAt[index] = System.nanoTime();
                send(socket, Map.of("type", "turn", "conversationId", id, "speaker", turns[index][0],
                        "text", turns[index][1], "startMs", startMs, "endMs", startMs + 3_500));
            } catch (Exception e) {
                finished.countDown();
                return;
            }
            if (index + 1 < turns.length) {
                Random random = new Random(seed);
                long next = turnIntervalMs / 2 + random.nextInt(turnIntervalMs);
                schedule(clock, socket, id, turns, index + 1, next, random.nextLong(), sentAt, finished);
            } else {
                try {
                    send(socket, Map.of("type", "end", "conversationId", id));
                } catch (Exception e) {
                    // counted as finished either way
                }
                finished.countDown();
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    private static synchronized void send(WebSocket socket, Map<String, Object> message) throws Exception {
        // One message at a time per socket: java.net.http.WebSocket allows one outstanding send.
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
