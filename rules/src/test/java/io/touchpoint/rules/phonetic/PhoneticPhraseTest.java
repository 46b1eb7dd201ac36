package io.touchpoint.rules.phonetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneticPhraseTest {

    private static final PronunciationDictionary WORDS = TestPronunciations.small();

    private static List<PhoneticMatch> find(String phrase, String text) throws Exception {
        return PhoneticPhrase.compile(phrase, WORDS, PhoneticPhrase.DEFAULT_TOLERANCE).findIn(SpokenWords.of(text, WORDS));
    }

    @Test
    void debtIsHeardInDeathAndSaysSo() throws Exception {
        assertThat(find("(I'm|I am) in debt", "yes I'm in death up to my neck")).singleElement().satisfies(match -> {
            assertThat(match.heard()).isEqualTo("I'm in death");
            assertThat(match.expected()).isEqualTo("i'm in debt");
            assertThat(match.note()).isEqualTo("heard 'I'm in death' for 'i'm in debt'");
            assertThat(match.similarity()).isBetween(0.5, 0.99);
            assertThat(match.cost()).isEqualTo(Phones.CLOSE);
        });
        assertThat(find("debt", "the death of my lawyer")).singleElement()
                .satisfies(match -> assertThat(match.heard()).isEqualTo("death"));
    }

    @Test
    void theWordsAsWrittenMatchExactlyWithFullScore() throws Exception {
        assertThat(find("(I'm|I am) in debt", "well I am in debt")).singleElement().satisfies(match -> {
            assertThat(match.exact()).isTrue();
            assertThat(match.similarity()).isEqualTo(1.0);
            assertThat(match.charStart()).isEqualTo(5);
            assertThat(match.charEnd()).isEqualTo(17);
        });
    }

    @Test
    void shortWordsAreStrict() throws Exception {
        // D/B is no close pair: one whole edit is over the 0.6 allowed for three phones.
        assertThat(find("debt", "i will bet")).isEmpty();
        assertThat(find("debt", "debts")).isEmpty();
    }

    @Test
    void lawyerIsNotLoyalNorInsideEmployer() throws Exception {
        assertThat(find("lawyer", "i am loyal")).isEmpty();
        assertThat(find("talk to my lawyer", "i will talk to my employer")).isEmpty();
        assertThat(find("lawyer", "i will talk to my employer")).isEmpty();
        assertThat(find("lawyer", "my lawyer")).singleElement().satisfies(match -> assertThat(match.exact()).isTrue());
    }

    @Test
    void longWordsSurviveBeingCutInTwo() throws Exception {
        // "bankrupt see": one extra phone (T) against 9 phones, across a word boundary.
        assertThat(find("bankruptcy", "we filed for bankrupt see")).singleElement().satisfies(match -> {
            assertThat(match.heard()).isEqualTo("bankrupt see");
            assertThat(match.exact()).isFalse();
        });
    }

    @Test
    void aShortInnerWordMayBeLostButNotAnEdgeWord() throws Exception {
        assertThat(find("talk to my lawyer", "i will talk to lawyer")).singleElement()
                .satisfies(match -> assertThat(match.heard()).isEqualTo("talk to lawyer"));
        // "in" anchors "in debt": "debt" alone is not "in debt".
        assertThat(find("in debt", "the debt")).isEmpty();
        // One lost word at most.
        assertThat(find("talk to my lawyer", "i will talk lawyer")).isEmpty();
    }

    @Test
    void wordsTheDictionaryLacksMatchOnlyAsWritten() throws Exception {
        assertThat(find("telcomax", "i have telcomax")).singleElement().satisfies(match -> assertThat(match.exact()).isTrue());
        assertThat(find("telcomax", "i have telcomix")).isEmpty();
        assertThat(find("debt", "my [CARD] debt")).singleElement().satisfies(match -> assertThat(match.heard()).isEqualTo("debt"));
    }

    @Test
    void wildcardsAreRefusedWithAHint() {
        assertThatThrownBy(() -> PhoneticPhrase.compile("bankrupt*", WORDS, 0.2))
                .hasMessageContaining("use phrases: for wildcards");
        assertThatThrownBy(() -> PhoneticPhrase.compile("(debt", WORDS, 0.2)).hasMessageContaining("never closed");
        assertThatThrownBy(() -> PhoneticPhrase.compile("debt", WORDS, 0.9)).hasMessageContaining("tolerance");
    }
}
