package io.touchpoint.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(EditDistance.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.levenshtein("", "abc")).isEqualTo(3);
        assertThat(EditDistance.levenshtein("same", "same")).isZero();
    }

    @Test
    void countsWholeWordsOverLists() {
        assertThat(EditDistance.levenshtein(List.of("i", "am", "in", "debt"), List.of("i", "am", "in", "death", "now")))
                .isEqualTo(2);
        assertThat(EditDistance.levenshtein(List.of(), List.of("a", "b"))).isEqualTo(2);
    }

    @Test
    void closestIsTheNearestWithinTheLimit() {
        List<String> keys = List.of("channel", "started_at", "customer");
        assertThat(EditDistance.closest("chanel", keys, 2)).hasValue("channel");
        assertThat(EditDistance.closest("duration", keys, 2)).isEmpty();
    }
}
