package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.text.classify.ClassifierOptions;
import io.touchpoint.text.classify.TextClassifier;
import io.touchpoint.text.pii.PiiType;
import io.touchpoint.text.sentiment.SentimentMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSettingsTest {

    @TempDir
    Path dir;

    @Test
    void appliesEveryTextKey() {
        TextConfig config = TextSettings.apply(TextConfig.defaults(), Map.of(
                "text.sentiment-mode", "lexicon", "text.pii-mode", "detect", "text.pii-types", "card, ssn",
                "text.keywords", "3", "text.language-min-confidence", "0.7", "other.key", "ignored"), dir);

        assertThat(config.sentimentMode()).isEqualTo(SentimentMode.LEXICON);
        assertThat(config.piiMode()).isEqualTo(TextConfig.PiiMode.DETECT);
        assertThat(config.piiTypes()).containsExactlyInAnyOrder(PiiType.CARD, PiiType.SSN);
        assertThat(config.keywordsPerInteraction()).isEqualTo(3);
        assertThat(config.languageMinConfidence()).isEqualTo(0.7);
    }

    @Test
    void namesTheKeyOfAnInvalidValue() {
        assertThatThrownBy(() -> TextSettings.apply(TextConfig.defaults(), Map.of("text.pii-types", "card,passport"), dir))
                .isInstanceOf(TouchpointException.class).hasMessageContaining("text.pii-types")
                .hasMessageContaining("passport");
        assertThatThrownBy(() -> TextSettings.apply(TextConfig.defaults(), Map.of("text.routing-model", "none.tpmodel"), dir))
                .isInstanceOf(TouchpointException.class).hasMessageContaining("text.routing-model")
                .hasMessageContaining("none.tpmodel");
    }

    @Test
    void ingestAnalyzersRedactAndRouteAWrittenContactBeforeItIsStored() throws Exception {
        TextClassifier router = TextClassifier.train(
                List.of("my bill is wrong", "refund the charge on my invoice", "billing error twice charged",
                        "internet is down", "no signal on my router", "wifi keeps dropping"),
                List.of("billing", "billing", "billing", "tech", "tech", "tech"), ClassifierOptions.defaults());
        Path model = dir.resolve("routing.tpmodel");
        router.save(model);
        TextConfig config = TextSettings.apply(TextConfig.fast(), Map.of("text.routing-model", "routing.tpmodel"), dir);
        Pipeline ingest = new Pipeline(TextSettings.ingestAnalyzers(config, 0.0));

        Interaction email = Interaction.builder("email:1", Channel.EMAIL, Instant.parse("2026-01-05T10:00:00Z"))
                .customer(new CustomerRef("c1", null, null, null))
                .turns(List.of(Turn.typed(Speaker.CUSTOMER, 0, 0,
                        "my bill is wrong, card 4111 1111 1111 1111 was charged twice")))
                .build();
        AnalyzedInteraction result = ingest.run(email);

        assertThat(result.interaction().turns().getFirst().text()).contains("[CARD]").doesNotContain("4111");
        assertThat(result.interaction().queue()).isEqualTo("billing");
        assertThat(result.findings()).extracting(finding -> finding.analyzer())
                .containsExactly("pii-redaction", "queue-routing");
    }

    @Test
    void noAnalyzersWhenPiiIsOffAndNoRoutingModel() {
        TextConfig config = TextSettings.apply(TextConfig.defaults(), Map.of("text.pii-mode", "off"), dir);
        assertThat(TextSettings.ingestAnalyzers(config, 0.5)).isEmpty();
        assertThat(TextSettings.apply(TextConfig.defaults(), Map.of("text.pii-types", "none"), dir).piiTypes())
                .isEqualTo(Set.of());
    }
}
