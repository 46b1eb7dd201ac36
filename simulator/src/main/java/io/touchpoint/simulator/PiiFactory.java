package io.touchpoint.simulator;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Makes personal data that looks real (Luhn-valid cards, well-formed SSNs) and look-alikes that are not
 * personal data (order ids that fail the Luhn check, amounts, case numbers, timestamps).
 */
final class PiiFactory {

    private PiiFactory() {
    }

    /** A Luhn-valid card number, digits only: Visa, Mastercard (16 digits), Amex (15) or Discover (16). */
    static String cardNumber(Dice dice) {
        String prefix;
        int length;
        switch (dice.between(0, 9)) {
            case 0, 1, 2, 3, 4 -> { prefix = "4"; length = 16; }
            case 5, 6, 7 -> { prefix = "5" + dice.between(1, 5); length = 16; }
            case 8 -> { prefix = dice.pick("34", "37"); length = 15; }
            default -> { prefix = "6011"; length = 16; }
        }
        String body = prefix + dice.digits(length - 1 - prefix.length());
        return body + luhnCheckDigit(body);
    }

    /** The digit that makes {@code body + digit} pass the Luhn check. */
    static int luhnCheckDigit(String body) {
        int sum = 0;
        boolean doubleIt = true; // the check digit will sit to the right, so the last body digit is doubled
        for (int i = body.length() - 1; i >= 0; i--) {
            int digit = body.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean luhnValid(String digits) {
        String onlyDigits = digits.replaceAll("[^0-9]", "");
        if (onlyDigits.length() < 2) {
            return false;
        }
        return luhnCheckDigit(onlyDigits.substring(0, onlyDigits.length() - 1))
                == onlyDigits.charAt(onlyDigits.length() - 1) - '0';
    }

    /** Groups a card as printed: 4-4-4-4, or 4-6-5 for a 15-digit Amex. */
    static String groupCard(String digits, String separator) {
        if (digits.length() == 15) {
            return digits.substring(0, 4) + separator + digits.substring(4, 10) + separator + digits.substring(10);
        }
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 4) {
            if (i > 0) {
                builder.append(separator);
            }
            builder.append(digits, i, Math.min(i + 4, digits.length()));
        }
        return builder.toString();
    }

    /** A well-formed US SSN: area 001-899 except 666, group 01-99, serial 0001-9999, as "123-45-6789". */
    static String ssn(Dice dice) {
        int area = dice.between(1, 898);
        if (area >= 666) {
            area++;
        }
        return String.format(Locale.ROOT, "%03d-%02d-%04d", area, dice.between(1, 99), dice.between(1, 9999));
    }

    /** A 13-digit order id that fails the Luhn check, so it cannot pass for a card number. */
    static String orderId(Dice dice) {
        String body = dice.between(1, 9) + dice.digits(11);
        int check = (luhnCheckDigit(body) + dice.between(1, 9)) % 10;
        return body + check;
    }

    static String caseNumber(Dice dice) {
        return switch (dice.between(0, 2)) {
            case 0 -> "CS-" + dice.between(1000000, 9999999);
            case 1 -> String.valueOf(dice.between(10000000, 99999999));
            default -> "TKT" + dice.between(100000, 999999);
        };
    }

    /** Dollars with cents and, above a thousand, a thousands separator: "$1,234.56". */
    static String amount(double value) {
        return String.format(Locale.US, "$%,.2f", value);
    }

    static String dateOfBirth(LocalDate date, int style) {
        String month = Vocabulary.MONTHS[date.getMonthValue() - 1];
        return switch (style) {
            case 0 -> month + " " + date.getDayOfMonth() + ", " + date.getYear();
            case 1 -> String.format(Locale.ROOT, "%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(),
                    date.getYear());
            case 2 -> date.getDayOfMonth() + " " + month + " " + date.getYear();
            default -> month.toLowerCase(Locale.ROOT) + " " + Vocabulary.ORDINALS[date.getDayOfMonth()] + " "
                    + Vocabulary.yearWords(date.getYear());
        };
    }

    /** A phone number as a person would write or say it; {@code e164} is "+1" plus ten digits. */
    static String phoneAsText(String e164, int style) {
        String digits = e164.substring(2);
        String area = digits.substring(0, 3);
        String exchange = digits.substring(3, 6);
        String line = digits.substring(6);
        return switch (style) {
            case 0 -> "(" + area + ") " + exchange + "-" + line;
            case 1 -> area + "-" + exchange + "-" + line;
            case 2 -> area + "." + exchange + "." + line;
            case 3 -> "+1 " + area + " " + exchange + " " + line;
            default -> Vocabulary.spokenDigits(area + " " + exchange + " " + line);
        };
    }

    static String spokenEmail(String email) {
        return email.replace(".", " dot ").replace("@", " at ");
    }

    static String spokenSsn(String ssn) {
        return Vocabulary.spokenDigits(ssn.replace('-', ' '));
    }
}
