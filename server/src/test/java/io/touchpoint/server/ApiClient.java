package io.touchpoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON client over java.net.http for server tests, keeping the session cookie. */
public final class ApiClient {

    /** A response: status and body (JSON parsed when it is JSON). */
    public record Response(int status, String body, JsonNode json, java.net.http.HttpHeaders headers) {
    }

    private final String baseUrl;
    private final ObjectMapper json;
    private final HttpClient http;
    private String bearer;

    ApiClient(String baseUrl, ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.json = json;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends {@code Authorization: Bearer token} from now on. */
    public ApiClient withToken(String token) {
        this.bearer = token;
        return this;
    }

    public Response login(String username, String password) {
        Response response = post("/api/login", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response.status() + " " + response.body());
        }
        return response;
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    public Response delete(String path) {
        return send(request(path).DELETE().build());
    }

    public HttpClient http() {
        return http;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private String write(Object body) {
        try {
            return body instanceof String text ? text : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode tree = null;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("application/json") && !response.body().isEmpty()) {
                tree = json.readTree(response.body());
            }
            return new Response(response.statusCode(), response.body(), tree, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
