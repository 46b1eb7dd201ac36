package io.touchpoint.text.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.text.Conversations;
import io.touchpoint.text.TextFindings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    @Test
    void candidatesAreContentWordsAndPhrasesWithoutStopWordsOrPlaceholders() {
        assertThat(KeywordExtractor.candidates("I was charged a late fee on my [CARD] card"))
                .containsExactly("charged", "late", "fee", "late fee", "card");
    }

    @Test
    void repeatedPhrasesOutrankTheirWords() {
        List<Keyword> keywords = KeywordExtractor.keywords("The late fee is wrong. Remove the late fee. "
                + "Why a late fee when I paid on time?", null, 3);

        assertThat(keywords.get(0).term()).isEqualTo("late fee");
        assertThat(keywords.get(0).count()).isEqualTo(3);
        assertThat(keywords).extracting(Keyword::term).doesNotContain("late", "fee");
    }

    @Test
    void corpusFrequenciesMakeCommonTermsWeighLess() {
        DocumentFrequencies corpus = DocumentFrequencies.fit(List.of("my bill is high", "question about my bill",
                "bill payment", "the router keeps rebooting"));
        List<Keyword> keywords = KeywordExtractor.keywords("bill. router.", corpus, 2);
        assertThat(keywords).extracting(Keyword::term).containsExactly("router", "bill");
    }

    @Test
    void distinctiveTermsSeparateGroups() {
        Map<String, List<Keyword>> distinctive = KeywordExtractor.distinctive(Map.of(
                "billing", List.of("late fee on my bill", "why is there a late fee", "the bill has a late fee"),
                "internet", List.of("the router keeps dropping", "router lights blinking", "slow internet and router")),
                2);

        assertThat(distinctive.get("billing")).extracting(Keyword::term).contains("late fee");
        assertThat(distinctive.get("internet")).extracting(Keyword::term).first().isEqualTo("router");
    }

    @Test
    void analyzerEmitsKeywordFindingsWithWeights() {
        AnalyzedInteraction result = new KeywordAnalyzer(5, null).analyze(AnalyzedInteraction.of(Conversations.call(
                "customer: my router keeps rebooting, the router is new",
                "agent: let me check the router firmware")));

        List<Finding> keywords = result.findingsOfType(TextFindings.KEYWORD);
        assertThat(keywords).isNotEmpty();
        assertThat(keywords.get(0).name()).isEqualTo("router");
        assertThat(keywords.get(0).score()).isPositive();
        assertThat(keywords.get(0).evidence().get(0).turnIndex()).isEqualTo(0);
    }
}
