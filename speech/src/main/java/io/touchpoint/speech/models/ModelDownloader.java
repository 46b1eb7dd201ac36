package io.touchpoint.speech.models;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.progress.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a catalogued model into a folder: streamed to a temporary file while its sha256 is
 * computed, checked against the published size and hash, then moved into place. A file already
 * there with the right hash is not downloaded again.
 */
public final class ModelDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(ModelDownloader.class);

    private final HttpClient client;

    public ModelDownloader(HttpClient client) {
        this.client = requireNonNull(client, "client is null");
    }

    public static ModelDownloader standard() {
        return new ModelDownloader(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build());
    }

    /** Downloads {@code entry} from its publisher into {@code folder}; returns the model file. */
    public Path download(ModelCatalog.Entry entry, Path folder, ProgressListener progress) throws IOException {
        return download(entry, entry.uri(), folder, progress);
    }

    /** Downloads {@code entry}'s file from {@code source} (a mirror) and checks it against the entry. */
    public Path download(ModelCatalog.Entry entry, URI source, Path folder, ProgressListener progress) throws IOException {
        Path target = folder.resolve(entry.fileName());
        if (Files.isRegularFile(target) && Files.size(target) == entry.bytes() && entry.sha256().equals(sha256(target))) {
            LOG.info("{} is already in {} and matches its sha256", entry.name(), folder);
            return target;
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "." + entry.fileName(), ".part");
        try {
            HttpResponse<InputStream> response;
            try {
                response = client.send(HttpRequest.newBuilder(source).timeout(Duration.ofMinutes(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("download of " + source + " was interrupted", e);
            }
            if (response.statusCode() != 200) {
                response.body().close();
                throw TouchpointException.external("download of " + entry.name() + " from " + source + " failed: HTTP "
                        + response.statusCode(), null);
            }
            MessageDigest digest = newDigest();
            long total = 0;
            progress.start("download " + entry.name(), entry.bytes());
            try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[1 << 16];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    digest.update(buffer, 0, read);
                    total += read;
                    progress.advance(read);
                    if (total > entry.bytes()) {
                        throw TouchpointException.external("download of " + entry.name() + " from " + source
                                + " is larger than the published " + entry.bytes() + " bytes; refused", null);
                    }
                }
            } finally {
                progress.finish();
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (total != entry.bytes() || !actual.equals(entry.sha256())) {
                throw TouchpointException.external("download of " + entry.name() + " from " + source + " does not match "
                        + "its published size and sha256 (got " + total + " bytes, sha256 " + actual + "; expected "
                        + entry.bytes() + " bytes, " + entry.sha256() + "); the file was discarded, try again", null);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Downloaded {} ({} bytes) to {}", entry.name(), total, target);
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
