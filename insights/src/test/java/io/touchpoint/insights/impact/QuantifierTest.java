package io.touchpoint.insights.impact;

import static io.touchpoint.insights.HandMadeStore.category;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Channel;
import io.touchpoint.insights.HandMadeStore;
import io.touchpoint.insights.process.CostModel;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Effects worked out on paper, over ten days (a year is 36.5 periods):
 *
 * <pre>
 * queue slow, voice: 10 x Slow/X at 600..609 s, 10 x Slow/Z at 600..609 s  (X costs nothing against its queue)
 * queue fast, voice: 10 x Fast/Y at 180..189 s, 10 x Fast/W at 120..129 s  (Y is 60 s slower than its queue)
 * queue fast, email: 1 x Fast/Y lasting three days                          (counts, but is no handle time)
 * </pre>
 *
 * A raw comparison would call X 300 s slower than the rest; within its queue it is not.
 */
class QuantifierTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final CostModel COST = CostModel.defaults().withCostPerAgentMinute(2.0);

    @TempDir
    static Path folder;

    static TouchpointStore store;

    @BeforeAll
    static void writeStore() {
        HandMadeStore data = new HandMadeStore();
        for (int i = 0; i < 10; i++) {
            Instant day = START.plus(Duration.ofDays(i));
            data.add("x" + i, Channel.VOICE, "slow", "cx" + i, day, 600 + i, "words", category("Slow/X"));
            data.add("z" + i, Channel.VOICE, "slow", "cz" + i, day, 600 + i, "words", category("Slow/Z"));
            data.add("y" + i, Channel.VOICE, "fast", "cy" + i, day, 180 + i, "words", category("Fast/Y"));
            data.add("w" + i, Channel.VOICE, "fast", "cw" + i, day, 120 + i, "words", category("Fast/W"));
        }
        data.add("mail", Channel.EMAIL, "fast", "cm", START.plus(Duration.ofDays(2)), 3 * 86_400, "words",
                category("Fast/Y"));
        store = data.write(folder.resolve("data"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void comparesWithinQueueAndChannelSoThatAQueuesSlownessIsNotBlamedOnItsCategories() {
        Quantification result = Quantifier.quantify(store, COST, QuantifySettings.defaults());
        CategoryImpact x = result.impact("category", "Slow/X").orElseThrow();
        assertThat(x.handleTime().delta()).isCloseTo(0, within(1e-9));
        assertThat(x.handleTime().pValue()).isEqualTo(1.0);
        assertThat(x.yearlyCost()).isZero();
        assertThat(x.meanHandleSeconds()).isCloseTo(604.5, within(1e-9));
    }

    @Test
    void turnsAHandleTimeEffectIntoMoneyAndFullTimeEquivalentsPerYear() {
        Quantification result = Quantifier.quantify(store, COST, QuantifySettings.defaults());
        assertThat(result.observedDays()).isEqualTo(10);
        assertThat(result.interactions()).isEqualTo(41);
        CategoryImpact y = result.impact("category", "Fast/Y").orElseThrow();
        assertThat(y.count()).isEqualTo(11);
        assertThat(y.share()).isCloseTo(11 / 41.0, within(1e-9));
        assertThat(y.yearlyVolume()).isCloseTo(11 * 36.5, within(1e-9));
        Effect handle = y.handleTime();
        assertThat(handle.withMean()).isCloseTo(184.5, within(1e-9));
        assertThat(handle.withoutMean()).isCloseTo(124.5, within(1e-9));
        assertThat(handle.delta()).isCloseTo(60, within(1e-9));
        assertThat(handle.comparedCount()).isEqualTo(10);
        assertThat(handle.pValue()).isLessThan(1e-6);
        // 60 s x 10 voice contacts x 36.5 = 365 minutes a year, at 2.00 a minute; 100,000 minutes per FTE.
        assertThat(y.excessMinutesPerYear()).isCloseTo(365, within(1e-6));
        assertThat(y.yearlyCost()).isCloseTo(730, within(1e-6));
        assertThat(y.fullTimeEquivalents()).isCloseTo(0.00365, within(1e-9));
        assertThat(y.interactionIds()).hasSize(11).startsWith("y9");
        assertThat(result.impacts().getFirst().name()).isEqualTo("Fast/Y");
    }

    @Test
    void leavesAnEffectOutWhenNoStratumHasInteractionsWithoutTheFeature() {
        Quantification result = Quantifier.quantify(store, COST, QuantifySettings.defaults());
        CategoryImpact slow = result.impact("category", "Slow").orElseThrow();
        assertThat(slow.count()).isEqualTo(20);
        assertThat(slow.handleTime()).isNull();
        assertThat(slow.sentiment()).isNull();
    }

    @Test
    void valuesShrinkingACategorysHandleTimeCappedAtEachInteractionsDuration() {
        WhatIfResult result = WhatIf.shrinkHandleTime(store, COST, QuantifySettings.defaults(), "Fast/Y", 30);
        assertThat(result.interactions()).isEqualTo(10);
        assertThat(result.minutesPerYear()).isCloseTo(10 * 36.5 * 30 / 60.0, within(1e-6));
        assertThat(result.moneyPerYear()).isCloseTo(365, within(1e-6));
        WhatIfResult topLevel = WhatIf.shrinkHandleTime(store, COST, QuantifySettings.defaults(), "fast", 30);
        assertThat(topLevel.interactions()).isEqualTo(20);
        WhatIfResult capped = WhatIf.shrinkHandleTime(store, COST, QuantifySettings.defaults(), "Fast/W", 1000);
        assertThat(capped.effectiveSeconds()).isCloseTo(124.5, within(1e-9));
    }

    @Test
    void rejectsAnUnknownCategoryNamingTheKnownOnes() {
        assertThatThrownBy(() -> WhatIf.shrinkHandleTime(store, COST, QuantifySettings.defaults(), "Billing", 30))
                .isInstanceOf(TouchpointException.class)
                .hasMessageContaining("'Billing'").hasMessageContaining("Fast/W, Fast/Y, Slow/X, Slow/Z");
    }
}
