package io.touchpoint.speech.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.progress.ProgressListener;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a real HTTP server on a free port: the published size and sha256 decide. */
class ModelDownloaderTest {

    private static final byte[] MODEL = "ggml model bytes for a test".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path folder;

    private HttpServer server;
    private URI base;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/good.bin", exchange -> {
            exchange.sendResponseHeaders(200, MODEL.length);
            exchange.getResponseBody().write(MODEL);
            exchange.close();
        });
        server.createContext("/tampered.bin", exchange -> {
            byte[] bytes = MODEL.clone();
            bytes[0] = 'G';
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static ModelCatalog.Entry entry() throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(MODEL));
        return new ModelCatalog.Entry("test-model", "whisper", URI.create("http://unused/"), "ggml-test.bin",
                MODEL.length, sha, "test");
    }

    @Test
    void keepsAFileThatMatchesItsPublishedSha256() throws Exception {
        Path file = ModelDownloader.standard().download(entry(), base.resolve("good.bin"), folder, ProgressListener.NONE);
        assertThat(file).hasBinaryContent(MODEL);
        // a second run finds it in place and does not download again (the server could be gone)
        server.stop(0);
        assertThat(ModelDownloader.standard().download(entry(), base.resolve("good.bin"), folder, ProgressListener.NONE))
                .isEqualTo(file);
    }

    @Test
    void refusesATamperedDownloadAndLeavesNothingBehind() throws Exception {
        assertThatThrownBy(() -> ModelDownloader.standard().download(entry(), base.resolve("tampered.bin"), folder,
                ProgressListener.NONE)).isInstanceOf(TouchpointException.class).hasMessageContaining("sha256");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void reportsAMissingFileWithItsHttpStatus() throws Exception {
        assertThatThrownBy(() -> ModelDownloader.standard().download(entry(), base.resolve("missing.bin"), folder,
                ProgressListener.NONE)).isInstanceOf(TouchpointException.class).hasMessageContaining("HTTP 404");
    }

    @Test
    void catalogListsThePublishedWhisperModelsAndRejectsUnknownNames() {
        assertThat(ModelCatalog.byName("whisper-base.en").bytes()).isEqualTo(147_964_211L);
        assertThat(ModelCatalog.byName("whisper-base.en").sha256())
                .isEqualTo("a03779c86df3323075f5e796cb2ce5029f00ec8869eee3fdfb897afe36c6d002");
        assertThat(ModelCatalog.byName("whisper-tiny.en").bytes()).isEqualTo(77_704_715L);
        assertThatThrownBy(() -> ModelCatalog.byName("whisper-huge")).hasMessageContaining("known: whisper-base.en");
    }
}
