package io.touchpoint.text.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    @Test
    void computesAccuracyMacroF1AndConfusions() {
        List<String> truth = List.of("a", "a", "a", "a", "b", "b", "c", "c");
        List<String> predicted = List.of("a", "a", "a", "b", "b", "b", "a", "c");

        ClassificationReport report = ClassificationReport.of(truth, predicted);

        assertThat(report.accuracy()).isEqualTo(6.0 / 8);
        // a: p 3/4 r 3/4 f1 .75; b: p 2/3 r 1 f1 .8; c: p 1 r .5 f1 .6667
        assertThat(report.macroF1()).isCloseTo((0.75 + 0.8 + 2.0 / 3) / 3, within(1e-9));
        assertThat(report.topConfusions(5)).containsExactly(
                new ClassificationReport.Confusion("a", "b", 1), new ClassificationReport.Confusion("c", "a", 1));
        assertThat(report.summary(3)).contains("accuracy  0.7500").contains("a -> b: 1");
    }

    @Test
    void labelsOnlyPredictedDoNotCountTowardsMacroF1() {
        ClassificationReport report = ClassificationReport.of(List.of("a", "a"), List.of("a", "z"));
        assertThat(report.labelScores()).extracting(ClassificationReport.LabelScore::label).containsExactly("a");
        assertThat(report.macroF1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));
    }
}
