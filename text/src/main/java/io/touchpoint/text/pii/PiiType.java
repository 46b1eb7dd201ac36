package io.touchpoint.text.pii;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of personal data the redactor finds. The finding name is the constant name. */
public enum PiiType {
    /** Payment card number, 13-19 digits passing the Luhn check, written or spoken. */
    CARD,
    /** US Social Security number, 3-2-4 digits, written or spoken. */
    SSN,
    /** Telephone number: North American formats, +country formats, spoken digits. */
    PHONE,
    /** E-mail address, written or spoken ("maria dot lopez at example dot com"). */
    EMAIL,
    /** International bank account number with a valid mod-97 checksum. */
    IBAN,
    /** Bank or customer account number: digits introduced as an account or routing number. */
    ACCOUNT,
    /** Date of birth: a date introduced as one, or answering a question for one. */
    DOB,
    /** Street address: number, street name and suffix, optional unit, city, state and ZIP. */
    ADDRESS,
    /** Person name introduced as one ("my name is", "may I speak with", "Mr. ..."). */
    NAME;

    /** The text that replaces a redacted span: {@code [CARD]}. */
    public String placeholder() {
        return "[" + name() + "]";
    }

    public static PiiType parse(String value) {
        if (value != null) {
            for (PiiType type : values()) {
                if (type.name().equalsIgnoreCase(value.trim())) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("unknown PII type '" + value + "' (expected one of "
                + Arrays.stream(values()).map(type -> type.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                + ")");
    }
}
