package io.touchpoint.rules.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * all-MiniLM-L6-v2 (quantized) run in-process through ONNX Runtime; the model ships inside its
 * Maven artifact, so nothing is downloaded. 384 dimensions, a few hundred sentences a second on
 * two cores. Loading takes a second or two and some hundred MB, hence one shared instance that
 * is created only when a rule set actually uses semantic matching.
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {

    private static final Logger LOG = LoggerFactory.getLogger(MiniLmSentenceEmbedder.class);

    private static volatile MiniLmSentenceEmbedder shared;

    private final EmbeddingModel model;

    private MiniLmSentenceEmbedder() {
        long started = System.nanoTime();
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        LOG.info("loaded sentence embedding model all-MiniLM-L6-v2-q in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** The process-wide instance, loaded on first use. */
    public static MiniLmSentenceEmbedder shared() {
        MiniLmSentenceEmbedder instance = shared;
        if (instance == null) {
            synchronized (MiniLmSentenceEmbedder.class) {
                instance = shared;
                if (instance == null) {
                    instance = new MiniLmSentenceEmbedder();
                    shared = instance;
                }
            }
        }
        return instance;
    }

    @Override
    public String name() {
        return "all-MiniLM-L6-v2-q";
    }

    @Override
    public float[] embed(String sentence) {
        return model.embed(sentence).content().vector();
    }
}
