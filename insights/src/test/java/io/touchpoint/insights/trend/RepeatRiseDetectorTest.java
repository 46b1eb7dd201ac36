package io.touchpoint.insights.trend;

import static io.touchpoint.insights.HandMadeStore.category;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.core.model.Channel;
import io.touchpoint.insights.HandMadeStore;
import io.touchpoint.insights.SimulatedAnalyzedStore;
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
 * Ten weeks from Monday 2026-01-05, 40 first contacts a week per reason. Late-fee customers come back two days later
 * for 2 of the 40 in weeks 1-6 and for 16 of the 40 in weeks 7-9 (the fix stopped working); Wi-Fi customers come
 * back for 4 of the 40 every week.
 */
class RepeatRiseDetectorTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    static Path folder;

    static TouchpointStore store;

    @BeforeAll
    static void writeStore() {
        HandMadeStore data = new HandMadeStore();
        for (int week = 0; week < 10; week++) {
            for (int i = 0; i < 40; i++) {
                Instant start = MONDAY.plus(Duration.ofDays(7L * week + i % 5)).plus(Duration.ofMinutes(i));
                add(data, "late", week, i, start, "Billing/Late fee", i < (week >= 6 ? 16 : 2));
                add(data, "wifi", week, i, start, "Tech/Wifi", i < 4);
            }
        }
        store = data.write(folder.resolve("data"));
    }

    private static void add(HandMadeStore data, String prefix, int week, int i, Instant start, String reason,
                            boolean comesBack) {
        String customer = prefix + "-c-" + week + "-" + i;
        data.add(prefix + "-" + week + "-" + i, Channel.VOICE, "q", customer, start, 120, "words", category(reason));
        if (comesBack) {
            data.add(prefix + "-" + week + "-" + i + "-again", Channel.CHAT, "q", customer,
                    start.plus(Duration.ofDays(2)), 120, "words", category(reason));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void alertsOnTheReasonWhoseRepeatRateRoseAndOnlyThatOne() {
        List<RepeatRise> alerts = RepeatRiseDetector.detect(store, RepeatRiseDetector.Settings.defaults());
        assertThat(alerts).extracting(RepeatRise::reason).containsExactly("Billing/Late fee");
        RepeatRise late = alerts.getFirst();
        assertThat(late.recentFrom()).isEqualTo(LocalDate.parse("2026-02-16"));
        assertThat(late.baselineContacts()).isEqualTo(6 * 42);
        assertThat(late.baselineRate()).isCloseTo(2 / 42.0, within(1e-12));
        assertThat(late.recentRate()).isCloseTo(16 / 56.0, within(1e-12));
        assertThat(late.pValue()).isLessThan(1e-6);
        assertThat(late.weekly()).hasSize(9);
        assertThat(late.exampleIds()).hasSize(10).allMatch(id -> id.startsWith("late-8-") || id.startsWith("late-7-"));
    }

    @Test
    void raisesNoAlertOnTheSimulatorWhoseRepeatContactsDoNotRise() throws Exception {
        // The simulator plants follow-up contacts at one steady rate over the whole period.
        SimulatedAnalyzedStore simulated = SimulatedAnalyzedStore.shared(3000, 5, true);
        assertThat(RepeatRiseDetector.detect(simulated.store(), RepeatRiseDetector.Settings.defaults())).isEmpty();
    }
}
