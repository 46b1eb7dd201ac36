package io.touchpoint.scale.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.kafka.AlertRecord;
import io.touchpoint.kafka.FindingRecord;
import io.touchpoint.kafka.LiveEvent;
import io.touchpoint.scale.PipelineSpec;
import io.touchpoint.scale.ScalePipeline;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The live analysis step without Flink: what one event sends, given what was sent before. */
class LiveStepTest {

    private static final Instant SENT = Instant.parse("2026-03-02T10:00:00Z");
    private static final String ID = "call-1";

    private final LiveStep step = new LiveStep(ScalePipeline.of(PipelineSpec.standard()),
            ScalePipeline.version(PipelineSpec.standard()));
    private final Set<String> sent = new HashSet<>();
    private final Set<String> raised = new HashSet<>();
    private Interaction conversation;

    private LiveStep.Result apply(LiveEvent event) {
        LiveStep.Result result = step.apply(conversation, event, sent::contains, raised::contains, SENT.plusSeconds(1));
        result.findings().forEach(finding -> sent.add(finding.findingId()));
        raised.addAll(result.alertKeys());
        conversation = result.conversation().orElse(null);
        return result;
    }

    private LiveStep.Result turn(int index, Speaker speaker, String text) {
        return apply(new LiveEvent.TurnEvent(ID, index, Turn.typed(speaker, index * 5000L, index * 5000L + 4000, text),
                SENT));
    }

    @Test
    void sendsTurnFindingsAsTheyAppearAndTheLegalAlertOnce() {
        apply(new LiveEvent.ConversationStart(ID, Channel.VOICE, Direction.OUTBOUND, "collections", "A-7", "C-1",
                SENT.minusSeconds(30), SENT));
        assertThat(conversation.queue()).isEqualTo("collections");

        turn(0, Speaker.AGENT, "Hello, this call is about your overdue balance of 300 dollars.");
        LiveStep.Result mention = turn(1, Speaker.CUSTOMER, "I filed for bankruptcy last month, you should not call me.");

        assertThat(mention.findings()).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.turnIndex()).isEqualTo(1);
            assertThat(finding.finding().evidence()).allSatisfy(evidence -> assertThat(evidence.turnIndex()).isNotNegative());
        });
        assertThat(mention.findings()).extracting(record -> record.finding().name()).contains("bankruptcy_mention");
        assertThat(mention.alerts()).extracting(AlertRecord::kind).contains("legal_mention");
        AlertRecord alert = mention.alerts().stream().filter(a -> a.kind().equals("legal_mention")).findFirst().orElseThrow();
        assertThat(alert.alertId()).isEqualTo(ID + ":event:bankruptcy_mention");
        assertThat(alert.agentId()).isEqualTo("A-7");
        assertThat(alert.evidence()).containsIgnoringCase("bankruptcy");

        LiveStep.Result next = turn(2, Speaker.AGENT, "I understand. Can you give me your case number?");
        assertThat(next.alerts()).extracting(AlertRecord::kind).doesNotContain("legal_mention");
        assertThat(next.findings()).extracting(FindingRecord::findingId).doesNotContainAnyElementsOf(
                mention.findings().stream().map(FindingRecord::findingId).toList());
    }

    @Test
    void aReplayedTurnSendsNothingAndChangesNothing() {
        turn(0, Speaker.CUSTOMER, "I want to cancel my service, I am switching to another provider.");
        Interaction before = conversation;
        LiveStep.Result replay = turn(0, Speaker.CUSTOMER, "I want to cancel my service, I am switching to another provider.");
        assertThat(replay.findings()).isEmpty();
        assertThat(replay.alerts()).isEmpty();
        assertThat(conversation).isEqualTo(before);
        // A turn without a start opened a voice conversation.
        assertThat(conversation.channel()).isEqualTo(Channel.VOICE);
    }

    @Test
    void theEndSendsTheWholeInteractionFindingsAndForgetsTheConversation() {
        turn(0, Speaker.AGENT, "Thank you for calling, how can I help?");
        turn(1, Speaker.CUSTOMER, "My internet is down again.");
        LiveStep.Result end = apply(new LiveEvent.ConversationEnd(ID, SENT));
        assertThat(end.conversation()).isEmpty();
        assertThat(end.findings()).isNotEmpty().allSatisfy(finding -> assertThat(finding.turnIndex()).isEqualTo(-1));
        assertThat(end.findings()).extracting(record -> record.finding().name()).contains("handle_time_s", "turns");
        // Everything the whole pipeline finds was sent exactly once over the conversation.
        Interaction whole = Interaction.builder(ID, Channel.VOICE, SENT).attribute("source", "live")
                .turns(List.of(Turn.typed(Speaker.AGENT, 0, 4000, "Thank you for calling, how can I help?"),
                        Turn.typed(Speaker.CUSTOMER, 5000, 9000, "My internet is down again.")))
                .build();
        Set<String> all = new HashSet<>();
        ScalePipeline.of(PipelineSpec.standard()).run(whole).findings()
                .forEach(finding -> all.add(FindingRecord.idOf(ID, finding)));
        assertThat(sent).containsAll(all);
    }
}
