package io.touchpoint.insights.churn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How well probabilities rank and how honest they are: ROC AUC, PR-AUC (average precision),
 * Brier score and a reliability table. Computed here rather than pulled from a library because
 * each is a few lines and the definitions matter (ties, interpolation).
 */
public record ClassificationMetrics(int rows, int positives, double auc, double averagePrecision, double brier,
        List<ReliabilityBin> reliability) {

    /** One bin of the reliability table: mean predicted probability against the observed churn rate. */
    public record ReliabilityBin(int bin, int rows, double meanPredicted, double observedRate) {
    }

    public ClassificationMetrics {
        reliability = List.copyOf(reliability);
    }

    public static ClassificationMetrics of(double[] probabilities, int[] labels) {
        if (probabilities.length != labels.length) {
            throw new IllegalArgumentException(probabilities.length + " probabilities for " + labels.length + " labels");
        }
        int positives = Arrays.stream(labels).sum();
        double brier = 0;
        for (int i = 0; i < labels.length; i++) {
            brier += (probabilities[i] - labels[i]) * (probabilities[i] - labels[i]);
        }
        brier = labels.length == 0 ? Double.NaN : brier / labels.length;
        return new ClassificationMetrics(labels.length, positives, auc(probabilities, labels),
                averagePrecision(probabilities, labels), brier, reliability(probabilities, labels, 10));
    }

    /**
     * ROC AUC by the rank formula (Mann-Whitney U): the chance that a random churner scores
     * above a random non-churner, ties counting half (mid-ranks).
     */
    public static double auc(double[] scores, int[] labels) {
        int n = scores.length;
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> scores[i])).toArray(Integer[]::new);
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = midRank;
            }
            i = j + 1;
        }
        long positives = 0;
        double positiveRankSum = 0;
        for (int k = 0; k < n; k++) {
            if (labels[k] == 1) {
                positives++;
                positiveRankSum += ranks[k];
            }
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * Average precision: the mean of the precision at each churner's position in the ranking,
     * which is the step-wise area under the precision-recall curve (no interpolation). Tied
     * scores are taken as one block so that the order of ties does not change the result.
     */
    public static double averagePrecision(double[] scores, int[] labels) {
        int n = scores.length;
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> -scores[i])).toArray(Integer[]::new);
        int positives = Arrays.stream(labels).sum();
        if (positives == 0) {
            return Double.NaN;
        }
        double sum = 0;
        int truePositives = 0;
        int seen = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            int blockPositives = 0;
            while (j < n && scores[order[j]] == scores[order[i]]) {
                blockPositives += labels[order[j]];
                j++;
            }
            seen += j - i;
            truePositives += blockPositives;
            sum += blockPositives * ((double) truePositives / seen);
            i = j;
        }
        return sum / positives;
    }

    /** Rows sorted by probability and cut into equal-sized bins (deciles for 10). */
    public static List<ReliabilityBin> reliability(double[] probabilities, int[] labels, int bins) {
        int n = probabilities.length;
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> probabilities[i])).toArray(Integer[]::new);
        List<ReliabilityBin> table = new ArrayList<>();
        for (int bin = 0; bin < bins; bin++) {
            int from = (int) ((long) n * bin / bins);
            int to = (int) ((long) n * (bin + 1) / bins);
            if (to <= from) {
                continue;
            }
            double predicted = 0;
            double observed = 0;
            for (int k = from; k < to; k++) {
                predicted += probabilities[order[k]];
                observed += labels[order[k]];
            }
            table.add(new ReliabilityBin(bin + 1, to - from, predicted / (to - from), observed / (to - from)));
        }
        return table;
    }
}
