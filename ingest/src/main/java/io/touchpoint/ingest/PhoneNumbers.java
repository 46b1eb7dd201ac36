package io.touchpoint.ingest;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.touchpoint.core.model.CustomerRef;
import java.util.Optional;

/**
 * Phone numbers in E.164 form ({@code +15551234567}), so that a CRM row, a call record and an SMS
 * that write the same number differently link to one customer.
 *
 * <pre>{@code
 * PhoneNumbers.toE164("(555) 123-4567", "US")   // Optional[+15551234567]
 * PhoneNumbers.toE164("+44 20 7946 0958", "US") // Optional[+442079460958]
 * PhoneNumbers.toE164("call me", "US")          // Optional.empty
 * }</pre>
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The number in E.164 form, or empty when it cannot be read as a phone number.
     *
     * <p>Only the length and shape are checked ({@code isPossibleNumber}), not whether the number
     * is assigned ({@code isValidNumber}): test and fictional numbers such as {@code +1 555 0100}
     * are common in contact-center data and must still link.
     *
     * @param defaultRegion ISO 3166 region (such as {@code US}) for numbers written without a country code
     */
    public static Optional<String> toE164(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(raw.trim(), defaultRegion);
            if (!UTIL.isPossibleNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * E.164 when the number can be read, otherwise the trimmed raw value: a record is not thrown
     * away over a phone field written in an unexpected way. Null for null or blank input.
     */
    public static String normalise(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return toE164(raw, defaultRegion).orElse(raw.trim());
    }

    /** {@code customer} with its phone {@linkplain #normalise normalised}; the same instance when nothing changes. */
    public static CustomerRef normalise(CustomerRef customer, String defaultRegion) {
        if (customer.phone() == null) {
            return customer;
        }
        String phone = normalise(customer.phone(), defaultRegion);
        return phone.equals(customer.phone()) ? customer
                : new CustomerRef(customer.id(), customer.email(), phone, customer.handle());
    }
}
