package io.touchpoint.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Reads the timestamp spellings that exports actually contain into an {@link Instant}:
 *
 * <ul>
 *   <li>ISO-8601 instants and offset date-times: {@code 2026-03-02T14:05:11Z}, {@code 2026-03-02T15:05:11+01:00}</li>
 *   <li>the same with a space for the {@code T}: {@code 2017-10-29 06:16:40+00:00} (pandas, Excel exports)</li>
 *   <li>a space-separated numeric offset: {@code 2015-02-24 11:35:52 -0800}</li>
 *   <li>Twitter's API format: {@code Tue Oct 31 22:10:47 +0000 2017}</li>
 *   <li>a date-time without offset ({@code 2026-03-02 14:05:11}), read as UTC</li>
 * </ul>
 */
public final class TimestampParser {

    private static final DateTimeFormatter SPACED_OFFSET = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral(' ')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendLiteral(' ')
            .appendOffset("+HHMM", "Z")
            .toFormatter(Locale.ROOT);

    private static final DateTimeFormatter TWITTER = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("EEE MMM dd HH:mm:ss ")
            .appendOffset("+HHMM", "+0000")
            .appendLiteral(' ')
            .appendValue(ChronoField.YEAR, 4)
            .toFormatter(Locale.ENGLISH);

    private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, SPACED_OFFSET, TWITTER);

    private TimestampParser() {
    }

    /**
     * Parses {@code text}, naming {@code field} when it cannot.
     *
     * @throws InvalidFieldException "'yesterday' is not an ISO-8601 instant such as 2026-03-02T14:05:11Z"
     */
    public static Instant parse(String field, String text) throws InvalidFieldException {
        String value = text == null ? "" : text.strip();
        if (!value.isEmpty()) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException ignored) {
                // try the other spellings below
            }
            String isoLike = value.length() > 10 && value.charAt(10) == ' ' && value.indexOf(' ', 11) < 0
                    ? value.substring(0, 10) + 'T' + value.substring(11) : value;
            for (DateTimeFormatter formatter : WITH_OFFSET) {
                try {
                    return OffsetDateTime.parse(formatter == DateTimeFormatter.ISO_OFFSET_DATE_TIME ? isoLike : value,
                            formatter).toInstant();
                } catch (DateTimeParseException ignored) {
                    // next spelling
                }
            }
            try {
                return ZonedDateTime.parse(isoLike).toInstant();
            } catch (DateTimeParseException ignored) {
                // next spelling
            }
            try {
                return LocalDateTime.parse(isoLike).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // fall through to the error
            }
        }
        throw new InvalidFieldException(field, "'" + value + "' is not an ISO-8601 instant such as 2026-03-02T14:05:11Z");
    }

    /** Parses an ISO date ({@code 2026-05-31}), or a date-time of which only the date is kept. */
    public static LocalDate parseDate(String field, String text) throws InvalidFieldException {
        String value = text == null ? "" : text.strip();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            if (value.length() > 10) {
                try {
                    return parse(field, value).atOffset(ZoneOffset.UTC).toLocalDate();
                } catch (InvalidFieldException ignored) {
                    // report as a date below
                }
            }
            throw new InvalidFieldException(field, "'" + value + "' is not an ISO-8601 date such as 2026-05-31");
        }
    }
}
