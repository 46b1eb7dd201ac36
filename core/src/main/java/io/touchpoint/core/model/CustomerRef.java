package io.touchpoint.core.model;

/**
 * What an interaction says about its customer. Every component may be null: identity resolution
 * links the interaction to a CRM customer by whichever of them is present.
 *
 * @param id the CRM customer id, when the source knows it
 * @param email an e-mail address, lower-cased
 * @param phone a phone number in E.164 form (normalised at ingest)
 * @param handle a social-media handle or user id
 */
public record CustomerRef(String id, String email, String phone, String handle) {

    public static final CustomerRef UNKNOWN = new CustomerRef(null, null, null, null);

    public CustomerRef {
        id = blankToNull(id);
        email = blankToNull(email);
        phone = blankToNull(phone);
        handle = blankToNull(handle);
    }

    public static CustomerRef ofId(String id) {
        return new CustomerRef(id, null, null, null);
    }

    public boolean isUnknown() {
        return id == null && email == null && phone == null && handle == null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
