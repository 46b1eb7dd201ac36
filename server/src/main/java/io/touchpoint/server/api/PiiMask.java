package io.touchpoint.server.api;

/**
 * Masks the personal identifiers the store keeps in the clear (a customer's e-mail, phone,
 * handle and name; transcripts are redacted at analysis time already) for callers who may not
 * see them unmasked: enough stays to tell records apart, not to contact anyone.
 */
final class PiiMask {

    private PiiMask() {
    }

    static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() <= 2 ? "***" : "***" + digits.substring(digits.length() - 2);
    }

    static String handle(String handle) {
        if (handle == null) {
            return null;
        }
        return handle.length() <= 2 ? "***" : handle.substring(0, 2) + "***";
    }

    static String name(String name) {
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
