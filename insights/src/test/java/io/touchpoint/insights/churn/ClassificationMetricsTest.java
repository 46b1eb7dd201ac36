package io.touchpoint.insights.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    @Test
    void aucCountsTiesAsHalf() {
        // Pairs (positive, negative): (0.8 > 0.1) 1, (0.8 > 0.4) 1, (0.4 = 0.4) 0.5, (0.4 > 0.1) 1 -> 3.5 / 4.
        double auc = ClassificationMetrics.auc(new double[] {0.1, 0.4, 0.4, 0.8}, new int[] {0, 0, 1, 1});
        assertThat(auc).isEqualTo(0.875);
    }

    @Test
    void averagePrecisionIsTheMeanPrecisionAtEachChurner() {
        // Ranking: 0.9 (1), 0.8 (0), 0.7 (1), 0.1 (0): precision 1/1 at the first churner, 2/3 at the second.
        double ap = ClassificationMetrics.averagePrecision(new double[] {0.9, 0.8, 0.7, 0.1}, new int[] {1, 0, 1, 0});
        assertThat(ap).isCloseTo((1 + 2.0 / 3) / 2, within(1e-12));
    }

    @Test
    void plattCalibrationRecoversAKnownSigmoid() {
        java.util.Random random = new java.util.Random(7);
        int n = 20_000;
        double[] margins = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            margins[i] = random.nextGaussian() * 2;
            labels[i] = random.nextDouble() < PlattCalibration.sigmoid(0.5 * margins[i] - 1) ? 1 : 0;
        }
        PlattCalibration fitted = PlattCalibration.fit(margins, labels);
        assertThat(fitted.slope()).isCloseTo(0.5, within(0.05));
        assertThat(fitted.intercept()).isCloseTo(-1, within(0.08));
    }

    @Test
    void stratifiedSplitKeepsTheChurnRateOnBothSides() {
        int[] labels = new int[1000];
        for (int i = 0; i < 200; i++) {
            labels[i * 5] = 1;
        }
        StratifiedSplit split = StratifiedSplit.of(labels, 0.2, 1);
        assertThat(split.heldOut()).hasSize(200);
        assertThat(java.util.Arrays.stream(split.heldOut()).map(i -> labels[i]).sum()).isEqualTo(40);
        assertThat(java.util.stream.IntStream.concat(java.util.Arrays.stream(split.kept()), java.util.Arrays.stream(split.heldOut())).distinct().count())
                .isEqualTo(1000);
    }
}
