package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchWriteTest {

    @TempDir
    Path dir;

    @Test
    void rewritingTheSameBatchChangesNothing() throws SQLException {
        IngestBatch batch = SampleData.syntheticBatch("r", 200, 6);
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(batch);
            StoreStats first = store.stats();
            long writes = count(store, "SELECT count(*) FROM batches");

            store.write(batch);
            store.write(batch);

            assertThat(store.stats()).isEqualTo(first);
            assertThat(first.interactions()).isEqualTo(200);
            assertThat(first.turns()).isEqualTo(1200);
            assertThat(store.indexedTurns()).isEqualTo(1200);
            // Unchanged interactions are not even rewritten.
            assertThat(count(store, "SELECT count(*) FROM batches")).isEqualTo(writes);
        }
    }

    @Test
    void changedInteractionReplacesItsTurnsEverywhere() {
        Interaction before = SampleData.simple("c-1", Channel.CHAT, SampleData.T0, null,
                "my parcel never arrived", "sorry to hear that", "it was a birthday gift");
        Interaction after = SampleData.simple("c-1", Channel.CHAT, SampleData.T0, null, "the refund came through");
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(before)));
            store.write(IngestBatch.ofInteractions(List.of(after)));

            assertThat(store.interaction("c-1")).contains(after);
            assertThat(store.stats().turns()).isEqualTo(1);
            assertThat(store.indexedTurns()).isEqualTo(1);
            assertThat(store.search(SearchRequest.of("parcel", 10)).totalHits()).isZero();
            assertThat(store.search(SearchRequest.of("refund", 10)).hits())
                    .singleElement().extracting(SearchHit::interactionId).isEqualTo("c-1");
        }
    }

    @Test
    void lastRecordWithAnIdWinsWithinABatch() {
        Interaction first = SampleData.simple("dup", Channel.SMS, SampleData.T0, null, "first version");
        Interaction last = SampleData.simple("dup", Channel.SMS, SampleData.T0, null, "last version", "reply");
        Customer firstCustomer = SampleData.customer("C-1", "old@example.com", null, null);
        Customer lastCustomer = SampleData.customer("C-1", "new@example.com", null, null);
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(new IngestBatch(List.of(first, last), List.of(firstCustomer, lastCustomer),
                    List.of(new Agent("A-1", "Old", null, null), new Agent("A-1", "New", null, null)), List.of()));

            assertThat(store.interaction("dup")).contains(last);
            assertThat(store.customer("C-1")).contains(lastCustomer);
            assertThat(store.agent("A-1").orElseThrow().name()).isEqualTo("New");
            assertThat(store.stats().interactions()).isEqualTo(1);
            assertThat(store.stats().turns()).isEqualTo(2);
            assertThat(store.indexedTurns()).isEqualTo(2);
            assertThat(store.journey("new@example.com").resolvedCustomerId()).contains("C-1");
            assertThat(store.journey("old@example.com").resolvedCustomerId()).isEmpty();
        }
    }

    @Test
    void desktopEventsAreUpsertedByTheirNaturalKey() {
        DesktopEvent event = new DesktopEvent("A-1", SampleData.T0, DesktopEventType.PROCESS_START, "CRM", "refund",
                null, null);
        DesktopEvent tagged = new DesktopEvent("A-1", SampleData.T0, DesktopEventType.PROCESS_START, "CRM", "refund",
                null, "c-9");
        DesktopEvent otherProcess = new DesktopEvent("A-1", SampleData.T0, DesktopEventType.PROCESS_START, "CRM",
                "address-change", null, null);
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(new IngestBatch(List.of(), List.of(), List.of(), List.of(event, otherProcess)));
            store.write(new IngestBatch(List.of(), List.of(), List.of(), List.of(tagged)));

            assertThat(store.desktopEvents("A-1")).containsExactlyInAnyOrder(tagged, otherProcess);
            assertThat(store.stats().desktopEvents()).isEqualTo(2);
        }
    }

    @Test
    void batchThatFailsHalfWayLeavesNothingOfIt() throws SQLException {
        IngestBatch batch = new IngestBatch(
                List.of(SampleData.fullCall("c-1"), SampleData.simple("c-2", Channel.CHAT, SampleData.T0,
                        new CustomerRef(null, "a@example.com", null, null), "late fee again")),
                List.of(SampleData.fullCustomer("C-42")),
                List.of(new Agent("A-7", null, null, null)),
                List.of(new DesktopEvent("A-7", SampleData.T0, DesktopEventType.APP_FOCUS, "CRM", null, null, null)));
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.failAt(Failpoints.AFTER_TURNS);

            assertThatThrownBy(() -> store.write(batch))
                    .isInstanceOf(TouchpointException.class)
                    .hasMessageContaining("nothing of it was stored");

            StoreStats stats = store.stats();
            assertThat(stats.interactions()).isZero();
            assertThat(stats.turns()).isZero();
            assertThat(stats.customers()).isZero();
            assertThat(stats.agents()).isZero();
            assertThat(stats.desktopEvents()).isZero();
            assertThat(count(store, "SELECT count(*) FROM customer_identities")).isZero();
            assertThat(count(store, "SELECT count(*) FROM customer_billing")).isZero();
            assertThat(count(store, "SELECT count(*) FROM batches")).isZero();
            assertThat(store.indexedTurns()).isZero();
            assertThat(store.search(SearchRequest.of("\"late fee\"", 10)).totalHits()).isZero();

            store.stopFailing();
            store.write(batch);

            assertThat(store.stats().interactions()).isEqualTo(2);
            assertThat(store.search(SearchRequest.of("\"late fee\"", 10)).totalHits()).isEqualTo(2);
            assertThat(store.indexedTurns()).isEqualTo(4);
        }
    }

    @Test
    void failedUpdateKeepsThePreviousVersionInDuckDbAndLucene() {
        Interaction v1 = SampleData.simple("c-1", Channel.EMAIL, SampleData.T0, null, "my invoice is wrong");
        Interaction v2 = SampleData.simple("c-1", Channel.EMAIL, SampleData.T0, null, "please cancel my contract");
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(v1)));
            store.failAt(Failpoints.BEFORE_COMMIT);

            assertThatThrownBy(() -> store.write(IngestBatch.ofInteractions(List.of(v2))))
                    .isInstanceOf(TouchpointException.class);

            assertThat(store.interaction("c-1")).contains(v1);
            assertThat(store.search(SearchRequest.of("invoice", 10)).totalHits()).isEqualTo(1);
            assertThat(store.search(SearchRequest.of("cancel", 10)).totalHits()).isZero();
            assertThat(store.indexedTurns()).isEqualTo(1);
        }
    }

    @Test
    void writesAreKeptWhenTheStoreIsOpenedAgain() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(SampleData.syntheticBatch("k", 50, 3));
        }
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThat(store.stats().interactions()).isEqualTo(50);
            assertThat(store.indexedTurns()).isEqualTo(150);
            store.write(SampleData.syntheticBatch("l", 10, 3));
            assertThat(store.stats().interactions()).isEqualTo(60);
            assertThat(store.search(SearchRequest.of("modem", 100)).totalHits()).isPositive();
        }
    }

    @Test
    void secondOpenOfTheSameFolderInOneProcessIsRefused() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThatThrownBy(() -> TouchpointStore.open(dir))
                    .isInstanceOfSatisfying(TouchpointException.class,
                            e -> assertThat(e.kind()).isEqualTo(TouchpointException.Kind.USER_ERROR))
                    .hasMessageContaining("already open");
            assertThat(store.stats().interactions()).isZero();
        }
    }

    @Test
    void closedStoreRefusesWork() {
        TouchpointStore store = TouchpointStore.open(dir);
        store.close();
        store.close();

        assertThatThrownBy(store::stats).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> store.write(SampleData.syntheticBatch("x", 1, 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void turnsKeepTheirOrderAndTimes() {
        Interaction chat = Interaction.builder("chat-7", Channel.CHAT, SampleData.T0)
                .turn(Turn.typed(Speaker.CUSTOMER, 0, 0, "first"))
                .turn(Turn.typed(Speaker.AGENT, 5_000, 9_000, "second"))
                .turn(Turn.typed(Speaker.CUSTOMER, 12_000, 12_000, "third"))
                .build();
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(chat)));

            assertThat(store.interaction("chat-7").orElseThrow().turns()).isEqualTo(chat.turns());
        }
    }

    static long count(TouchpointStore store, String sql) throws SQLException {
        try (Connection connection = store.duckdb();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
