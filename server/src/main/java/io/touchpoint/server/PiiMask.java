package io.touchpoint.server;

/**
 * Masks the personal identifiers the store keeps in the clear (a customer's e-mail, phone,
 * handle and name; transcripts are redacted at ingest already) for callers who may not see them
 * unmasked: enough stays to tell records apart, not to contact anyone. The API and the dashboard
 * both use it, so a value revealed through the audited API replaces exactly what the page showed.
 */
public final class PiiMask {

    private PiiMask() {
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() <= 2 ? "***" : "***" + digits.substring(digits.length() - 2);
    }

    public static String handle(String handle) {
        if (handle == null) {
            return null;
        }
        return handle.length() <= 2 ? "***" : handle.substring(0, 2) + "***";
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        StringBuilder masked = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            masked.append(part.charAt(0)).append('.');
        }
        return masked.toString();
    }
}
