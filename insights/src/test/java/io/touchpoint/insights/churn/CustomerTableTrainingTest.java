package io.touchpoint.insights.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic CSV path on small hand-made tables: type detection, blanks, labels, the model file. */
class CustomerTableTrainingTest {

    static CustomerTable table(String csv) throws IOException {
        return CustomerTable.read("customers.csv", new StringReader(csv));
    }

    /** A table where churn follows short tenure and a month-to-month contract, with noise and blanks. */
    static CustomerTable syntheticTable(int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("id,tenure,contract,charge,notes,churned\n");
        for (int i = 0; i < rows; i++) {
            int tenure = random.nextInt(72);
            String contract = random.nextBoolean() ? "Month-to-month" : (random.nextBoolean() ? "One year" : "Two year");
            double risk = (tenure < 12 ? 1.5 : -1) + (contract.equals("Month-to-month") ? 1.2 : -1) + random.nextGaussian();
            String charge = random.nextInt(10) == 0 ? "" : String.format(java.util.Locale.ROOT, "%.2f", 20 + random.nextDouble() * 80);
            csv.append("C").append(i).append(',').append(tenure).append(',').append(contract).append(',').append(charge)
                    .append(",note ").append(i).append(',').append(risk > 0.5 ? "Yes" : "No").append('\n');
        }
        return table(csv.toString());
    }

    @Test
    void detectsNumericAndCategoricalColumnsAndLeavesOutFreeText() throws IOException {
        FeatureSchema schema = FeatureSchema.infer(syntheticTable(200, 1), "id", "churned", List.of());
        assertThat(schema.columns()).extracting(FeatureColumn::name).containsExactly("tenure", "contract", "charge");
        assertThat(schema.columns().get(0).kind()).isEqualTo(FeatureColumn.Kind.NUMERIC);
        assertThat(schema.columns().get(1).kind()).isEqualTo(FeatureColumn.Kind.CATEGORICAL);
        assertThat(schema.columns().get(1).categories()).containsExactlyInAnyOrder("Month-to-month", "One year", "Two year");
        assertThat(schema.columns().get(2).kind()).isEqualTo(FeatureColumn.Kind.NUMERIC);
        assertThat(schema.featureNames()).contains("contract=Two year", "tenure");
    }

    @Test
    void encodesBlanksAsMissingAndUnseenCategoriesAsAllZeros() throws IOException {
        FeatureSchema schema = FeatureSchema.infer(table("""
                id,tenure,plan,churn
                a,3,gold,1
                b,,silver,0
                """), "id", "churn", List.of());
        FeatureMatrix matrix = schema.encode(table("""
                id,tenure,plan
                c, ,bronze
                """));
        assertThat(matrix.labelled()).isFalse();
        assertThat(matrix.value(0, 0)).isNaN();
        assertThat(matrix.value(0, 1)).isZero();
        assertThat(matrix.value(0, 2)).isZero();
    }

    @Test
    void rejectsALabelColumnThatIsNotBinaryNamingTheValuesFound() throws IOException {
        CustomerTable table = table("""
                id,tenure,plan
                a,3,gold
                b,4,silver
                c,5,bronze
                """);
        assertThatThrownBy(() -> FeatureSchema.infer(table, "id", "plan", List.of()))
                .isInstanceOf(TouchpointException.class)
                .hasMessageContaining("label column 'plan' is not binary")
                .hasMessageContaining("gold").hasMessageContaining("silver").hasMessageContaining("bronze")
                .satisfies(e -> assertThat(((TouchpointException) e).kind()).isEqualTo(TouchpointException.Kind.USER_ERROR));
    }

    @Test
    void rejectsALabelColumnWithBlanksOrASingleValue() throws IOException {
        assertThatThrownBy(() -> BinaryLabel.detect(table("id,churn\na,Yes\nb,\n"), "churn"))
                .hasMessageContaining("blank in 1 rows");
        assertThatThrownBy(() -> BinaryLabel.detect(table("id,churn\na,No\nb,no\n"), "churn"))
                .hasMessageContaining("only the value 'no'");
    }

    @Test
    void acceptsTheUsualBinarySpellingsCaseInsensitively() throws IOException {
        assertThat(BinaryLabel.detect(table("id,c\na,YES\nb,no\n"), "c")).isEqualTo(new BinaryLabel("yes", "no"));
        assertThat(BinaryLabel.detect(table("id,c\na,1\nb,0\n"), "c")).isEqualTo(new BinaryLabel("1", "0"));
        assertThat(BinaryLabel.detect(table("id,c\na,True\nb,false\n"), "c")).isEqualTo(new BinaryLabel("true", "false"));
    }

    @Test
    void namesTheMissingColumnAndListsTheOnesThatExist() throws IOException {
        assertThatThrownBy(() -> FeatureSchema.infer(syntheticTable(30, 2), "customer_id", "churned", List.of()))
                .isInstanceOf(TouchpointException.class)
                .hasMessageContaining("no column 'customer_id'")
                .hasMessageContaining("[id, tenure, contract, charge, notes, churned]");
    }

    @Test
    void rejectsTextInAColumnTheModelReadsAsNumbers() throws IOException {
        FeatureSchema schema = FeatureSchema.infer(syntheticTable(80, 3), "id", "churned", List.of());
        assertThatThrownBy(() -> schema.encode(table("id,tenure,contract,charge\nx,ten,Two year,10\n")))
                .hasMessageContaining("line 2, column 'tenure': 'ten' is not a number");
    }

    @Test
    void rejectsAFileThatIsNotAModel(@TempDir Path folder) throws IOException {
        Path notAModel = Files.writeString(folder.resolve("churn.model"), "hello");
        assertThatThrownBy(() -> ChurnModel.load(notAModel))
                .isInstanceOf(TouchpointException.class)
                .hasMessageContaining("not a file written by 'touchpoint churn train'");
        assertThatThrownBy(() -> ChurnModel.load(folder.resolve("missing.model")))
                .hasMessageContaining("does not exist");
    }

    @Test
    void learnsAPlantedPatternAndRoundTripsThroughTheModelFile(@TempDir Path folder) throws IOException {
        CustomerTable training = syntheticTable(1500, 4);
        CustomerTable test = syntheticTable(500, 5);
        Path file = folder.resolve("nested/churn.model");
        double aucBefore;
        try (ChurnModel model = new ChurnTrainer(TrainingOptions.defaults()).train(training, "id", "churned", List.of("charge"))) {
            assertThat(model.schema().columns()).extracting(FeatureColumn::name).containsExactly("tenure", "contract");
            aucBefore = model.evaluate(test).auc();
            model.save(file);
        }
        try (ChurnModel loaded = ChurnModel.load(file)) {
            ClassificationMetrics metrics = loaded.evaluate(test);
            assertThat(metrics.auc()).isEqualTo(aucBefore).isGreaterThan(0.8);
            ChurnScore first = loaded.score(test).get(0);
            assertThat(first.customerId()).isEqualTo("C0");
            assertThat(loaded.score(test)).flatExtracting(ChurnScore::reasons).extracting(ChurnReason::sentence)
                    .contains("contract is Month-to-month")
                    .anySatisfy(sentence -> assertThat(sentence).matches("tenure is \\d+ \\(raises risk\\)"));
        }
    }
}
