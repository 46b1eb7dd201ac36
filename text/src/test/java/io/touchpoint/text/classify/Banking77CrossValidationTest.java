package io.touchpoint.text.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.text.SharedData;
import io.touchpoint.text.csv.CsvTable;
import io.touchpoint.text.embedding.EmbeddingModel;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The default intent classifier on BANKING77 (77 intents), by stratified 5-fold cross-validation of train.csv. */
class Banking77CrossValidationTest {

    @Test
    void defaultClassifierReachesAtLeast92PercentInFiveFoldCrossValidation() {
        CsvTable table = CsvTable.read(SharedData.require("data/banking77/train.csv"));
        LabeledTexts data = LabeledTexts.fromCsv(table, "text", "category");
        ClassifierOptions options = ClassifierOptions.defaults();
        assertThat(options.embedding()).isEqualTo(EmbeddingModel.BGE_SMALL);

        ClassificationReport report = CrossValidation.run(data.texts(),
                SharedData.embeddings(options.embedding(), data.texts()), data.labels(), options, 5, 42);

        System.out.printf(Locale.ROOT, "banking77 5-fold CV (%d queries, %d intents): accuracy %.4f, macro-F1 %.4f%n",
                report.total(), report.labelScores().size(), report.accuracy(), report.macroF1());
        assertThat(report.total()).isEqualTo(10_003);
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.92);
    }
}
