package io.touchpoint.text.classify;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TF-IDF over word n-grams with a vocabulary learned from training texts: sublinear term frequency
 * (1 + log tf), smoothed idf (log((1 + n) / (1 + df)) + 1, as scikit-learn) and unit length.
 * Immutable once fitted.
 */
public final class TfIdfVectorizer {

    private final int maxNgram;
    private final int maxCharNgram;
    private final List<String> terms;
    private final float[] idf;
    private final Map<String, Integer> index;

    /**
     * @param maxCharNgram longest character n-gram (from {@value TermExtractor#MIN_CHAR_NGRAM}); 0 for none
     */
    public TfIdfVectorizer(int maxNgram, int maxCharNgram, List<String> terms, float[] idf) {
        if (maxNgram < 1) {
            throw new IllegalArgumentException("maxNgram must be at least 1, got " + maxNgram);
        }
        if (maxCharNgram != 0 && (maxCharNgram < TermExtractor.MIN_CHAR_NGRAM || maxCharNgram > 6)) {
            throw new IllegalArgumentException("maxCharNgram must be 0 or between " + TermExtractor.MIN_CHAR_NGRAM
                    + " and 6, got " + maxCharNgram);
        }
        this.maxNgram = maxNgram;
        this.maxCharNgram = maxCharNgram;
        this.terms = List.copyOf(requireNonNull(terms, "terms is null"));
        this.idf = requireNonNull(idf, "idf is null").clone();
        if (idf.length != terms.size()) {
            throw new IllegalArgumentException(terms.size() + " terms but " + idf.length + " idf values");
        }
        this.index = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < this.terms.size(); i++) {
            if (index.put(this.terms.get(i), i) != null) {
                throw new IllegalArgumentException("term '" + this.terms.get(i) + "' appears twice in the vocabulary");
            }
        }
    }

    /** Learns the vocabulary: every n-gram found in at least {@code minDocumentFrequency} texts. */
    public static TfIdfVectorizer fit(List<String> texts, int maxNgram, int maxCharNgram, int minDocumentFrequency) {
        requireNonNull(texts, "texts is null");
        if (minDocumentFrequency < 1) {
            throw new IllegalArgumentException("minDocumentFrequency must be at least 1, got " + minDocumentFrequency);
        }
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            for (String gram : new HashSet<>(TermExtractor.features(text, maxNgram, maxCharNgram))) {
                documentFrequency.merge(gram, 1, Integer::sum);
            }
        }
        // Sorted so that the same texts always give the same feature order (and the same model file).
        TreeMap<String, Integer> kept = new TreeMap<>();
        documentFrequency.forEach((gram, frequency) -> {
            if (frequency >= minDocumentFrequency) {
                kept.put(gram, frequency);
            }
        });
        float[] idf = new float[kept.size()];
        int i = 0;
        for (int frequency : kept.values()) {
            idf[i++] = (float) (Math.log((1.0 + texts.size()) / (1.0 + frequency)) + 1.0);
        }
        return new TfIdfVectorizer(maxNgram, maxCharNgram, List.copyOf(kept.keySet()), idf);
    }

    public int maxNgram() {
        return maxNgram;
    }

    public int maxCharNgram() {
        return maxCharNgram;
    }

    public int size() {
        return terms.size();
    }

    public List<String> terms() {
        return terms;
    }

    public float idf(int termIndex) {
        return idf[termIndex];
    }

    /** The unit-length TF-IDF vector of {@code text}; n-grams outside the vocabulary are ignored. */
    public SparseVector transform(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String gram : TermExtractor.features(text, maxNgram, maxCharNgram)) {
            Integer termIndex = index.get(gram);
            if (termIndex != null) {
                counts.merge(termIndex, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return SparseVector.EMPTY;
        }
        int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(indices);
        float[] values = new float[indices.length];
        double squares = 0;
        for (int i = 0; i < indices.length; i++) {
            double weight = (1.0 + Math.log(counts.get(indices[i]))) * idf[indices[i]];
            values[i] = (float) weight;
            squares += weight * weight;
        }
        float norm = (float) Math.sqrt(squares);
        for (int i = 0; i < values.length; i++) {
            values[i] /= norm;
        }
        return new SparseVector(indices, values);
    }
}
