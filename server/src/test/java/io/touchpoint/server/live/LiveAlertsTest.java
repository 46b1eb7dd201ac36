package io.touchpoint.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpoint.server.ApiClient;
import io.touchpoint.server.TestContactCenter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveAlertsTest {

    @TempDir
    static Path dir;
    static TestContactCenter center;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        center = TestContactCenter.start(dir, 200);
    }

    @AfterAll
    static void stop() {
        center.close();
    }

    /** Reads an SSE stream on a background thread into a queue of (event, data) pairs. */
    static final class SseReader {
        final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
        final BlockingQueue<Boolean> opened = new LinkedBlockingQueue<>();

        SseReader(HttpClient http, String url, String token) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").GET().build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                opened.add(response.statusCode() == 200);
                String[] event = {null};
                try (Stream<String> lines = response.body()) {
                    lines.forEach(line -> {
                        if (line.startsWith("event:")) {
                            event[0] = line.substring(6).strip();
                        } else if (line.startsWith("data:")) {
                            events.add(new String[] {event[0], line.substring(5).strip()});
                        }
                    });
                } catch (RuntimeException closed) {
                    // the server went away: the test is over
                }
            });
        }

        void awaitOpen() throws InterruptedException {
            assertThat(opened.poll(10, TimeUnit.SECONDS)).as("SSE stream opened").isTrue();
        }
    }

    static String token(String username) {
        ApiClient client = center.clientFor(username);
        return client.post("/api/tokens", Map.of("label", "test")).json().get("token").asText();
    }

    @Test
    void bankruptcyMentionInCollectionsCallAlertsTheSupervisorAndPromptsTheAgent() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String agentId = center.clientFor("agent").get("/api/me").json().get("agentId").asText();

        SseReader supervisor = new SseReader(http, center.baseUrl() + "/api/alerts/stream", token("supervisor"));
        supervisor.awaitOpen();
        // A supervisor of another team must not see this agent's alerts.
        ApiClient admin = center.clientFor("admin");
        String otherTeam = admin.get("/api/agents").json().findValuesAsText("team").stream()
                .filter(team -> !team.equals(center.clientFor("supervisor").get("/api/me").json().get("teams").get(0).asText()))
                .findFirst().orElseThrow();
        admin.post("/api/users", Map.of("username", "other-supervisor", "role", "supervisor",
                "teams", List.of(otherTeam), "password", "other-supervisor-pass"));
        SseReader stranger = new SseReader(http, center.baseUrl() + "/api/alerts/stream", token("admin").isEmpty() ? ""
                : loginToken("other-supervisor", "other-supervisor-pass"));
        stranger.awaitOpen();

        BlockingQueue<JsonNode> agentMessages = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().header("Authorization", "Bearer " + token("agent"))
                .buildAsync(URI.create("ws://127.0.0.1:" + center.server().port() + "/api/live/ws"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            try {
                                agentMessages.add(JSON.readTree(partial.toString()));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);

        String id = "live-test-bankruptcy";
        send(socket, Map.of("type", "start", "conversationId", id, "channel", "voice", "direction", "outbound",
                "queue", "collections"));
        String[][] turns = {
                {"agent", "Hello, this is Sam from Acme recovery, am I speaking with Jordan?"},
                {"customer", "Yes, speaking."},
                {"agent", "I'm calling about the overdue balance on your account."},
                {"customer", "I filed for bankruptcy last month, my bankruptcy case is open."},
        };
        long ms = 0;
        for (String[] turn : turns) {
            send(socket, Map.of("type", "turn", "conversationId", id, "speaker", turn[0], "text", turn[1],
                    "startMs", ms, "endMs", ms + 3_000));
            ms += 3_500;
        }

        String[] alertEvent = supervisor.events.poll(20, TimeUnit.SECONDS);
        assertThat(alertEvent).as("an alert reached the supervisor").isNotNull();
        assertThat(alertEvent[0]).isEqualTo("alert");
        JsonNode alert = JSON.readTree(alertEvent[1]);
        assertThat(alert.get("kind").asText()).isEqualTo("legal_mention");
        assertThat(alert.get("conversationId").asText()).isEqualTo(id);
        assertThat(alert.get("agentId").asText()).isEqualTo(agentId);
        assertThat(alert.get("turnIndex").asInt()).isEqualTo(3);
        assertThat(alert.get("evidence").asText()).containsIgnoringCase("bankruptcy");

        JsonNode prompt = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (prompt == null && System.nanoTime() < deadline) {
            JsonNode message = agentMessages.poll(1, TimeUnit.SECONDS);
            if (message != null && message.get("type").asText().equals("alert")) {
                prompt = message.get("alert");
            }
        }
        assertThat(prompt).as("the agent's own stream got the prompt").isNotNull();
        assertThat(prompt.get("assist").asText()).contains("stop collection");

        send(socket, Map.of("type", "end", "conversationId", id));
        JsonNode ended = null;
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (ended == null && System.nanoTime() < deadline) {
            JsonNode message = agentMessages.poll(1, TimeUnit.SECONDS);
            if (message != null && message.get("type").asText().equals("ended")) {
                ended = message;
            }
        }
        assertThat(ended).as("the conversation was stored").isNotNull();
        JsonNode stored = center.clientFor("supervisor").get("/api/interactions/" + id).json();
        assertThat(stored.findValuesAsText("name")).contains("bankruptcy_mention");
        assertThat(center.clientFor("supervisor").get("/api/alerts").json().findValuesAsText("conversationId"))
                .contains(id);

        assertThat(stranger.events.poll(1, TimeUnit.SECONDS)).as("another team's supervisor got nothing").isNull();
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }

    @Test
    void agentCannotStreamAnotherAgentsConversation() {
        ApiClient agent = center.clientFor("agent");
        ApiClient.Response response = agent.post("/api/live/conversations",
                Map.of("conversationId", "live-test-other", "agentId", "someone-else", "channel", "chat"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void restTurnsReturnTheAlertsTheyRaise() {
        ApiClient analyst = center.clientFor("analyst");
        assertThat(analyst.post("/api/live/conversations", Map.of("conversationId", "live-test-rest",
                "channel", "chat", "queue", "retention")).status()).isEqualTo(201);
        ApiClient.Response first = analyst.post("/api/live/conversations/live-test-rest/turns",
                Map.of("speaker", "customer", "text", "Hi, I want to check my bill", "startMs", 0, "endMs", 1000));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("alerts")).isEmpty();
        ApiClient.Response second = analyst.post("/api/live/conversations/live-test-rest/turns",
                Map.of("speaker", "customer", "text", "Honestly I'm going to cancel my service and switch to another provider",
                        "startMs", 2000, "endMs", 5000));
        assertThat(second.json().findValuesAsText("kind")).contains("churn_threat");
        assertThat(analyst.post("/api/live/conversations/live-test-rest/end", Map.of()).status()).isEqualTo(200);
    }

    private static String loginToken(String username, String password) {
        ApiClient client = center.anonymousClient();
        client.login(username, password);
        return client.post("/api/tokens", Map.of("label", "test")).json().get("token").asText();
    }

    private static void send(WebSocket socket, Map<String, Object> message) throws Exception {
        socket.sendText(JSON.writeValueAsString(message), true).get(5, TimeUnit.SECONDS);
    }

    static Duration timeout() {
        return Duration.ofSeconds(20);
    }
}
