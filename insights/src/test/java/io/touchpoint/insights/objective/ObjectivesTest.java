package io.touchpoint.insights.objective;

import static io.touchpoint.insights.HandMadeStore.category;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Channel;
import io.touchpoint.insights.HandMadeStore;
import io.touchpoint.store.AuditEntry;
import io.touchpoint.store.AuditQuery;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four weeks before and after 2026-03-30, two voice calls a day per category: late-fee calls drop from ~315 s to
 * ~255 s, Wi-Fi calls stay the same, upgrade calls get 60 s slower.
 */
class ObjectivesTest {

    private static final LocalDate CHANGE = LocalDate.parse("2026-03-30");

    @TempDir
    static Path folder;

    static TouchpointStore store;

    @BeforeAll
    static void writeStore() {
        HandMadeStore data = new HandMadeStore();
        Instant first = CHANGE.minusDays(28).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        for (int day = 0; day < 56; day++) {
            boolean after = day >= 28;
            for (int call = 0; call < 2; call++) {
                Instant start = first.plus(Duration.ofDays(day)).plus(Duration.ofHours(call * 3));
                int wobble = ((day * 2 + call) % 7) * 5;
                data.add("late-" + day + "-" + call, Channel.VOICE, "billing", "cl" + day + call, start,
                        (after ? 240 : 300) + wobble, "late fee", category("Billing/Late fee"));
                data.add("wifi-" + day + "-" + call, Channel.VOICE, "tech", "cw" + day + call, start,
                        200 + wobble, "wifi", category("Tech/Wifi"));
                data.add("up-" + day + "-" + call, Channel.VOICE, "sales", "cu" + day + call, start,
                        (after ? 260 : 200) + wobble, "upgrade", category("Sales/Upgrade"));
            }
        }
        store = data.write(folder.resolve("data"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void savesAnObjectiveAsProposedAndAuditsEveryChange() {
        Objectives objectives = new Objectives(store);
        Objective objective = objectives.add("Late-fee FAQ", ObjectiveMetric.AHT_S, 250, "Billing/Late fee", "ops-lead", "alice");
        assertThat(objective.status()).isEqualTo(ObjectiveStatus.PROPOSED);
        assertThat(objective.id()).startsWith("obj-");
        objectives.setStatus(objective.id(), ObjectiveStatus.APPROVED, "bob");
        Objective moved = objectives.setStatus(objective.id(), ObjectiveStatus.IN_PROGRESS, "bob");
        assertThat(moved.status()).isEqualTo(ObjectiveStatus.IN_PROGRESS);
        assertThat(objectives.list()).extracting(Objective::id).contains(objective.id());

        List<AuditEntry> entries = store.audit().read(new AuditQuery(null, "objective.", "objective:" + objective.id(),
                null, null, 100));
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("objective.add", "objective.status", "objective.status");
        assertThat(entries).extracting(AuditEntry::detail).contains("proposed -> approved", "approved -> in_progress");
        assertThat(store.audit().verify()).isEmpty();
    }

    @Test
    void measuresAnAchievedObjectiveAfterItsChangeAndStoresTheResult() {
        Objectives objectives = new Objectives(store);
        Objective objective = objectives.add("Late-fee FAQ", ObjectiveMetric.AHT_S, 260, "Billing/Late fee", "ops-lead", "alice");
        Measurement measurement = objectives.measure(objective.id(), CHANGE, 28, "alice");
        assertThat(measurement.before().count()).isEqualTo(56);
        assertThat(measurement.after().count()).isEqualTo(56);
        assertThat(measurement.delta()).isCloseTo(-60, within(1e-9));
        assertThat(measurement.welchP()).isLessThan(1e-6);
        assertThat(measurement.mannWhitneyP()).isLessThan(1e-6);
        assertThat(measurement.targetMet()).isTrue();
        assertThat(measurement.verdict()).isEqualTo("achieved");
        assertThat(measurement.after().exampleIds()).first().asString().startsWith("late-55");

        Objective stored = objectives.get(objective.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ObjectiveStatus.MEASURED);
        assertThat(stored.changeDate()).isEqualTo(CHANGE);
        assertThat(stored.lastMeasurement()).isEqualTo(measurement);
    }

    @Test
    void tellsImprovedFromAchievedAndNoChangeFromWorse() {
        Objectives objectives = new Objectives(store);
        String ambitious = objectives.add("Late fee to 200 s", ObjectiveMetric.AHT_S, 200, "Billing", "ops", "a").id();
        assertThat(objectives.measure(ambitious, CHANGE, 28, "a").verdict()).isEqualTo("improved");
        String flat = objectives.add("Wi-Fi guide", ObjectiveMetric.AHT_S, 150, "Tech/Wifi", "ops", "a").id();
        Measurement unchanged = objectives.measure(flat, CHANGE, 28, "a");
        assertThat(unchanged.verdict()).isEqualTo("no_significant_change");
        assertThat(unchanged.welchP()).isGreaterThan(0.05);
        String slower = objectives.add("Upgrade script", ObjectiveMetric.AHT_S, 180, "Sales/Upgrade", "ops", "a").id();
        assertThat(objectives.measure(slower, CHANGE, 28, "a").verdict()).isEqualTo("worse");
    }

    @Test
    void refusesToMeasureWithoutAChangeDateAndRejectsUnknownNames() {
        Objectives objectives = new Objectives(store);
        String id = objectives.add("No date yet", ObjectiveMetric.FCR_RATE, 0.8, null, "ops", "a").id();
        assertThatThrownBy(() -> objectives.measure(id, null, 28, "a"))
                .isInstanceOf(TouchpointException.class).hasMessageContaining("has no change date");
        assertThatThrownBy(() -> objectives.setStatus("obj-999", ObjectiveStatus.APPROVED, "a"))
                .isInstanceOf(TouchpointException.class).hasMessageContaining("no objective 'obj-999'");
        assertThatThrownBy(() -> ObjectiveStatus.parse("done"))
                .hasMessageContaining("allowed: proposed, approved, in_progress, measured");
        assertThatThrownBy(() -> ObjectiveMetric.parse("speed")).hasMessageContaining("aht_s");
        assertThatThrownBy(() -> objectives.add(" ", ObjectiveMetric.AHT_S, 1, null, "ops", "a"))
                .hasMessageContaining("name is blank");
    }
}
