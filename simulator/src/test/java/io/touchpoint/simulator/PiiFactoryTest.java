package io.touchpoint.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PiiFactoryTest {

    @Test
    void cardNumbersPassTheLuhnCheckAndHaveRealLengths() {
        Dice dice = new Dice(11L);
        for (int i = 0; i < 2_000; i++) {
            String card = PiiFactory.cardNumber(dice);
            assertThat(PiiFactory.luhnValid(card)).as(card).isTrue();
            assertThat(card.length()).as(card).isIn(15, 16);
        }
    }

    @Test
    void luhnCheckAcceptsKnownTestCardAndRejectsAChangedDigit() {
        assertThat(PiiFactory.luhnValid("4111 1111 1111 1111")).isTrue();
        assertThat(PiiFactory.luhnValid("4111 1111 1111 1112")).isFalse();
        assertThat(PiiFactory.luhnValid("378282246310005")).isTrue();
    }

    @Test
    void orderIdsNeverPassForCardNumbers() {
        Dice dice = new Dice(5L);
        for (int i = 0; i < 2_000; i++) {
            String order = PiiFactory.orderId(dice);
            assertThat(order).hasSize(13).containsOnlyDigits();
            assertThat(PiiFactory.luhnValid(order)).as(order).isFalse();
        }
    }

    @Test
    void socialSecurityNumbersAvoidTheNeverIssuedRanges() {
        Dice dice = new Dice(9L);
        for (int i = 0; i < 5_000; i++) {
            String ssn = PiiFactory.ssn(dice);
            assertThat(ssn).matches("\\d{3}-\\d{2}-\\d{4}");
            int area = Integer.parseInt(ssn.substring(0, 3));
            assertThat(area).as(ssn).isBetween(1, 899).isNotEqualTo(666);
            assertThat(ssn.substring(4, 6)).isNotEqualTo("00");
            assertThat(ssn.substring(7)).isNotEqualTo("0000");
        }
    }

    @Test
    void spokenFormsReadDigitsOneByOne() {
        assertThat(Vocabulary.spokenDigits("4111 1111")).isEqualTo("four one one one, one one one one");
        assertThat(PiiFactory.spokenSsn("123-45-6789")).isEqualTo("one two three, four five, six seven eight nine");
        assertThat(PiiFactory.phoneAsText("+14135550147", 0)).isEqualTo("(413) 555-0147");
        assertThat(PiiFactory.spokenEmail("jane.doe@example.com")).isEqualTo("jane dot doe at example dot com");
    }

    @Test
    void datesOfBirthAreWrittenAndSpoken() {
        LocalDate date = LocalDate.of(1985, 3, 3);
        assertThat(PiiFactory.dateOfBirth(date, 0)).isEqualTo("March 3, 1985");
        assertThat(PiiFactory.dateOfBirth(date, 1)).isEqualTo("03/03/1985");
        assertThat(PiiFactory.dateOfBirth(date, 3)).isEqualTo("march third nineteen eighty five");
        assertThat(Vocabulary.yearWords(2003)).isEqualTo("two thousand three");
        assertThat(Vocabulary.yearWords(1907)).isEqualTo("nineteen oh seven");
    }

    @Test
    void amountsUseThousandsSeparatorsAndCents() {
        assertThat(PiiFactory.amount(1234.56)).isEqualTo("$1,234.56");
        assertThat(PiiFactory.amount(45)).isEqualTo("$45.00");
    }
}
