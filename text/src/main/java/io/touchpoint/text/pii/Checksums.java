package io.touchpoint.text.pii;

import java.math.BigInteger;

/** The check-digit algorithms that tell real card and bank numbers from look-alikes. */
public final class Checksums {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Checksums() {
    }

    /** The Luhn (mod 10) check of payment card numbers; {@code digits} holds only digits. */
    public static boolean luhn(CharSequence digits) {
        if (digits.length() < 2) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** The ISO 13616 check of an IBAN without spaces: move the first four characters to the end, letters to numbers, mod 97 = 1. */
    public static boolean iban(String compact) {
        if (compact.length() < 15 || compact.length() > 34) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder numeric = new StringBuilder(rearranged.length() * 2);
        for (int i = 0; i < rearranged.length(); i++) {
            char c = Character.toUpperCase(rearranged.charAt(i));
            if (c >= '0' && c <= '9') {
                numeric.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                numeric.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** A well-formed US SSN: area 001-899 but not 666, group 01-99, serial 0001-9999. */
    public static boolean ssn(String nineDigits) {
        if (nineDigits.length() != 9) {
            return false;
        }
        int area = Integer.parseInt(nineDigits.substring(0, 3));
        int group = Integer.parseInt(nineDigits.substring(3, 5));
        int serial = Integer.parseInt(nineDigits.substring(5));
        return area > 0 && area < 900 && area != 666 && group > 0 && serial > 0;
    }
}
