package io.touchpoint.rules.phonetic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** A few hand-written pronunciations for unit tests, and the real CMU dictionary where the shared model is. */
public final class TestPronunciations {

    /** ARPAbet spellings of the words the tests use, written for these tests. */
    public static final String SMALL = """
            ;;; test entries
            i AY
            i'm AY M
            am AE M
            in IH N
            debt D EH T
            debts D EH T S
            death D EH TH
            dead D EH D
            bet B EH T
            up AH P
            to T UW
            my M AY
            neck N EH K
            will W IH L
            talk T AO K
            lawyer L AO Y ER
            lawyer(2) L OY ER
            loyal L OY AH L
            employer EH M P L OY ER
            bankruptcy B AE NG K R AH P S IY
            bankruptcy(2) B AE NG K R AH P T S IY
            bankrupt B AE NG K R AH P T
            bank B AE NG K
            see S IY
            filed F AY L D
            for F AO R
            we W IY
            yes Y EH S
            """;

    private TestPronunciations() {
    }

    public static PronunciationDictionary small() {
        return CmuPronunciationDictionary.parse(SMALL, "test.dict");
    }

    /** The CMU dictionary of the shared PocketSphinx model; the test is skipped without it. */
    public static PronunciationDictionary cmu() {
        String property = System.getProperty("touchpoint.shared");
        Path shared = property != null ? Path.of(property) : Path.of("..", "..", "shared");
        Path file = shared.resolve("models/cmusphinx-en-us-ptm-5.2/cmudict-en-us.dict");
        assumeTrue(Files.isRegularFile(file), "shared CMU dictionary missing at " + file + ": test skipped");
        return PronunciationDictionaries.load(file);
    }
}
