package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import io.touchpoint.core.model.Speaker;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyTest {

    @TempDir
    Path dir;

    private static Instant at(int hour) {
        return Instant.parse("2026-03-01T00:00:00Z").plusSeconds(hour * 3600L);
    }

    private static IngestBatch interactions(Interaction... interactions) {
        return IngestBatch.ofInteractions(List.of(interactions));
    }

    private static IngestBatch customers(Customer... customers) {
        return new IngestBatch(List.of(), List.of(customers), List.of(), List.of());
    }

    @Test
    void journeyListsEveryChannelInTimeOrder() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(interactions(
                    SampleData.simple("email-1", Channel.EMAIL, at(5), CustomerRef.ofId("C-1"), "still no refund"),
                    SampleData.simple("call-1", Channel.VOICE, at(1), CustomerRef.ofId("C-1"), "where is my refund"),
                    SampleData.simple("other", Channel.VOICE, at(2), CustomerRef.ofId("C-2"), "not mine")));
            store.write(interactions(
                    SampleData.simple("chat-1", Channel.CHAT, at(3), CustomerRef.ofId("C-1"), "any news on the refund")));

            Journey journey = store.journey("C-1");

            assertThat(journey.resolvedCustomerId()).contains("C-1");
            assertThat(journey.customer()).isEmpty();
            assertThat(journey.interactions()).extracting(InteractionSummary::id)
                    .containsExactly("call-1", "chat-1", "email-1");
            assertThat(journey.interactions()).extracting(InteractionSummary::channel)
                    .containsExactly(Channel.VOICE, Channel.CHAT, Channel.EMAIL);
        }
    }

    @Test
    void customerLinkedOnlyByEmailPhoneOrHandleIsFoundByAnyOfThem() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(customers(SampleData.customer("C-1", "Alice@Example.com", "+15551234567", "@alice")));
            store.write(interactions(
                    SampleData.simple("email-1", Channel.EMAIL, at(1),
                            new CustomerRef(null, "alice@example.com", null, null), "hello by mail"),
                    SampleData.simple("sms-1", Channel.SMS, at(2),
                            new CustomerRef(null, null, "+15551234567", null), "hello by text"),
                    SampleData.simple("tweet-1", Channel.SOCIAL, at(3),
                            new CustomerRef(null, null, null, "@alice"), "hello by tweet"),
                    SampleData.simple("stranger", Channel.SMS, at(4),
                            new CustomerRef(null, null, "+15550000000", null), "who am I")));

            for (String key : List.of("C-1", "ALICE@example.COM", "+15551234567", "@alice", " C-1 ")) {
                Journey journey = store.journey(key);
                assertThat(journey.resolvedCustomerId()).as(key).contains("C-1");
                assertThat(journey.customer()).as(key).map(Customer::id).contains("C-1");
                assertThat(journey.interactions()).as(key).extracting(InteractionSummary::id)
                        .containsExactly("email-1", "sms-1", "tweet-1");
            }
        }
    }

    @Test
    void customersFileWrittenAfterTheInteractionsStillLinksThem() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(interactions(
                    SampleData.simple("chat-1", Channel.CHAT, at(1), new CustomerRef(null, "bob@example.com", null, null),
                            "my router is broken"),
                    SampleData.simple("call-1", Channel.VOICE, at(2), new CustomerRef(null, null, "+4930123456", null),
                            "calling about the router")));
            assertThat(store.journey("C-7").interactions()).isEmpty();

            store.write(customers(SampleData.customer("C-7", "bob@example.com", "+4930123456", null)));

            assertThat(store.journey("C-7").interactions()).extracting(InteractionSummary::id)
                    .containsExactly("chat-1", "call-1");
        }
    }

    @Test
    void crmRecordThatChangesAnEmailMovesTheInteractionsLinkedByIt() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(customers(SampleData.customer("C-1", "shared@example.com", null, null)));
            store.write(interactions(
                    SampleData.simple("mail-1", Channel.EMAIL, at(1), new CustomerRef(null, "shared@example.com", null,
                            null), "about my bill"),
                    SampleData.simple("other", Channel.EMAIL, at(2), new CustomerRef(null, "else@example.com", null,
                            null), "unrelated")));
            assertThat(store.journey("C-1").interactions()).extracting(InteractionSummary::id).containsExactly("mail-1");

            // C-1 moves to a new address; the old one now belongs to C-2 (written in a later batch).
            store.write(customers(SampleData.customer("C-1", "new@example.com", null, null)));
            assertThat(store.journey("C-1").interactions()).isEmpty();
            store.write(customers(SampleData.customer("C-2", "shared@example.com", null, null)));

            assertThat(store.journey("C-2").interactions()).extracting(InteractionSummary::id).containsExactly("mail-1");
            assertThat(store.journey("C-1").interactions()).isEmpty();
            assertThat(store.journey("else@example.com").resolvedCustomerId()).isEmpty();
        }
    }

    @Test
    void interactionThatNamesIdAndEmailTeachesTheLinkToOthers() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(interactions(SampleData.simple("web-1", Channel.WEBFORM, at(3),
                    new CustomerRef(null, "carol@example.com", null, null), "form without an id")));
            store.write(interactions(SampleData.simple("call-1", Channel.VOICE, at(1),
                    new CustomerRef("C-9", "carol@example.com", null, null), "call with id and email")));
            store.write(interactions(SampleData.simple("mail-1", Channel.EMAIL, at(2),
                    new CustomerRef(null, "Carol@Example.com", null, null), "mail after the call")));

            Journey journey = store.journey("carol@example.com");

            assertThat(journey.resolvedCustomerId()).contains("C-9");
            assertThat(journey.interactions()).extracting(InteractionSummary::id)
                    .containsExactly("call-1", "mail-1", "web-1");
        }
    }

    @Test
    void customerIdGivenByTheSourceWinsOverAnotherCustomersEmail() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(customers(SampleData.customer("C-1", "one@example.com", null, null),
                    SampleData.customer("C-2", "two@example.com", null, null)));
            store.write(interactions(SampleData.simple("x", Channel.EMAIL, at(1),
                    new CustomerRef("C-1", "two@example.com", null, null), "mixed up")));

            assertThat(store.journey("C-1").interactions()).extracting(InteractionSummary::id).containsExactly("x");
            assertThat(store.journey("C-2").interactions()).isEmpty();
        }
    }

    @Test
    void keyOfNoCustomerListsTheInteractionsCarryingIt() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(interactions(
                    SampleData.simple("sms-2", Channel.SMS, at(2), new CustomerRef(null, null, "+15559999999", null),
                            "second text"),
                    SampleData.simple("sms-1", Channel.SMS, at(1), new CustomerRef(null, null, "+15559999999", null),
                            "first text")));

            Journey journey = store.journey("+15559999999");

            assertThat(journey.resolvedCustomerId()).isEmpty();
            assertThat(journey.customer()).isEmpty();
            assertThat(journey.interactions()).extracting(InteractionSummary::id).containsExactly("sms-1", "sms-2");
            assertThat(store.journey("+15550000000").interactions()).isEmpty();
        }
    }

    @Test
    void summaryPreviewsTheCustomersFirstWords() {
        String longText = "I have been trying to reach someone about the charges on my account for three weeks now "
                + "and nobody ever calls me back";
        Interaction call = Interaction.builder("call-1", Channel.VOICE, at(1))
                .customer(CustomerRef.ofId("C-1"))
                .agentId("A-3")
                .queue("billing")
                .endedAt(at(2))
                .turn(Turn.typed(Speaker.AGENT, 0, 10,
                        "Thanks for calling"))
                .turn(Turn.typed(Speaker.CUSTOMER, 20, 30, longText))
                .build();
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(interactions(call));

            InteractionSummary summary = store.journey("C-1").interactions().getFirst();

            assertThat(summary.preview()).startsWith("I have been trying to reach someone").endsWith("…");
            assertThat(summary.preview().length()).isLessThanOrEqualTo(InteractionSummary.PREVIEW_LENGTH + 1);
            assertThat(summary.turns()).isEqualTo(2);
            assertThat(summary.agentId()).isEqualTo("A-3");
            assertThat(summary.queue()).isEqualTo("billing");
            assertThat(summary.endedAt()).isEqualTo(at(2));
        }
    }
}
