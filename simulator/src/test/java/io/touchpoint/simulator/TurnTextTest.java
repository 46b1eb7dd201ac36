package io.touchpoint.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TurnTextTest {

    @Test
    void recordsTheSpanOfEachPlantedValue() {
        TurnText text = new TurnText(String::toUpperCase);
        text.say("my card is").pii(GroundTruth.PiiType.CARD, "4111 1111 1111 1111", false).glue(".");

        assertThat(text.text()).isEqualTo("MY CARD IS 4111 1111 1111 1111.");
        Mark mark = text.marks().getFirst();
        assertThat(text.text().substring(mark.start(), mark.end())).isEqualTo("4111 1111 1111 1111");
        assertThat(mark.label()).isEqualTo("CARD");
    }

    @Test
    void styleAppliesToTemplateLiteralsButNeverToSlots() {
        TurnText text = new TurnText(literal -> literal.toLowerCase(Locale.ROOT));
        text.fill("Hi {first}, YOUR BILL IS {amount}.", Map.of(
                "first", Slot.pii(GroundTruth.PiiType.NAME, "Jane"),
                "amount", Slot.decoy(GroundTruth.DecoyType.AMOUNT, "$1,234.56")));

        assertThat(text.text()).isEqualTo("hi Jane, your bill is $1,234.56.");
        assertThat(text.marks()).extracting(Mark::text).containsExactly("Jane", "$1,234.56");
        text.marks().forEach(mark -> assertThat(text.text().substring(mark.start(), mark.end())).isEqualTo(mark.text()));
    }

    @Test
    void phraseTemplatesMarkTheWholePhraseAndTheSlotsInside() {
        TurnText text = new TurnText(String::toUpperCase);
        text.say("Well.");
        text.fillPhrase("praise", "Thanks a lot, {agent}!", Map.of("agent", Slot.pii(GroundTruth.PiiType.NAME, "Sam")));

        assertThat(text.text()).isEqualTo("WELL. Thanks a lot, Sam!");
        assertThat(text.marks()).hasSize(2);
        Mark phrase = text.marks().stream().filter(mark -> mark.kind() == Mark.Kind.PHRASE).findFirst().orElseThrow();
        assertThat(phrase.text()).isEqualTo("Thanks a lot, Sam!");
        assertThat(phrase.start()).isEqualTo(6);
    }

    @Test
    void rejectsTemplateSlotWithoutValue() {
        TurnText text = new TurnText(literal -> literal);
        assertThatThrownBy(() -> text.fill("Hello {nobody}", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{nobody}");
    }
}
