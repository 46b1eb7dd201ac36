package io.touchpoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.CustomerRef;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void normalisesANationalNumberWithTheDefaultRegion() {
        assertThat(PhoneNumbers.toE164("(555) 123-4567", "US")).contains("+15551234567");
    }

    @Test
    void keepsTheCountryCodeOfAnInternationalNumber() {
        assertThat(PhoneNumbers.toE164("+44 20 7946 0958", "US")).contains("+442079460958");
        assertThat(PhoneNumbers.toE164("020 7946 0958", "GB")).contains("+442079460958");
    }

    @Test
    void acceptsPossibleButUnassignedTestNumbers() {
        assertThat(PhoneNumbers.toE164("+1 555 010 0199", "DE")).contains("+15550100199");
    }

    @Test
    void returnsEmptyForTextThatIsNotAPhoneNumber() {
        assertThat(PhoneNumbers.toE164("ask at reception", "US")).isEmpty();
        assertThat(PhoneNumbers.toE164("12", "US")).isEmpty();
        assertThat(PhoneNumbers.toE164("  ", "US")).isEmpty();
    }

    @Test
    void normaliseKeepsAnUnreadableValueTrimmed() {
        assertThat(PhoneNumbers.normalise(" ext. 12 ", "US")).isEqualTo("ext. 12");
        assertThat(PhoneNumbers.normalise(new CustomerRef("C-1", null, "555.123.4567", null), "US").phone())
                .isEqualTo("+15551234567");
    }
}
