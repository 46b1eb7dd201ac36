package io.touchpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import io.javalin.websocket.WsHandlerEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /openapi.json} lists exactly the API routes the app registers, and real answers have its required fields. */
class OpenApiContractTest {

    @TempDir
    static Path dir;
    static TestContactCenter center;
    static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        center = TestContactCenter.start(dir, 200);
        ApiClient.Response response = center.anonymousClient().get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        document = response.json();
    }

    @AfterAll
    static void stop() {
        center.close();
    }

    static boolean isApiPath(String path) {
        return path.startsWith("/api/") || Set.of("/health", "/ready", "/metrics", "/openapi.json").contains(path);
    }

    @Test
    void documentListsEveryRegisteredApiRouteAndNothingElse() {
        Set<String> registered = new TreeSet<>();
        var router = center.server().app().unsafe.internalRouter;
        for (ParsedEndpoint parsed : router.allHttpHandlers()) {
            String method = parsed.endpoint.method.name().toLowerCase(java.util.Locale.ROOT);
            if (Set.of("get", "post", "put", "patch", "delete").contains(method) && isApiPath(parsed.endpoint.path)) {
                registered.add(method + " " + parsed.endpoint.path);
            }
        }
        for (WsHandlerEntry entry : router.allWsHandlers()) {
            if (entry.getType() == io.javalin.websocket.WsHandlerType.WEBSOCKET && isApiPath(entry.getPath())) {
                registered.add("get " + entry.getPath());
            }
        }
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method + " " + path.getKey())));
        assertThat(registered).as("routes in the app").hasSizeGreaterThan(30);
        assertThat(documented).as("routes in /openapi.json").containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void everyJsonGetAnswersWithTheDocumentedRequiredFields() {
        ApiClient admin = center.clientFor("admin");
        String interaction = admin.get("/api/interactions?limit=1").json().get("items").get(0).get("id").asText();
        String agent = admin.get("/api/agents").json().get(0).get("id").asText();
        String customer = center.simulated().customers().getFirst().id();
        String review = admin.get("/api/reviews?limit=1").json().path(0).path("id").asText("");
        assertThat(review).as("the fixture's review queue has an item").isNotEmpty();
        Map<String, String> values = Map.of("/api/reviews/{itemId}", review,"/api/interactions/{id}", interaction,
                "/api/interactions/{id}/pii", interaction, "/api/customers/{id}", customer,
                "/api/journeys/{customerKey}", customer, "/api/agents/{id}/desktop", agent,
                "/api/agents/{id}/scorecard", agent);
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            JsonNode schema = get == null ? null : get.at("/responses/200/content/application~1json/schema");
            if (schema == null || schema.isMissingNode() || path.getKey().equals("/openapi.json")) {
                continue;
            }
            String url = path.getKey().contains("{") ? path.getKey().replaceAll("\\{[^}]+}", values.get(path.getKey()))
                    : path.getKey();
            ApiClient.Response response = admin.get(url + (url.equals("/api/search") ? "?q=bill" : ""));
            assertThat(response.status()).as(url + ": " + response.body()).isEqualTo(200);
            assertMatches(schema, response.json(), url);
            checked.add(url);
        }
        assertThat(checked).hasSizeGreaterThan(20);
    }

    @Test
    void postsAnswerWithTheDocumentedRequiredFields() {
        ApiClient analyst = center.clientFor("analyst");
        ApiClient.Response token = analyst.post("/api/tokens", Map.of("label", "contract"));
        assertThat(token.status()).isEqualTo(201);
        assertMatches(schemaOf("/api/tokens", "post", "201"), token.json(), "POST /api/tokens");
        assertThat(analyst.post("/api/live/conversations", Map.of("conversationId", "contract-1")).status())
                .isEqualTo(201);
        ApiClient.Response turn = analyst.post("/api/live/conversations/contract-1/turns",
                Map.of("speaker", "customer", "text", "hello", "startMs", 0, "endMs", 500));
        assertMatches(schemaOf("/api/live/conversations/{id}/turns", "post", "200"), turn.json(), "turn");
        ApiClient.Response error = analyst.get("/api/interactions/no-such-id");
        assertThat(error.status()).isEqualTo(404);
        assertMatches(document.at("/components/schemas/ErrorBody"), error.json(), "an error");
    }

    private static JsonNode schemaOf(String path, String method, String status) {
        return document.get("paths").get(path).get(method).at("/responses/" + status + "/content/application~1json/schema");
    }

    /** Checks required fields, following $ref, arrays and nested objects. */
    static void assertMatches(JsonNode schema, JsonNode value, String where) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            assertMatches(document.at(ref.substring(1)), value, where + " (" + ref.substring(ref.lastIndexOf('/') + 1) + ")");
            return;
        }
        if (value == null || value.isNull()) {
            return;
        }
        if (schema.has("items") && value.isArray()) {
            assertThat(value.isArray()).as(where + " is an array").isTrue();
            for (JsonNode item : value) {
                assertMatches(schema.get("items"), item, where + "[]");
            }
            return;
        }
        if (schema.has("required")) {
            assertThat(value.isObject()).as(where + " is an object: " + value).isTrue();
            for (JsonNode field : schema.get("required")) {
                assertThat(value.has(field.asText())).as(where + " has required field " + field.asText() + ": " + value)
                        .isTrue();
            }
        }
        if (schema.has("properties") && value.isObject()) {
            schema.get("properties").fields().forEachRemaining(property -> {
                if (value.has(property.getKey())) {
                    assertMatches(property.getValue(), value.get(property.getKey()), where + "." + property.getKey());
                }
            });
        }
    }
}
