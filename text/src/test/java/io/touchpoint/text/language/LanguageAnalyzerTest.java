package io.touchpoint.text.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.text.Conversations;
import io.touchpoint.text.TextFindings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageAnalyzerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I was charged twice for my subscription this month and I would like a refund please.|en",
        "Me cobraron dos veces la suscripción este mes y quisiera un reembolso, por favor.|es",
        "Ich wurde diesen Monat zweimal für mein Abonnement belastet und möchte eine Rückerstattung.|de",
        "On m'a facturé deux fois mon abonnement ce mois-ci et je voudrais un remboursement.|fr"})
    void detectsTheLanguageAsAnIso6391Code(String text, String code) {
        assertThat(LanguageDetector.shared().detect(text).code()).isEqualTo(code);
    }

    @Test
    void setsTheInteractionLanguageWhenTheSourceGaveNone() {
        AnalyzedInteraction result = new LanguageAnalyzer(LanguageDetector.shared(), 0.0).analyze(AnalyzedInteraction.of(
                Conversations.call("agent: Gracias por llamar, ¿en qué puedo ayudarle?",
                        "customer: Mi factura es demasiado alta este mes y no entiendo por qué.")));

        Finding language = result.findingsOfType(TextFindings.LANGUAGE).get(0);
        assertThat(language.name()).isEqualTo("language");
        assertThat(language.label()).isEqualTo("es");
        assertThat(language.score()).isBetween(0.0, 1.0);
        assertThat(result.interaction().language()).isEqualTo("es");
    }

    @Test
    void saysNothingAboutTooShortTexts() {
        AnalyzedInteraction input = AnalyzedInteraction.of(Conversations.call("customer: ok"));
        assertThat(new LanguageAnalyzer(LanguageDetector.shared(), 0.5).analyze(input)).isEqualTo(input);
    }
}
