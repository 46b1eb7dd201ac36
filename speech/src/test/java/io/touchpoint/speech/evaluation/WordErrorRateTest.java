package io.touchpoint.speech.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordErrorRateTest {

    @Test
    void countsSubstitutionsDeletionsAndInsertions() {
        assertThat(WordErrorRate.count("the cat sat on the mat", "the cat sat on the mat").errors()).isZero();
        assertThat(WordErrorRate.count("the cat sat on the mat", "the bat sat on mat").errors()).isEqualTo(2);
        assertThat(WordErrorRate.count("the cat sat", "the cat sat down here").errors()).isEqualTo(2);
        assertThat(WordErrorRate.count("a b c d", "").rate()).isEqualTo(1.0);
    }

    @Test
    void ignoresCaseAndPunctuationAndReadsTitlesAsSpoken() {
        assertThat(WordErrorRate.count("Mr. Dashwood's house, at last!", "mister dashwood's house at last").errors()).isZero();
    }
}
