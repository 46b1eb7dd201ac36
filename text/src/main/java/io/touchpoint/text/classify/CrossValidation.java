package io.touchpoint.text.classify;

import static java.util.Objects.requireNonNull;

import io.touchpoint.text.embedding.SentenceEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Stratified k-fold cross-validation of a {@link TextClassifier}: each label's examples are dealt
 * round-robin (after a seeded shuffle) into k folds; every fold is predicted by a model trained on
 * the others, and the report covers all examples once.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** Cross-validates, embedding the texts once for all folds. */
    public static ClassificationReport run(List<String> texts, List<String> labels, ClassifierOptions options, int folds,
            long seed) {
        float[][] embeddings = options.embeddingModel()
                .map(model -> SentenceEncoder.shared(model).embed(texts))
                .orElse(null);
        return run(texts, embeddings, labels, options, folds, seed);
    }

    /** Cross-validates with embeddings computed beforehand ({@code null} when the options use none). */
    public static ClassificationReport run(List<String> texts, float[][] embeddings, List<String> labels,
            ClassifierOptions options, int folds, long seed) {
        requireNonNull(texts, "texts is null");
        requireNonNull(labels, "labels is null");
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, got " + folds);
        }
        if (texts.size() != labels.size()) {
            throw new IllegalArgumentException(texts.size() + " texts but " + labels.size() + " labels");
        }
        int[] fold = assignFolds(labels, folds, seed);
        String[] predicted = new String[texts.size()];
        for (int k = 0; k < folds; k++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                (fold[i] == k ? test : train).add(i);
            }
            TextClassifier model = TextClassifier.train(select(texts, train), select(embeddings, train),
                    select(labels, train), options);
            List<Prediction> predictions = model.predict(select(texts, test), select(embeddings, test));
            for (int j = 0; j < test.size(); j++) {
                predicted[test.get(j)] = predictions.get(j).label();
            }
        }
        return ClassificationReport.of(labels, List.of(predicted));
    }

    /** The fold of every example: stratified by label, seeded. */
    public static int[] assignFolds(List<String> labels, int folds, long seed) {
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), label -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[labels.size()];
        int next = 0;
        for (List<Integer> members : byLabel.values()) {
            Collections.shuffle(members, random);
            for (int index : members) {
                fold[index] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }

    static <T> List<T> select(List<T> values, List<Integer> indices) {
        List<T> selected = new ArrayList<>(indices.size());
        for (int index : indices) {
            selected.add(values.get(index));
        }
        return selected;
    }

    static float[][] select(float[][] values, List<Integer> indices) {
        if (values == null) {
            return null;
        }
        float[][] selected = new float[indices.size()][];
        for (int j = 0; j < indices.size(); j++) {
            selected[j] = values[indices.get(j)];
        }
        return selected;
    }
}
