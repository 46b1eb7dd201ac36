package io.touchpoint.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.touchpoint.text.embedding.EmbeddingModel;
import io.touchpoint.text.embedding.SentenceEncoder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The shared data sets beside the repository (system property {@code touchpoint.shared}, else
 * {@code ../shared}), and a cache of their embeddings under {@code target/} so that test classes of
 * one build do not embed the same ten thousand texts twice. Nothing is ever copied into the repository.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The file under the shared folder, or the test is skipped with a message naming what is missing. */
    public static Path require(String relative) {
        return io.touchpoint.core.testing.SharedData.require(relative);
    }

    /** The embeddings of {@code texts}, read from {@code target/embedding-cache} when an earlier test computed them. */
    public static float[][] embeddings(EmbeddingModel model, List<String> texts) {
        Path cache = Path.of("target", "embedding-cache", model.wireName() + "-" + digest(texts) + ".bin");
        try {
            if (Files.isRegularFile(cache)) {
                return read(cache, texts.size(), model.dimensions());
            }
            float[][] vectors = SentenceEncoder.shared(model).embed(texts);
            Files.createDirectories(cache.getParent());
            Path partial = cache.resolveSibling(cache.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                for (float[] vector : vectors) {
                    for (float value : vector) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(partial, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return vectors;
        } catch (IOException e) {
            throw new IllegalStateException("embedding cache " + cache + " failed: " + e.getMessage(), e);
        }
    }

    private static float[][] read(Path cache, int rows, int dimensions) throws IOException {
        float[][] vectors = new float[rows][dimensions];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
            for (float[] vector : vectors) {
                for (int d = 0; d < dimensions; d++) {
                    vector[d] = in.readFloat();
                }
            }
        }
        return vectors;
    }

    private static String digest(List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
