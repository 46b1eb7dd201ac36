package io.touchpoint.text.keywords;

import static java.util.Objects.requireNonNull;

import io.touchpoint.text.tokens.Token;
import io.touchpoint.text.tokens.WordTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keywords and keyphrases of one text, or the distinctive terms of groups of texts.
 *
 * <p>Candidates are single content words and phrases of up to three content words between
 * stop words and punctuation (as RAKE does); PII placeholders such as {@code [CARD]} are skipped.
 * For one text, a candidate weighs (1 + log tf) times its idf in a corpus when
 * {@link DocumentFrequencies} are given, times a bonus of a half per extra word; phrases said only
 * once are dropped. For
 * groups, {@link #distinctive(Map, int)} uses class-based TF-IDF (c-TF-IDF, as BERTopic): each
 * group is one document, tf is normalized by the group's size and idf is log(1 + A / f(t)), with A
 * the average number of terms per group and f(t) the term's frequency over all groups, with the
 * same phrase bonus.
 */
public final class KeywordExtractor {

    private static final int MAX_PHRASE_WORDS = 3;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:CARD|SSN|PHONE|EMAIL|IBAN|ACCOUNT|DOB|ADDRESS|NAME)]");

    /** English function words plus the fillers of spoken and written customer service. */
    static final Set<String> STOP_WORDS = Set.copyOf(java.util.Arrays.asList(
            "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "aren't", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "can't",
            "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during",
            "each", "few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he",
            "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him", "himself", "his", "how", "how's",
            "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "let's",
            "me", "more", "most", "mustn't", "my", "myself", "no", "nor", "not", "of", "off", "on", "once", "only", "or",
            "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "same", "shan't", "she", "she'd",
            "she'll", "she's", "should", "shouldn't", "so", "some", "such", "than", "that", "that's", "the", "their",
            "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll", "they're",
            "they've", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "wasn't", "we",
            "we'd", "we'll", "we're", "we've", "were", "weren't", "what", "what's", "when", "when's", "where",
            "where's", "which", "while", "who", "who's", "whom", "why", "why's", "will", "with", "won't", "would",
            "wouldn't", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
            "also", "just", "like", "get", "got", "go", "going", "gonna", "know", "okay", "ok", "yes", "yeah", "yep",
            "no", "hi", "hello", "hey", "thanks", "thank", "please", "sure", "um", "uh", "oh", "well", "right", "really",
            "one", "two", "would", "could", "can", "may", "might", "must", "shall", "let", "see", "say", "said", "tell",
            "told", "want", "need", "make", "made", "take", "still", "even", "now", "today", "bye", "good", "great",
            "much", "many", "lot", "thing", "things", "way", "something", "anything", "everything", "nothing", "back",
            "us", "im", "ive", "dont", "cant", "didnt", "doesnt", "wont", "isnt", "thats", "whats", "theres", "ill",
            "moment", "minute", "sorry", "help", "happy", "glad", "anyway", "actually", "maybe", "already", "ever",
            "never", "since", "every", "another", "day", "time", "times", "call", "calling", "called"));

    private KeywordExtractor() {
    }

    /** The candidate terms of {@code text}, in order, repeated as often as they occur. */
    public static List<String> candidates(String text) {
        List<Token> tokens = WordTokenizer.tokenize(PLACEHOLDER.matcher(requireNonNull(text, "text is null")).replaceAll(" . "));
        List<String> candidates = new ArrayList<>();
        List<String> phrase = new ArrayList<>();
        for (Token token : tokens) {
            boolean content = (token.kind() == Token.Kind.WORD || token.kind() == Token.Kind.HASHTAG)
                    && token.normalized().length() > 2 && !STOP_WORDS.contains(token.normalized());
            if (content) {
                candidates.add(token.normalized());
                phrase.add(token.normalized());
            } else {
                addPhrases(phrase, candidates);
                phrase.clear();
            }
        }
        addPhrases(phrase, candidates);
        return candidates;
    }

    private static void addPhrases(List<String> words, List<String> candidates) {
        for (int length = 2; length <= MAX_PHRASE_WORDS; length++) {
            for (int i = 0; i + length <= words.size(); i++) {
                candidates.add(String.join(" ", words.subList(i, i + length)));
            }
        }
    }

    /**
     * The {@code limit} strongest keywords of {@code text}, strongest first; {@code corpus} may be
     * {@code null}. A phrase's words are not repeated as separate keywords when the phrase ranks higher.
     */
    public static List<Keyword> keywords(String text, DocumentFrequencies corpus, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String candidate : candidates(text)) {
            counts.merge(candidate, 1, Integer::sum);
        }
        List<Keyword> scored = new ArrayList<>(counts.size());
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            String term = entry.getKey();
            int count = entry.getValue();
            int words = term.split(" ").length;
            if (words > 1 && count < 2) {
                // A phrase said once is noise more often than news: its words still count on their own.
                continue;
            }
            double weight = (1 + Math.log(count)) * phraseBonus(words) * (corpus == null ? 1 : corpus.idf(term));
            scored.add(new Keyword(term, weight, count));
        }
        scored.sort(Comparator.comparingDouble(Keyword::weight).reversed().thenComparing(Keyword::term));
        List<Keyword> chosen = new ArrayList<>();
        for (Keyword keyword : scored) {
            if (chosen.size() >= limit) {
                break;
            }
            boolean covered = chosen.stream().anyMatch(better -> containsWords(better.term(), keyword.term()));
            if (!covered) {
                chosen.add(keyword);
            }
        }
        return chosen;
    }

    /** A phrase that recurs says more than its words do apart ("late fee" against "late" and "fee"). */
    private static double phraseBonus(int words) {
        return 1 + 0.5 * (words - 1);
    }

    private static boolean containsWords(String phrase, String term) {
        return (" " + phrase + " ").contains(" " + term + " ");
    }

    /**
     * The {@code limit} most distinctive terms of every group (c-TF-IDF), strongest first. Groups
     * might be the interactions of one contact reason, one agent or one week.
     */
    public static Map<String, List<Keyword>> distinctive(Map<String, List<String>> textsByGroup, int limit) {
        requireNonNull(textsByGroup, "textsByGroup is null");
        Map<String, Map<String, Integer>> countsByGroup = new LinkedHashMap<>();
        Map<String, Long> totalCounts = new HashMap<>();
        long allTerms = 0;
        for (Map.Entry<String, List<String>> group : textsByGroup.entrySet()) {
            Map<String, Integer> counts = new HashMap<>();
            for (String text : group.getValue()) {
                for (String candidate : candidates(text)) {
                    counts.merge(candidate, 1, Integer::sum);
                }
            }
            countsByGroup.put(group.getKey(), counts);
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                totalCounts.merge(count.getKey(), (long) count.getValue(), Long::sum);
                allTerms += count.getValue();
            }
        }
        double averageTermsPerGroup = countsByGroup.isEmpty() ? 0 : (double) allTerms / countsByGroup.size();
        Map<String, List<Keyword>> result = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Integer>> group : countsByGroup.entrySet()) {
            long groupTerms = group.getValue().values().stream().mapToLong(Integer::longValue).sum();
            List<Keyword> keywords = new ArrayList<>();
            for (Map.Entry<String, Integer> entry : group.getValue().entrySet()) {
                if (entry.getValue() < 2) {
                    continue;
                }
                double tf = (double) entry.getValue() / groupTerms;
                double idf = Math.log(1 + averageTermsPerGroup / totalCounts.get(entry.getKey()));
                keywords.add(new Keyword(entry.getKey(), tf * idf * phraseBonus(entry.getKey().split(" ").length),
                        entry.getValue()));
            }
            keywords.sort(Comparator.comparingDouble(Keyword::weight).reversed().thenComparing(Keyword::term));
            result.put(group.getKey(), List.copyOf(keywords.subList(0, Math.min(limit, keywords.size()))));
        }
        return result;
    }
}
