package io.touchpoint.text.keywords;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * In how many documents of a corpus each candidate term occurs: what makes a keyword distinctive
 * rather than merely frequent ("bill" is in every billing call; "late fee" is the news).
 */
public record DocumentFrequencies(long documents, Map<String, Integer> frequencies) {

    public DocumentFrequencies {
        if (documents < 0) {
            throw new IllegalArgumentException("documents is negative: " + documents);
        }
        frequencies = Map.copyOf(requireNonNull(frequencies, "frequencies is null"));
    }

    /** Counts the candidate terms of every document. */
    public static DocumentFrequencies fit(List<String> documents) {
        requireNonNull(documents, "documents is null");
        Map<String, Integer> frequencies = new HashMap<>();
        for (String document : documents) {
            for (String term : new HashSet<>(KeywordExtractor.candidates(document))) {
                frequencies.merge(term, 1, Integer::sum);
            }
        }
        return new DocumentFrequencies(documents.size(), frequencies);
    }

    /** Smoothed inverse document frequency: log((1 + N) / (1 + df)) + 1. */
    public double idf(String term) {
        return Math.log((1.0 + documents) / (1.0 + frequencies.getOrDefault(term, 0))) + 1.0;
    }
}
