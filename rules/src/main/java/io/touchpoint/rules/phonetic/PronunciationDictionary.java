package io.touchpoint.rules.phonetic;

import java.util.List;

/**
 * How words are pronounced: each word's pronunciations as ARPAbet phones without stress marks
 * ({@code debt} is {@code [D, EH, T]}). The seam between phonetic rule matching and where the
 * pronunciations come from; {@link CmuPronunciationDictionary} reads the CMU dictionary that ships
 * with the PocketSphinx model.
 *
 * <pre>{@code
 * PronunciationDictionary cmu = CmuPronunciationDictionary.load(Path.of("cmudict-en-us.dict"));
 * cmu.pronunciations("lawyer");   // [[L, AO, Y, ER], [L, OY, ER]]
 * }</pre>
 */
public interface PronunciationDictionary {

    /**
     * The pronunciations of {@code word} (any case), most common first; empty when the word is
     * not in the dictionary.
     */
    List<List<String>> pronunciations(String word);

    /** Where the pronunciations come from, for messages. */
    String describe();
}
