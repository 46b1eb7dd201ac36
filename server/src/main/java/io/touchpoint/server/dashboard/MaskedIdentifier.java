package io.touchpoint.server.dashboard;

/**
 * How the dashboard shows a customer's e-mail, phone and handle before anyone clicks "reveal": enough
 * to tell records apart, not enough to contact anyone. The same masks as the API's, so a revealed
 * value (fetched through the audited API) replaces exactly what the page showed.
 */
final class MaskedIdentifier {

    private MaskedIdentifier() {
    }

    static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
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
}
