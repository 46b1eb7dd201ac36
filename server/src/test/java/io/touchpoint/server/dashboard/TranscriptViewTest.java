package io.touchpoint.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranscriptViewTest {

    private static Interaction interaction(String... texts) {
        List<Turn> turns = new java.util.ArrayList<>();
        long at = 0;
        for (int i = 0; i < texts.length; i++) {
            turns.add(Turn.typed(i % 2 == 0 ? Speaker.AGENT : Speaker.CUSTOMER, at, at + 2_000, texts[i]));
            at += 2_500;
        }
        return new Interaction("c-1", Channel.VOICE, Direction.INBOUND, Instant.parse("2026-03-02T14:05:00Z"), null, null,
                "A-1", "billing", "en", turns, null, null, Map.of());
    }

    private static Finding finding(String type, String name, Interaction interaction, int turn, int start, int end) {
        return new Finding("rules", type, name, "", 1, 1,
                List.of(Evidence.ofSpan(turn, interaction.turns().get(turn), start, end)));
    }

    @Test
    void escapesTranscriptTextSoMarkupInATurnIsShownNotRun() {
        Interaction call = interaction("hello", "<script>alert('x')</script> & <b>bold</b>");
        String html = new TranscriptView(call, List.of()).html();
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void marksEvidenceSpansWithTheFindingsBehindThem() {
        Interaction call = interaction("thanks for calling", "I was charged a late fee twice");
        Finding reason = finding("category", "Billing/Late fee", call, 1, 16, 24);
        String html = new TranscriptView(call, List.of(reason)).html();
        assertThat(html).contains("I was charged a <mark class=\"hl hl-category\" data-findings=\"f0\""
                + " title=\"category: Billing/Late fee\" id=\"e-f0\">late fee</mark> twice");
    }

    @Test
    void overlappingSpansAreCutSoEachPieceListsEveryFindingCoveringIt() {
        Interaction call = interaction("hi", "cancel my account now");
        Finding event = finding("event", "cancellation_request", call, 1, 0, 17);
        Finding emotion = finding("emotion", "anger", call, 1, 7, 21);
        String html = new TranscriptView(call, List.of(event, emotion)).html();
        assertThat(html)
                .contains(">cancel </mark>")
                .contains("<mark class=\"hl hl-emotion hl-event\" data-findings=\"f0 f1\"")
                .contains(">my account</mark>")
                .contains("> now</mark>");
    }

    @Test
    void showsRedactionPlaceholdersAsRedacted() {
        Interaction call = interaction("your card?", "it is [CARD] and my mail is [EMAIL]");
        TranscriptView view = new TranscriptView(call, List.of());
        assertThat(view.html()).contains("<span class=\"redacted\" title=\"redacted card\">[CARD]</span>")
                .contains("<span class=\"redacted\" title=\"redacted email\">[EMAIL]</span>");
        assertThat(view.redactions()).isEqualTo(2);
    }

    @Test
    void evidenceBeyondTheStoredTextIsClippedNotAnError() {
        Interaction call = interaction("short");
        Finding outOfRange = new Finding("rules", "event", "x", "", 1, 1, List.of(new Evidence(0, 3, 400, 0, 10)));
        String html = new TranscriptView(call, List.of(outOfRange)).html();
        assertThat(html).contains("sho<mark class=\"hl hl-event\"").contains(">rt</mark>");
    }

    @Test
    void wholeInteractionFindingsAreListedWithoutMarks() {
        Interaction call = interaction("hello");
        Finding behaviour = new Finding("rules", "behaviour", "greeting", "missing", 0, 1, List.of(Evidence.WHOLE_INTERACTION));
        TranscriptView view = new TranscriptView(call, List.of(behaviour));
        assertThat(view.findings()).singleElement().satisfies(shown -> assertThat(shown.hasSpans()).isFalse());
        assertThat(view.html()).doesNotContain("<mark");
    }
}
