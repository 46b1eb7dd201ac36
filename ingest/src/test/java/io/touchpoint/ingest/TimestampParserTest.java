package io.touchpoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimestampParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2017-10-31T22:10:47Z|2017-10-31T22:10:47Z",
        "2017-11-01T00:10:47+02:00|2017-10-31T22:10:47Z",
        "2017-10-31 22:10:47+00:00|2017-10-31T22:10:47Z",
        "2017-10-31 14:10:47 -0800|2017-10-31T22:10:47Z",
        "Tue Oct 31 22:10:47 +0000 2017|2017-10-31T22:10:47Z",
        "2017-10-31 22:10:47|2017-10-31T22:10:47Z",
        "2017-10-31T22:10:47.250Z|2017-10-31T22:10:47.250Z"})
    void readsTheSpellingsExportsUse(String text, String expected) throws InvalidFieldException {
        assertThat(TimestampParser.parse("created_at", text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void namesTheFieldWhenItCannotRead() {
        assertThatThrownBy(() -> TimestampParser.parse("startedAt", "yesterday"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("'yesterday' is not an ISO-8601 instant such as 2026-03-02T14:05:11Z")
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("startedAt");
    }

    @Test
    void readsDates() throws InvalidFieldException {
        assertThat(TimestampParser.parseDate("contract_end", "2026-05-31")).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThatThrownBy(() -> TimestampParser.parseDate("contract_end", "31/05/2026"))
                .hasMessageContaining("is not an ISO-8601 date");
    }
}
