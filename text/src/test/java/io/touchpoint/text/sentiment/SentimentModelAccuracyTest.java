package io.touchpoint.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.text.SharedData;
import io.touchpoint.text.classify.ClassificationReport;
import io.touchpoint.text.classify.LabeledTexts;
import io.touchpoint.text.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundled sentiment model on the airline-tweets test split, which its training never saw. */
class SentimentModelAccuracyTest {

    @Test
    void bundledModelReachesAtLeast83PercentOnTheHeldOutAirlineTweets() {
        Path tweets = SharedData.require("data/airline-tweets/Tweets.csv");
        LabeledTexts test = SentimentTrainer.split(SentimentTrainer.readTweets(tweets)).test();
        EmbeddingSentimentScorer scorer = EmbeddingSentimentScorer.bundled();

        ClassificationReport report = SentimentTrainer.evaluate(scorer.model(), test,
                SharedData.embeddings(EmbeddingModel.MINILM, test.texts()));

        System.out.printf(Locale.ROOT, "airline-tweets test split (%d tweets): accuracy %.4f, macro-F1 %.4f%n",
                report.total(), report.accuracy(), report.macroF1());
        assertThat(report.total()).isEqualTo(Long.parseLong(scorer.model().metadata().get("testRows")));
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.83);
    }

    @Test
    void lexiconModeIsMeasuredOnTheSameSplitForComparison() {
        Path tweets = SharedData.require("data/airline-tweets/Tweets.csv");
        LabeledTexts test = SentimentTrainer.split(SentimentTrainer.readTweets(tweets)).test();
        LexiconSentimentScorer lexicon = LexiconSentimentScorer.standard();

        ClassificationReport report = ClassificationReport.of(test.labels(),
                lexicon.scoreAll(test.texts()).stream().map(score -> score.label().wireName()).toList());

        System.out.printf(Locale.ROOT, "lexicon mode on the same split: accuracy %.4f, macro-F1 %.4f%n",
                report.accuracy(), report.macroF1());
        // A word list is far weaker than the model on tweets, but clearly better than chance (0.33) and majority (0.63).
        assertThat(report.accuracy()).isGreaterThan(0.55);
    }
}
