package io.touchpoint.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.text.SharedData;
import io.touchpoint.text.classify.ClassificationReport;
import io.touchpoint.text.classify.LabeledTexts;
import io.touchpoint.text.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundled sentiment models on the airline-tweets test split, which their training never saw. */
class SentimentModelAccuracyTest {

    private static LabeledTexts testSplit() {
        Path tweets = SharedData.require("data/airline-tweets/Tweets.csv");
        return SentimentTrainer.split(SentimentTrainer.readTweets(tweets)).test();
    }

    private static ClassificationReport evaluate(EmbeddingModel embedding, LabeledTexts test) {
        EmbeddingSentimentScorer scorer = EmbeddingSentimentScorer.bundled(embedding);
        ClassificationReport report = SentimentTrainer.evaluate(scorer.model(), test,
                SharedData.embeddings(embedding, test.texts()));
        System.out.printf(Locale.ROOT, "airline-tweets test split (%d tweets), %s model: accuracy %.4f, macro-F1 %.4f%n",
                report.total(), embedding.wireName(), report.accuracy(), report.macroF1());
        assertThat(report.total()).isEqualTo(Long.parseLong(scorer.model().metadata().get("testRows")));
        return report;
    }

    @Test
    void embeddingModeReachesAtLeast83PercentOnTheHeldOutAirlineTweets() {
        ClassificationReport report = evaluate(EmbeddingModel.BGE_SMALL, testSplit());
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.83);
    }

    @Test
    void fastEmbeddingModeStaysWithinTwoPointsOfTheTarget() {
        // MiniLM measured 0.826 on this split (0.834 by 5-fold CV on the training part): below the 0.83 target,
        // which is why the default embedding mode uses bge-small.
        ClassificationReport report = evaluate(EmbeddingModel.MINILM, testSplit());
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.81);
    }

    @Test
    void lexiconModeIsMeasuredOnTheSameSplitForComparison() {
        LabeledTexts test = testSplit();
        ClassificationReport report = ClassificationReport.of(test.labels(), LexiconSentimentScorer.standard()
                .scoreAll(test.texts()).stream().map(score -> score.label().wireName()).toList());

        System.out.printf(Locale.ROOT, "airline-tweets test split, lexicon mode: accuracy %.4f, macro-F1 %.4f%n",
                report.accuracy(), report.macroF1());
        // Measured 0.546: a word list is far weaker than the models on tweets (even below always answering
        // "negative", 0.63), because most complaints are written in neutral words ("flight delayed 3 hours").
        // The lexicon mode is for throughput; the bound only catches a broken lexicon (chance is 0.33).
        assertThat(report.accuracy()).isGreaterThan(0.5);
    }
}
