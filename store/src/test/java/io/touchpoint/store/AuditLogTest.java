package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    @TempDir
    Path dir;

    @Test
    void entriesAreNumberedInOrderAndReadNewestFirst() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            AuditLog audit = store.audit();
            audit.append("ana", "interaction.read", "interaction:chat-1", null);
            audit.append("ben", "pii.unmask", "interaction:chat-1", "{\"turn\":2}");
            audit.append("ana", "review.confirm", "review:7", "ok");

            List<AuditEntry> all = audit.read(AuditQuery.latest(10));

            assertThat(all).extracting(AuditEntry::seq).containsExactly(3L, 2L, 1L);
            assertThat(all.get(1)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                    .containsExactly("ben", "pii.unmask", "{\"turn\":2}");
            assertThat(all.get(2).detail()).isEmpty();
            assertThat(audit.size()).isEqualTo(3);
        }
    }

    @Test
    void filtersByActorActionPrefixAndTarget() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            AuditLog audit = store.audit();
            audit.append("ana", "interaction.read", "interaction:chat-1", "");
            audit.append("ben", "pii.unmask", "interaction:chat-1", "");
            audit.append("ana", "pii.unmask", "interaction:call-2", "");

            assertThat(audit.read(AuditQuery.latest(10).byActor("ana"))).hasSize(2);
            assertThat(audit.read(AuditQuery.latest(10).withActionPrefix("pii.")))
                    .extracting(AuditEntry::actor).containsExactly("ana", "ben");
            assertThat(audit.read(AuditQuery.latest(10).onTarget("interaction:chat-1").byActor("ben")))
                    .singleElement().extracting(AuditEntry::action).isEqualTo("pii.unmask");
        }
    }

    @Test
    void survivesReopeningAndKeepsTheChainIntact() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.audit().append("ana", "user.create", "user:ben", "role=agent");
        }
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            AuditEntry second = store.audit().append("ana", "user.delete", "user:ben", "");
            assertThat(second.seq()).isEqualTo(2);
            assertThat(store.audit().verify()).isEmpty();
        }
    }

    @Test
    void verifyFindsAnEntryEditedBehindTheStoresBack() throws SQLException {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.audit().append("ana", "interaction.read", "interaction:a", "");
            store.audit().append("ben", "pii.unmask", "interaction:a", "");
            store.audit().append("ana", "interaction.read", "interaction:b", "");
        }
        try (Connection raw = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(TouchpointStore.DATABASE_FILE));
                Statement statement = raw.createStatement()) {
            statement.execute("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2");
        }
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThat(store.audit().verify()).hasValue(2);
        }
    }

    @Test
    void rejectsAnEntryWithoutActor() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThatThrownBy(() -> store.audit().append(" ", "interaction.read", "interaction:a", ""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
            assertThat(store.audit().size()).isZero();
        }
    }
}
