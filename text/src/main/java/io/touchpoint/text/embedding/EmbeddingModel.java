package io.touchpoint.text.embedding;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sentence-embedding models Touchpoint runs in-process. Each is a quantized ONNX export that
 * a langchain4j jar on Maven Central carries as a classpath resource, with its tokenizer.
 *
 * <p>MiniLM is the default for throughput (about twice as fast); bge-small is a little more
 * accurate on fine-grained intents.
 */
public enum EmbeddingModel {

    /** sentence-transformers/all-MiniLM-L6-v2, int8, 384 dimensions, mean pooling, trained on 256 tokens. */
    MINILM("minilm", "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", Pooling.MEAN, 384, 256),

    /** BAAI/bge-small-en-v1.5, int8, 384 dimensions, CLS pooling, 512 tokens. */
    BGE_SMALL("bge-small", "/bge-small-en-v1.5-q.onnx", "/bge-small-en-v1.5-q-tokenizer.json", Pooling.CLS, 384, 512);

    /** How token vectors become one sentence vector. */
    public enum Pooling { MEAN, CLS }

    private final String wireName;
    private final String modelResource;
    private final String tokenizerResource;
    private final Pooling pooling;
    private final int dimensions;
    private final int maxTokens;

    EmbeddingModel(String wireName, String modelResource, String tokenizerResource, Pooling pooling, int dimensions,
            int maxTokens) {
        this.wireName = wireName;
        this.modelResource = modelResource;
        this.tokenizerResource = tokenizerResource;
        this.pooling = pooling;
        this.dimensions = dimensions;
        this.maxTokens = maxTokens;
    }

    public String wireName() {
        return wireName;
    }

    String modelResource() {
        return modelResource;
    }

    String tokenizerResource() {
        return tokenizerResource;
    }

    public Pooling pooling() {
        return pooling;
    }

    public int dimensions() {
        return dimensions;
    }

    /** Tokens per window, [CLS] and [SEP] included; longer texts are embedded window by window and averaged. */
    public int maxTokens() {
        return maxTokens;
    }

    /**
     * Parses a wire name such as {@code minilm}.
     *
     * @throws IllegalArgumentException naming the known models
     */
    public static EmbeddingModel parse(String value) {
        if (value != null) {
            String normalized = value.trim().toLowerCase(Locale.ROOT);
            for (EmbeddingModel model : values()) {
                if (model.wireName.equals(normalized) || model.name().equalsIgnoreCase(normalized)) {
                    return model;
                }
            }
        }
        throw new IllegalArgumentException("unknown embedding model '" + value + "' (expected one of "
                + Arrays.stream(values()).map(EmbeddingModel::wireName).collect(Collectors.joining(", ")) + ")");
    }
}
