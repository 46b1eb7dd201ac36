package io.touchpoint.text.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word-n-gram classifiers only (no embedding model), so these tests run in milliseconds. */
class TextClassifierTest {

    private static final ClassifierOptions WORDS = new ClassifierOptions(null, 1.0, 2, 0, 1,
            ClassifierOptions.Solver.LOGISTIC, 4);

    private static List<String> texts(String... values) {
        return List.of(values);
    }

    private static final List<String> TEXTS = texts(
            "my card was charged twice", "double charge on my card", "refund the extra charge please",
            "I was billed two times", "charged twice for one order",
            "where is my parcel", "my package has not arrived", "tracking shows no delivery",
            "parcel still not delivered", "when will my order arrive",
            "reset my password", "cannot log in to my account", "password does not work",
            "locked out of my account", "forgot my password");
    private static final List<String> LABELS = List.of(
            "billing", "billing", "billing", "billing", "billing",
            "delivery", "delivery", "delivery", "delivery", "delivery",
            "login", "login", "login", "login", "login");

    @Test
    void learnsLabelsFromWords() {
        TextClassifier model = TextClassifier.train(TEXTS, null, LABELS, WORDS);

        List<Prediction> predictions = model.predict(texts("charged twice again", "my parcel never arrived",
                "I forgot the password"), null);

        assertThat(predictions).extracting(Prediction::label).containsExactly("billing", "delivery", "login");
        for (Prediction prediction : predictions) {
            assertThat(prediction.probabilities()).hasSize(3);
            assertThat(java.util.Arrays.stream(prediction.probabilities()).sum()).isCloseTo(1.0,
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThat(prediction.confidence()).isGreaterThan(1.0 / 3);
        }
    }

    @Test
    void keepsTheInterceptSoAnUninformativeTextGetsTheCommonestLabel() {
        // Nine "yes" and one "no" with the same words: only the intercept can tell the classes apart.
        List<String> same = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            same.add("hello there");
            labels.add(i == 0 ? "no" : "yes");
        }
        TextClassifier model = TextClassifier.train(same, null, labels, WORDS);

        Prediction prediction = model.predict(texts("something entirely new"), null).get(0);

        assertThat(prediction.label()).isEqualTo("yes");
        assertThat(prediction.confidence()).isGreaterThan(0.7);
    }

    @Test
    void svmSolverGivesCalibratedConfidences() {
        List<String> many = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            for (int i = 0; i < TEXTS.size(); i++) {
                many.add(TEXTS.get(i) + " " + copy);
                labels.add(LABELS.get(i));
            }
        }
        TextClassifier model = TextClassifier.train(many, null, labels, WORDS.withSolver(ClassifierOptions.Solver.SVM, 1));

        Prediction prediction = model.predict(texts("double charge on my card"), null).get(0);

        assertThat(prediction.label()).isEqualTo("billing");
        assertThat(prediction.confidence()).isBetween(0.4, 1.0);
    }

    @Test
    void savedModelPredictsLikeTheOriginal(@TempDir Path folder) {
        ClassifierOptions withCharacters = WORDS.withNgrams(2, 4, 1);
        TextClassifier model = TextClassifier.train(TEXTS, null, LABELS, withCharacters)
                .withMetadata(java.util.Map.of("note", "line one\nline two"));
        Path file = folder.resolve("models/intents.tpmodel");

        model.save(file);
        TextClassifier loaded = TextClassifier.load(file);

        List<String> probe = texts("charged two times", "parcel late", "account locked", "completely unrelated words");
        List<Prediction> before = model.predict(probe, null);
        List<Prediction> after = loaded.predict(probe, null);
        assertThat(loaded.labels()).isEqualTo(model.labels());
        assertThat(loaded.options()).isEqualTo(withCharacters);
        assertThat(loaded.metadata()).containsEntry("note", "line one\nline two");
        for (int i = 0; i < probe.size(); i++) {
            assertThat(after.get(i).label()).isEqualTo(before.get(i).label());
            assertThat(after.get(i).confidence()).isCloseTo(before.get(i).confidence(),
                    org.assertj.core.api.Assertions.within(1e-4));
        }
    }

    @Test
    void rejectsFilesThatAreNotModels(@TempDir Path folder) throws IOException {
        Path text = folder.resolve("notes.tpmodel");
        Files.writeString(text, "hello", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TextClassifier.load(text)).isInstanceOf(TouchpointException.class)
                .hasMessageContaining("notes.tpmodel").hasMessageContaining("not a Touchpoint model");
        assertThatThrownBy(() -> TextClassifier.load(folder.resolve("missing.tpmodel")))
                .isInstanceOf(TouchpointException.class).hasMessageContaining("does not exist");
    }

    @Test
    void rejectsTrainingDataWithOneLabelOrBlankLabels() {
        assertThatThrownBy(() -> TextClassifier.train(texts("a", "b"), null, List.of("x", "x"), WORDS))
                .isInstanceOf(TouchpointException.class).hasMessageContaining("at least two different labels");
        assertThatThrownBy(() -> TextClassifier.train(texts("a", "b"), null, List.of("x", " "), WORDS))
                .isInstanceOf(TouchpointException.class).hasMessageContaining("example 2 has no label");
    }

    @Test
    void crossValidationPredictsEveryExampleOnceWithStratifiedFolds() {
        int[] folds = CrossValidation.assignFolds(LABELS, 5, 1);
        for (int fold = 0; fold < 5; fold++) {
            int current = fold;
            long billing = java.util.stream.IntStream.range(0, LABELS.size())
                    .filter(i -> folds[i] == current && LABELS.get(i).equals("billing")).count();
            assertThat(billing).isEqualTo(1);
        }
        ClassificationReport report = CrossValidation.run(TEXTS, null, LABELS, WORDS, 5, 1);
        assertThat(report.total()).isEqualTo(TEXTS.size());
        assertThat(report.accuracy()).isGreaterThan(0.5);
    }
}
