package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.text.pii.PiiType;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzersTest {

    @Test
    void defaultsRunInTheAgreedOrder() {
        List<Analyzer> analyzers = TextAnalyzers.defaults(TextConfig.fast());
        assertThat(analyzers).extracting(Analyzer::name)
                .containsExactly("language", "pii-redaction", "sentiment", "emotion", "keywords");
    }

    @Test
    void piiOffAndNoKeywordsDropThoseAnalyzers() {
        TextConfig config = TextConfig.fast().withPii(TextConfig.PiiMode.OFF, EnumSet.allOf(PiiType.class))
                .withKeywords(0, null);
        assertThat(TextAnalyzers.defaults(config)).extracting(Analyzer::name)
                .containsExactly("language", "sentiment", "emotion");
    }

    @Test
    void pipelineRedactsBeforeSentimentAndKeywordsSeeTheText() {
        Pipeline pipeline = new Pipeline(TextAnalyzers.defaults(TextConfig.fast()));

        AnalyzedInteraction result = pipeline.run(Conversations.call(
                "agent: Thanks for calling, may I have your name?",
                "customer: It's Maria Lopez. My card 4111 1111 1111 1111 was charged twice, this is ridiculous!",
                "agent: I'm sorry, I have refunded the duplicate charge.",
                "customer: Thank you so much, that's great."));

        assertThat(result.interaction().turns().get(1).text())
                .isEqualTo("It's [NAME]. My card [CARD] was charged twice, this is ridiculous!");
        assertThat(result.findingsOfType(TextFindings.PII)).extracting(finding -> finding.name())
                .containsExactly("NAME", "CARD");
        assertThat(result.findingsOfType(TextFindings.LANGUAGE).get(0).label()).isEqualTo("en");
        assertThat(result.findingsOfType(TextFindings.SENTIMENT_TURN)).hasSize(4);
        assertThat(result.findingsOfType(TextFindings.EMOTION)).extracting(finding -> finding.name())
                .contains("anger", "praise");
        assertThat(result.findingsOfType(TextFindings.KEYWORD)).extracting(finding -> finding.name())
                .doesNotContain("maria", "lopez", "4111");
    }

    @Test
    void configRejectsBadValues() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextConfig.defaults().withKeywords(-1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text.keywords");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextConfig.PiiMode.parse("maybe"))
                .hasMessageContaining("redact, detect or off");
    }
}
