package io.touchpoint.text.classify;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How well predictions match the truth: accuracy, macro-averaged F1, per-label precision, recall
 * and F1, and the most frequent confusions.
 *
 * @param labels every label seen in the truth or the predictions, sorted
 * @param confusion counts, {@code confusion[truth][predicted]}, indexed like {@code labels}
 */
public record ClassificationReport(List<String> labels, long[][] confusion) {

    /** One label's figures. */
    public record LabelScore(String label, double precision, double recall, double f1, long support) { }

    /** A frequent mistake: {@code count} texts of {@code truth} predicted as {@code predicted}. */
    public record Confusion(String truth, String predicted, long count) { }

    public ClassificationReport {
        labels = List.copyOf(requireNonNull(labels, "labels is null"));
        requireNonNull(confusion, "confusion is null");
        if (confusion.length != labels.size()) {
            throw new IllegalArgumentException("confusion has " + confusion.length + " rows for " + labels.size() + " labels");
        }
    }

    public static ClassificationReport of(List<String> truth, List<String> predicted) {
        requireNonNull(truth, "truth is null");
        requireNonNull(predicted, "predicted is null");
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException(truth.size() + " true labels but " + predicted.size() + " predictions");
        }
        TreeSet<String> all = new TreeSet<>(truth);
        all.addAll(predicted);
        List<String> labels = List.copyOf(all);
        Map<String, Integer> index = new TreeMap<>();
        for (String label : labels) {
            index.put(label, index.size());
        }
        long[][] confusion = new long[labels.size()][labels.size()];
        for (int i = 0; i < truth.size(); i++) {
            confusion[index.get(truth.get(i))][index.get(predicted.get(i))]++;
        }
        return new ClassificationReport(labels, confusion);
    }

    public long total() {
        long total = 0;
        for (long[] row : confusion) {
            for (long count : row) {
                total += count;
            }
        }
        return total;
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < labels.size(); i++) {
            correct += confusion[i][i];
        }
        long total = total();
        return total == 0 ? 0 : (double) correct / total;
    }

    /** Per-label figures for every label that occurs in the truth. */
    public List<LabelScore> labelScores() {
        List<LabelScore> scores = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long support = 0;
            long predicted = 0;
            for (int j = 0; j < labels.size(); j++) {
                support += confusion[i][j];
                predicted += confusion[j][i];
            }
            if (support == 0) {
                continue;
            }
            double precision = predicted == 0 ? 0 : (double) confusion[i][i] / predicted;
            double recall = (double) confusion[i][i] / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.add(new LabelScore(labels.get(i), precision, recall, f1, support));
        }
        return scores;
    }

    /** The unweighted mean F1 over the labels of the truth: every class counts the same, however rare. */
    public double macroF1() {
        return labelScores().stream().mapToDouble(LabelScore::f1).average().orElse(0);
    }

    /** The {@code limit} most frequent off-diagonal cells. */
    public List<Confusion> topConfusions(int limit) {
        List<Confusion> confusions = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = 0; j < labels.size(); j++) {
                if (i != j && confusion[i][j] > 0) {
                    confusions.add(new Confusion(labels.get(i), labels.get(j), confusion[i][j]));
                }
            }
        }
        confusions.sort(Comparator.comparingLong(Confusion::count).reversed()
                .thenComparing(Confusion::truth).thenComparing(Confusion::predicted));
        return confusions.subList(0, Math.min(limit, confusions.size()));
    }

    /** A plain-text summary for people: totals, the weakest labels and the top confusions. */
    public String summary(int limit) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "examples  %d%naccuracy  %.4f%nmacro-F1  %.4f%n", total(), accuracy(), macroF1()));
        List<LabelScore> weakest = new ArrayList<>(labelScores());
        weakest.sort(Comparator.comparingDouble(LabelScore::f1).thenComparing(LabelScore::label));
        text.append(String.format(Locale.ROOT, "%nweakest labels (F1, precision, recall, support):%n"));
        for (LabelScore score : weakest.subList(0, Math.min(limit, weakest.size()))) {
            text.append(String.format(Locale.ROOT, "  %-40s %.3f  %.3f  %.3f  %d%n", score.label(), score.f1(),
                    score.precision(), score.recall(), score.support()));
        }
        List<Confusion> confusions = topConfusions(limit);
        text.append(String.format(Locale.ROOT, "%nmost frequent confusions (true -> predicted: count):%n"));
        if (confusions.isEmpty()) {
            text.append("  none\n");
        }
        for (Confusion confusion : confusions) {
            text.append(String.format(Locale.ROOT, "  %s -> %s: %d%n", confusion.truth(), confusion.predicted(),
                    confusion.count()));
        }
        return text.toString();
    }
}
