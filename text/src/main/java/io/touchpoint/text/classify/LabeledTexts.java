package io.touchpoint.text.classify;

import static java.util.Objects.requireNonNull;

import io.touchpoint.text.csv.CsvTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Texts with their labels, in step: {@code labels.get(i)} is the label of {@code texts.get(i)}.
 */
public record LabeledTexts(List<String> texts, List<String> labels) {

    /** Two disjoint parts of a data set. */
    public record Split(LabeledTexts train, LabeledTexts test) { }

    public LabeledTexts {
        texts = List.copyOf(requireNonNull(texts, "texts is null"));
        labels = List.copyOf(requireNonNull(labels, "labels is null"));
        if (texts.size() != labels.size()) {
            throw new IllegalArgumentException(texts.size() + " texts but " + labels.size() + " labels");
        }
    }

    /** The rows of a CSV with a non-blank label; rows whose label is blank are skipped. */
    public static LabeledTexts fromCsv(CsvTable table, String textColumn, String labelColumn) {
        List<String> texts = table.values(textColumn);
        List<String> labels = table.values(labelColumn);
        List<String> keptTexts = new ArrayList<>();
        List<String> keptLabels = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String label = labels.get(i).trim();
            if (!label.isEmpty()) {
                keptTexts.add(texts.get(i));
                keptLabels.add(label);
            }
        }
        return new LabeledTexts(keptTexts, keptLabels);
    }

    public int size() {
        return texts.size();
    }

    /** Only the first occurrence of each text, so that a split cannot put the same text on both sides. */
    public LabeledTexts withoutDuplicateTexts() {
        Set<String> seen = new HashSet<>();
        List<String> keptTexts = new ArrayList<>();
        List<String> keptLabels = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (seen.add(texts.get(i))) {
                keptTexts.add(texts.get(i));
                keptLabels.add(labels.get(i));
            }
        }
        return new LabeledTexts(keptTexts, keptLabels);
    }

    /**
     * A seeded split that keeps each label's share: of every label's examples (shuffled with
     * {@code seed}), the first {@code testFraction} go to the test part. The same data and seed always
     * give the same split.
     */
    public Split stratifiedSplit(double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
        }
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), label -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> members : byLabel.values()) {
            Collections.shuffle(members, random);
            int testCount = (int) Math.round(members.size() * testFraction);
            test.addAll(members.subList(0, testCount));
            train.addAll(members.subList(testCount, members.size()));
        }
        Collections.sort(train);
        Collections.sort(test);
        return new Split(subset(train), subset(test));
    }

    /** The examples at {@code indices}, in that order. */
    public LabeledTexts subset(List<Integer> indices) {
        return new LabeledTexts(CrossValidation.select(texts, indices), CrossValidation.select(labels, indices));
    }
}
