package io.touchpoint.rules.semantic;

/**
 * Turns a sentence into a vector whose cosine similarity to another sentence's vector says how
 * close their meanings are. Implementations must be thread-safe.
 *
 * <pre>{@code
 * SentenceEmbedder embedder = MiniLmSentenceEmbedder.shared();
 * double similarity = SentenceEmbedder.cosine(embedder.embed("I want to leave"), embedder.embed("I'm switching providers"));
 * }</pre>
 */
public interface SentenceEmbedder {

    /** A short name of the model, for logs and reports. */
    String name();

    /** The sentence's vector; any length, the same for every call. */
    float[] embed(String sentence);

    /** Cosine similarity of two vectors of equal length, 0 when either is all zeros. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        if (normA == 0 || normB == 0) {
            return 0;
        }
        return dot / Math.sqrt(normA * normB);
    }
}
