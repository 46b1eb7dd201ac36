package io.touchpoint.quality;

import static io.touchpoint.quality.Conversations.behaviour;
import static io.touchpoint.quality.Conversations.collectionsCall;
import static io.touchpoint.quality.Conversations.compliance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.quality.scorecard.ScorecardLibrary;
import io.touchpoint.store.AuditEntry;
import io.touchpoint.store.AuditQuery;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityServiceTest {

    private static final Evidence SPAN = new Evidence(0, 0, 2, 0, 300);

    @TempDir
    Path dir;

    private TouchpointStore store;
    private QualityService quality;

    @BeforeEach
    void storeThreeCalls() {
        store = TouchpointStore.open(dir);
        Conversations.store(store, List.of(
                // heard poorly, mini-Miranda "missing": an uncertain auto-fail
                collectionsCall("call-unsure", "A-1", 0.62, List.of(
                        behaviour("greeting", true, 0.62, SPAN), behaviour("empathy", true, 0.62, SPAN),
                        behaviour("closing", true, 0.62, SPAN), behaviour("identity_verification", true, 0.62, SPAN),
                        compliance("collections.mini_miranda_missing", 1.0, 0.62, Evidence.WHOLE_INTERACTION))),
                // heard well, same breach: a sure auto-fail, no review
                collectionsCall("call-sure", "A-2", 0.97, List.of(
                        behaviour("greeting", true, 0.97, SPAN),
                        compliance("collections.mini_miranda_missing", 1.0, 0.97, Evidence.WHOLE_INTERACTION))),
                // a good call
                collectionsCall("call-good", "A-2", 0.97, List.of(
                        behaviour("greeting", true, 0.97, SPAN), behaviour("empathy", true, 0.97, SPAN),
                        behaviour("closing", true, 0.97, SPAN), behaviour("identity_verification", true, 0.97, SPAN)))));
        quality = new QualityService(store, ScorecardLibrary.builtIn());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void refreshQueuesOnlyUncertainVerdictsThatMatterAndIsIdempotent() {
        RefreshResult first = quality.refreshQueue();
        RefreshResult second = quality.refreshQueue();

        assertThat(first.added()).isEqualTo(Map.of(ReviewTriage.AUTO_FAIL, 1));
        assertThat(second.addedTotal()).isZero();
        List<ReviewItem> open = quality.queue(QueueQuery.open(10));
        assertThat(open).singleElement().satisfies(item -> {
            assertThat(item.interactionId()).isEqualTo("call-unsure");
            assertThat(item.scorecard()).isEqualTo("collections");
            assertThat(item.agentId()).isEqualTo("A-1");
            assertThat(item.autoScore()).isZero();
            assertThat(item.flagged()).extracting(ReviewTriage.FlaggedAnswer::question).containsExactly("mini_miranda");
        });
        assertThat(store.audit().read(AuditQuery.latest(10).withActionPrefix("review.enqueue"))).hasSize(1);
    }

    @Test
    void reviewerOverturnsAnAutoFailAndTheFinalScoreAndAuditFollow() throws Exception {
        quality.refreshQueue();
        long itemId = quality.queue(QueueQuery.open(1)).getFirst().id();

        ReviewDetail detail = quality.item(itemId);
        assertThat(detail.answers()).filteredOn(AnswerView::flagged).singleElement().satisfies(answer -> {
            assertThat(answer.question()).isEqualTo("mini_miranda");
            assertThat(answer.machineAnswer()).isEqualTo(Answer.NO);
            assertThat(answer.evidence()).singleElement().satisfies(evidence -> assertThat(evidence.endMs()).isEqualTo(60_000));
        });
        assertThat(detail.answers()).filteredOn(answer -> answer.question().equals("greeting")).singleElement()
                .satisfies(answer -> assertThat(answer.evidence().getFirst().quote()).isEqualTo("hi"));

        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("mini_miranda", Answer.YES);
        answers.put("greeting", Answer.YES);
        ReviewOutcome outcome = quality.review(itemId, new ReviewSubmission("ana", answers, "disclosure at 0:07, misheard",
                false));

        assertThat(outcome.closed()).isTrue();
        assertThat(outcome.autoScore().value()).isZero();
        assertThat(outcome.finalScore().value()).isEqualTo(100.0);
        assertThat(outcome.finalLabel()).isEqualTo("pass");
        assertThat(outcome.recorded()).extracting(ReviewOutcome.RecordedAnswer::overturned).containsExactly(true, false);
        assertThat(quality.queue(QueueQuery.open(10))).isEmpty();
        assertThat(quality.item(itemId).item().closedBy()).isEqualTo("ana");

        List<AuditEntry> audit = store.audit().read(AuditQuery.latest(10).byActor("ana"));
        assertThat(audit).extracting(AuditEntry::action)
                .containsExactly("review.complete", "review.confirm", "review.overturn");
        assertThat(audit.get(2).target()).isEqualTo("interaction:call-unsure");
        assertThat(audit.get(2).detail()).contains("\"question\":\"mini_miranda\"", "\"machine\":\"no\"", "\"human\":\"yes\"",
                "misheard");
        assertThat(audit.get(0).target()).isEqualTo("review:" + itemId);
        assertThat(store.audit().verify()).isEmpty();

        // What the KPIs should read: the reviewed score for the reviewed call, the machine's for the others.
        try (PreparedStatement statement = store.duckdb().prepareStatement(
                "SELECT interaction_id, auto_score, final_score, reviewed FROM quality_final_scores ORDER BY 1");
                ResultSet rows = statement.executeQuery()) {
            StringBuilder table = new StringBuilder();
            while (rows.next()) {
                table.append(rows.getString(1)).append(' ').append(rows.getDouble(2)).append(' ')
                        .append(rows.getDouble(3)).append(' ').append(rows.getBoolean(4)).append('\n');
            }
            assertThat(table.toString()).isEqualTo("""
                    call-good 100.0 100.0 false
                    call-sure 0.0 0.0 false
                    call-unsure 0.0 100.0 true
                    """);
        }
        assertThat(quality.precision()).filteredOn(rule -> rule.reference().equals("compliance:collections.mini_miranda_missing"))
                .singleElement().satisfies(rule -> {
                    assertThat(rule.fired()).isEqualTo(1);
                    assertThat(rule.precision()).hasValue(0.0);
                });
        assertThat(quality.precision()).filteredOn(rule -> rule.reference().equals("behaviour:greeting"))
                .singleElement().satisfies(rule -> assertThat(rule.precision()).hasValue(1.0));
    }

    @Test
    void aReviewLeavingAFlaggedAnswerOpenKeepsTheItemOpen() {
        quality.refreshQueue();
        long itemId = quality.queue(QueueQuery.open(1)).getFirst().id();

        ReviewOutcome partial = quality.review(itemId, new ReviewSubmission("ana", Map.of("greeting", Answer.YES), "", false));
        ReviewOutcome rest = quality.review(itemId, new ReviewSubmission("ben", Map.of(), "agreed", true));

        assertThat(partial.closed()).isFalse();
        assertThat(partial.stillFlagged()).containsExactly("mini_miranda");
        assertThat(rest.closed()).isTrue();
        assertThat(rest.recorded()).singleElement().satisfies(answer -> {
            assertThat(answer.question()).isEqualTo("mini_miranda");
            assertThat(answer.overturned()).isFalse();
        });
        assertThat(rest.finalScore().value()).isZero();
        assertThatThrownBy(() -> quality.review(itemId, new ReviewSubmission("ana", Map.of("greeting", Answer.NO), "", false)))
                .hasMessageContaining("was closed by ben");
    }

    @Test
    void rejectsAnUnknownQuestionWithASuggestion() {
        quality.refreshQueue();
        long itemId = quality.queue(QueueQuery.open(1)).getFirst().id();

        assertThatThrownBy(() -> quality.review(itemId, new ReviewSubmission("ana", Map.of("mini_mirnda", Answer.YES), "", false)))
                .hasMessageContaining("no question 'mini_mirnda' (did you mean 'mini_miranda'?)");
        assertThatThrownBy(() -> quality.review(999, new ReviewSubmission("ana", Map.of("greeting", Answer.YES), "", false)))
                .hasMessageContaining("no review item 999");
    }

    @Test
    void aDisputeSendsTheScoreBackToTheQueueOnce() {
        quality.refreshQueue();

        ReviewItem disputed = quality.dispute(new DisputeRequest("call-sure", null, "A-2", "I gave the disclosure at the start",
                List.of()));
        ReviewItem again = quality.dispute(new DisputeRequest("call-sure", "collections", "A-2", "see 0:03", List.of("greeting")));

        assertThat(disputed.source()).isEqualTo("dispute");
        assertThat(disputed.open()).isTrue();
        assertThat(disputed.flagged()).extracting(ReviewTriage.FlaggedAnswer::question).contains("mini_miranda");
        assertThat(again.id()).isEqualTo(disputed.id());
        assertThat(again.flagged()).extracting(ReviewTriage.FlaggedAnswer::question).contains("mini_miranda", "greeting");
        assertThat(again.note()).contains("I gave the disclosure", "see 0:03");
        // Disputes go before machine verdicts.
        assertThat(quality.queue(QueueQuery.open(10)).getFirst().id()).isEqualTo(disputed.id());
        assertThat(store.audit().read(AuditQuery.latest(10).withActionPrefix("review.dispute")))
                .hasSize(2).allSatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo("A-2");
                    assertThat(entry.target()).isEqualTo("interaction:call-sure");
                });

        ReviewOutcome outcome = quality.review(disputed.id(), new ReviewSubmission("lead", Map.of("mini_miranda", Answer.YES),
                "agent is right", true));
        assertThat(outcome.closed()).isTrue();
        assertThat(outcome.finalLabel()).isNotEqualTo("auto_fail");
        assertThatThrownBy(() -> quality.dispute(new DisputeRequest("nope", null, "A-2", "x", List.of())))
                .hasMessageContaining("has no QA score");
    }
}
