package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void interactionComesBackWithEveryField() {
        Interaction call = SampleData.fullCall("c-000123");
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(call)));

            Interaction read = store.interaction("c-000123").orElseThrow();

            assertThat(read).isEqualTo(call);
            // Spelled out, so a failure says which field broke.
            assertThat(read.startedAt()).isEqualTo(SampleData.T0);
            assertThat(read.audio().channels()).isEqualTo(Map.of(0, Speaker.AGENT, 1, Speaker.CUSTOMER));
            assertThat(read.turns()).extracting(Turn::confidence).containsExactly(0.93, 0.87, 1.0);
            assertThat(read.outcome().sale()).isNull();
            assertThat(read.attributes()).containsEntry("note", "quote \" and ünïcode");
        }
    }

    @Test
    void interactionWithOnlyRequiredFieldsComesBackWithNulls() {
        Interaction bare = Interaction.builder("bare-1", Channel.WEBFORM, SampleData.T0).build();
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(bare)));

            Interaction read = store.interaction("bare-1").orElseThrow();

            assertThat(read).isEqualTo(bare);
            assertThat(read.endedAt()).isNull();
            assertThat(read.audio()).isNull();
            assertThat(read.customer().isUnknown()).isTrue();
            assertThat(read.turns()).isEmpty();
        }
    }

    @Test
    void unknownIdsAreEmptyNotErrors() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThat(store.interaction("nope")).isEmpty();
            assertThat(store.customer("nope")).isEmpty();
            assertThat(store.agent("nope")).isEmpty();
            assertThat(store.desktopEvents("nope")).isEmpty();
            assertThat(store.findings("nope")).isEmpty();
        }
    }

    @Test
    void severalInteractionsAreReadInTheOrderAsked() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(SampleData.syntheticBatch("s", 30, 4));
            store.write(SampleData.syntheticBatch("t", 30, 2));

            List<Interaction> read = store.interactions(List.of("t-3", "missing", "s-29", "s-0"));

            assertThat(read).extracting(Interaction::id).containsExactly("t-3", "s-29", "s-0");
            assertThat(read.get(0).turns()).hasSize(2);
            assertThat(read.get(1).turns()).hasSize(4);
        }
    }

    @Test
    void customerComesBackWithEveryFieldAndBillingInMonthOrder() {
        Customer customer = SampleData.fullCustomer("C-42");
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(new IngestBatch(List.of(), List.of(customer), List.of(), List.of()));

            Customer read = store.customer("C-42").orElseThrow();

            assertThat(read).isEqualTo(customer);
            assertThat(read.contractEnd()).isEqualTo(customer.contractEnd());
            assertThat(read.billing()).isEqualTo(customer.billing());
            assertThat(read.churnDate()).isNull();
        }
    }

    @Test
    void agentsAndDesktopEventsComeBackWithEveryField() {
        Agent agent = new Agent("A-7", "Sam Agent", "billing-team", "senior");
        DesktopEvent focus = new DesktopEvent("A-7", SampleData.T0, DesktopEventType.APP_FOCUS, "CRM", null, null,
                "c-000123");
        DesktopEvent start = new DesktopEvent("A-7", SampleData.T0.plusMillis(1500), DesktopEventType.PROCESS_START,
                "Billing", "refund", null, null);
        DesktopEvent url = new DesktopEvent("A-7", SampleData.T0.plusSeconds(3), DesktopEventType.URL, null, null,
                "https://crm.example.com/account/42?tab=bills", "c-000123");
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(new IngestBatch(List.of(), List.of(), List.of(agent), List.of(url, focus, start)));

            assertThat(store.agent("A-7")).contains(agent);
            assertThat(store.desktopEvents("A-7")).containsExactly(focus, start, url);
        }
    }

    @Test
    void statsCountEveryKindOfRecord() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(new IngestBatch(
                    List.of(SampleData.fullCall("c-1"),
                            SampleData.simple("chat-1", Channel.CHAT, SampleData.T0.minusSeconds(60),
                                    null, "hello", "hi there")),
                    List.of(SampleData.fullCustomer("C-42")),
                    List.of(new Agent("A-7", null, null, null)),
                    List.of(new DesktopEvent("A-7", SampleData.T0, DesktopEventType.APP_FOCUS, "CRM", null, null,
                            null))));

            StoreStats stats = store.stats();

            assertThat(stats.interactions()).isEqualTo(2);
            assertThat(stats.byChannel()).isEqualTo(Map.of(Channel.VOICE, 1L, Channel.CHAT, 1L));
            assertThat(stats.firstStartedAt()).contains(SampleData.T0.minusSeconds(60));
            assertThat(stats.lastStartedAt()).contains(SampleData.T0);
            assertThat(stats.turns()).isEqualTo(5);
            assertThat(stats.customers()).isEqualTo(1);
            assertThat(stats.agents()).isEqualTo(1);
            assertThat(stats.desktopEvents()).isEqualTo(1);
            assertThat(stats.findings()).isZero();
            assertThat(store.indexedTurns()).isEqualTo(5);
        }
    }

    @Test
    void emptyStoreHasNoTimeRange() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            StoreStats stats = store.stats();

            assertThat(stats.interactions()).isZero();
            assertThat(stats.firstStartedAt()).isEqualTo(Optional.empty());
            assertThat(stats.byChannel()).isEmpty();
        }
    }
}
