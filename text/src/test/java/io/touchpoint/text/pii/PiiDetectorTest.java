package io.touchpoint.text.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiDetectorTest {

    private final PiiDetector detector = PiiDetector.all();

    private List<String> found(String text, PiiType type) {
        return found(text, "", type);
    }

    private List<String> found(String text, String previous, PiiType type) {
        return detector.detect(text, previous).stream()
                .filter(span -> span.type() == type)
                .map(span -> text.substring(span.start(), span.end()))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "3782 822463 10005",
        "5500 0000 0000 0004", "6011 0009 9013 9424"})
    void findsLuhnValidCardNumbersInCommonGroupings(String card) {
        String text = "Sure, the card number is " + card + ", expiring 09/28.";
        assertThat(found(text, PiiType.CARD)).containsExactly(card);
    }

    @Test
    void ignoresCardLengthNumbersThatFailTheLuhnCheck() {
        assertThat(found("the card is 4111 1111 1111 1112", PiiType.CARD)).isEmpty();
        assertThat(found("your order 4938271650123 has shipped", PiiType.CARD)).isEmpty();
    }

    @Test
    void findsCardNumbersSpokenDigitByDigit() {
        String text = "okay it's four one one one, one one one one, one one one one, one one one one, expiring in march";
        assertThat(found(text, PiiType.CARD))
                .containsExactly("four one one one, one one one one, one one one one, one one one one");
    }

    @Test
    void findsACardEvenWhenMoreDigitsFollowIt() {
        String text = "4111 1111 1111 1111 123";
        assertThat(found(text, PiiType.CARD)).containsExactly("4111 1111 1111 1111");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my social is 123-45-6789 |123-45-6789",
        "SSN: 123 45 6789|123 45 6789",
        "social security number 123456789|123456789",
        "it's one two three, four five, six seven eight nine.|one two three, four five, six seven eight nine"})
    void findsSocialSecurityNumbers(String text, String expected) {
        assertThat(found(text, PiiType.SSN)).containsExactly(expected);
    }

    @Test
    void rejectsImpossibleSocialSecurityNumbersAndBareNineDigitNumbers() {
        assertThat(found("code 666-12-3456", PiiType.SSN)).isEmpty();
        assertThat(found("code 000-12-3456", PiiType.SSN)).isEmpty();
        assertThat(found("reference 123456789 was logged", PiiType.SSN)).isEmpty();
    }

    @Test
    void readsANineDigitAnswerToAQuestionAboutTheSocialAsAnSsn() {
        assertThat(found("It's 123456789.", "Can I get your social security number?", PiiType.SSN))
                .containsExactly("123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(555) 123-4567", "555-123-4567", "555.123.4567", "+1 555 123 4567", "1-555-123-4567",
        "+44 20 7946 0958", "+49 30 901820"})
    void findsPhoneNumbersInManyFormats(String phone) {
        assertThat(found("You can reach me at " + phone + " after six.", PiiType.PHONE)).containsExactly(phone);
    }

    @Test
    void findsSpokenPhoneNumbersAndBareTenDigitNumbersWithContext() {
        assertThat(found("call me back at five five five, one two three, four five six seven.", PiiType.PHONE))
                .containsExactly("five five five, one two three, four five six seven");
        assertThat(found("my cell is 5551234567", PiiType.PHONE)).containsExactly("5551234567");
        assertThat(found("tracking 5551234567 says delivered", PiiType.PHONE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "email me at maria.lopez+bills@example.co.uk please|maria.lopez+bills@example.co.uk",
        "It's JOHN_SMITH42@mail.example.com.|JOHN_SMITH42@mail.example.com",
        "sure it's maria dot lopez at example dot com thanks|maria dot lopez at example dot com"})
    void findsWrittenAndSpokenEmailAddresses(String text, String expected) {
        assertThat(found(text, PiiType.EMAIL)).containsExactly(expected);
    }

    @Test
    void findsIbansWithAValidChecksumOnly() {
        assertThat(found("wire it to GB82 WEST 1234 5698 7654 32 today", PiiType.IBAN))
                .containsExactly("GB82 WEST 1234 5698 7654 32");
        assertThat(found("IBAN DE89370400440532013000", PiiType.IBAN)).containsExactly("DE89370400440532013000");
        assertThat(found("wire it to GB83 WEST 1234 5698 7654 32 today", PiiType.IBAN)).isEmpty();
    }

    @Test
    void findsAccountNumbersIntroducedAsSuch() {
        assertThat(found("my account number is 00123456789", PiiType.ACCOUNT)).containsExactly("00123456789");
        assertThat(found("It's 7730021.", "What's the account number?", PiiType.ACCOUNT)).containsExactly("7730021");
        assertThat(found("I paid 7730021 times", PiiType.ACCOUNT)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "My date of birth is March 2, 1985.|March 2, 1985",
        "DOB 03/02/1985|03/02/1985",
        "I was born 2 March 1985 in Ohio|2 March 1985",
        "and my date of birth is march second nineteen eighty five.|march second nineteen eighty five",
        "born on july twenty first two thousand three|july twenty first two thousand three"})
    void findsDatesOfBirth(String text, String expected) {
        assertThat(found(text, PiiType.DOB)).containsExactly(expected);
    }

    @Test
    void readsADateAnsweringABirthDateQuestionAsADateOfBirth() {
        assertThat(found("Sure, 1985-03-02.", "Can you confirm your date of birth?", PiiType.DOB))
                .containsExactly("1985-03-02");
    }

    @Test
    void leavesOtherDatesAlone() {
        assertThat(detector.detect("I paid on 2026-01-14 09:42 and again March 3, 2026.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Please ship it to 1234 Maple Street, Springfield, IL 62704.|1234 Maple Street, Springfield, IL 62704",
        "send it to 77 North Elm Ave. Apt 4B thanks|77 North Elm Ave. Apt 4B",
        "I moved to 9 oak lane, portland, or 97201|9 oak lane, portland, or 97201"})
    void findsStreetAddresses(String text, String expected) {
        assertThat(found(text, PiiType.ADDRESS)).containsExactly(expected);
    }

    @Test
    void doesNotTakeOrdinaryPhrasesForAddresses() {
        assertThat(found("I waited 3 hours on the way home", PiiType.ADDRESS)).isEmpty();
        assertThat(found("it took 2 days to drive", PiiType.ADDRESS)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hi, my name is Maria Lopez and I have a question.|Maria Lopez",
        "my name is john smith and i'm calling about my bill|john smith",
        "Hello, may I speak with Robert O'Neil?|Robert O'Neil",
        "Thank you for calling, this is Sarah, how can I help?|Sarah",
        "Thanks, Mr. Johnson.|Johnson",
        "It's Anna Kim.|Anna Kim",
        "Thanks for calling Telco, Nancy speaking. How can I help?|Nancy",
        "I really appreciate your help, Joyce.|Joyce",
        "Good evening Sarah, how are you?|Sarah",
        "Hello and welcome to Telco chat, you're chatting with Olivia. How can I help?|Olivia",
        "Sure thing It's Cynthia Haddad. And the address is 8568 Orchard Drive, Madison, WI 53789.|Cynthia Haddad"})
    void findsNamesIntroducedAsNames(String text, String expected) {
        assertThat(found(text, PiiType.NAME)).containsExactly(expected);
    }

    @Test
    void readsABareNameAnsweringANameQuestion() {
        assertThat(found("Sure, Dana Whitfield.", "May I have your full name please?", PiiType.NAME))
                .containsExactly("Dana Whitfield");
    }

    @Test
    void doesNotTakePetsOrSentenceWordsForNames() {
        assertThat(found("Sorry, my dog Max knocked the phone off the table.", PiiType.NAME)).isEmpty();
        assertThat(found("my dog's name is Bella", PiiType.NAME)).isEmpty();
        assertThat(found("I'm calling about my bill. It's March already.", PiiType.NAME)).isEmpty();
        assertThat(found("Hi there, thanks for waiting", PiiType.NAME)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The payment went through at 2026-03-02T14:05:11Z.",
        "Your order 4938271650124 ships tomorrow.",
        "I was charged $1,234.56 on my last bill.",
        "Your case number is CS-4829103.",
        "Ticket TKT482910 is open.",
        "Reference 48291034 has been escalated.",
        "It's 14:05 on 03/02 and I paid 1,250.00 dollars.",
        "I made a payment of $2,139.40 on 2026-01-14 09:42, so I don't get it.",
        "Order number 1234567890123 was cancelled and refunded 45.10.",
        "I called before and my case number was 36840962.",
        "I made a payment of $1,424.17 on 2026-01-14 09:42, so I don't get it."})
    void findsNothingInTimestampsOrderIdsAmountsOrCaseNumbers(String text) {
        assertThat(detector.detect(text)).isEmpty();
    }

    @Test
    void detectsOnlyTheEnabledTypes() {
        PiiDetector emailsOnly = PiiDetector.of(EnumSet.of(PiiType.EMAIL));
        List<PiiSpan> spans = emailsOnly.detect("card 4111 1111 1111 1111, mail a@example.com");
        assertThat(spans).extracting(PiiSpan::type).containsExactly(PiiType.EMAIL);
    }

    @Test
    void redactionKeepsTypedPlaceholdersAndOriginalOffsets() {
        String text = "Card 4111 1111 1111 1111, email a@example.com.";
        Redaction redaction = Redaction.of(text, detector.detect(text));
        assertThat(redaction.redacted()).isEqualTo("Card [CARD], email [EMAIL].");
        assertThat(redaction.replacements()).hasSize(2);
        Redaction.Replacement card = redaction.replacements().get(0);
        assertThat(text.substring(card.span().start(), card.span().end())).isEqualTo("4111 1111 1111 1111");
        assertThat(redaction.redacted().substring(card.redactedStart(), card.redactedEnd())).isEqualTo("[CARD]");
    }

    @Test
    void checksumsAcceptKnownGoodNumbers() {
        assertThat(Checksums.luhn("79927398713")).isTrue();
        assertThat(Checksums.luhn("79927398710")).isFalse();
        assertThat(Checksums.iban("GB82WEST12345698765432")).isTrue();
        assertThat(Checksums.ssn("078051120")).isTrue();
        assertThat(Checksums.ssn("900051120")).isFalse();
    }

    @Test
    void aCompanyAddressedInAGreetingIsNotAName() {
        String text = "Dear Telco team, my bill is wrong.";
        assertThat(PiiDetector.all().detect(text)).isEmpty();
        assertThat(PiiDetector.all().detect("Hi Maria, thanks for writing")).extracting(PiiSpan::type)
                .containsExactly(PiiType.NAME);
    }

    @Test
    void namesInATranscriptWithoutCapitalsAreFoundAfterACue() {
        assertThat(found("thanks for calling this is paul keating how can i help you", PiiType.NAME))
                .containsExactly("paul keating");
        assertThat(found("hi jennifer i'm calling about my bill", PiiType.NAME)).containsExactly("jennifer");
        assertThat(found("yes you're speaking with maria", PiiType.NAME)).containsExactly("maria");
    }

    @Test
    void aCueBeforeAnOrdinaryWordOrAnEverydayNameWordIsNoNameWithoutCapitals() {
        assertThat(found("this is fine thank you", PiiType.NAME)).isEmpty();
        assertThat(found("is this bill correct", PiiType.NAME)).isEmpty();
        assertThat(found("it's grace period that i need", PiiType.NAME)).isEmpty();
        assertThat(found("my dog's name is max", PiiType.NAME)).isEmpty();
    }
}
