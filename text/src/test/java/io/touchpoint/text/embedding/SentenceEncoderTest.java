package io.touchpoint.text.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

    private final SentenceEncoder encoder = SentenceEncoder.shared(EmbeddingModel.MINILM);

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void givesUnitVectorsThatPlaceSimilarSentencesClose() {
        float[][] vectors = encoder.embed(List.of("I was charged twice on my card", "my card has a duplicate charge",
                "what time does the store open"));

        assertThat(vectors).hasNumberOfRows(3);
        assertThat(cosine(vectors[0], vectors[0])).isCloseTo(1.0, within(1e-4));
        assertThat(cosine(vectors[0], vectors[1])).isGreaterThan(cosine(vectors[0], vectors[2]) + 0.2);
    }

    @Test
    void aTextGetsTheSameVectorWhateverBatchItArrivesIn() {
        String text = "the router keeps rebooting every hour";
        float[] alone = encoder.embed(text);
        float[] inBatch = encoder.embed(List.of("a much longer sentence about billing disputes and late fees that pads",
                text, "ok"))[1];
        assertThat(cosine(alone, inBatch)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void embedsTextsLongerThanTheModelWindowAndEmptyTexts() {
        String long_ = "my internet connection drops every evening and the technician did not fix it. ".repeat(40);
        float[][] vectors = encoder.embed(List.of(long_, ""));
        assertThat(cosine(vectors[0], vectors[0])).isCloseTo(1.0, within(1e-4));
        assertThat(cosine(vectors[0], encoder.embed("my internet connection drops every evening"))).isGreaterThan(0.6);
        assertThat(vectors[1]).hasSize(384);
    }
}
