package io.touchpoint.rules.phonetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmuPronunciationDictionaryTest {

    @TempDir
    Path folder;

    @Test
    void readsAlternatePronunciationsAndDropsStressMarks() {
        CmuPronunciationDictionary dictionary = CmuPronunciationDictionary.parse("""
                ;;; a comment
                LAWYER  L AO1 Y ER0
                lawyer(2) L OY1 ER0   # the short form
                debt D EH T
                """, "test.dict");
        assertThat(dictionary.pronunciations("Lawyer")).containsExactly(List.of("L", "AO", "Y", "ER"), List.of("L", "OY", "ER"));
        assertThat(dictionary.pronunciations("debt")).containsExactly(List.of("D", "EH", "T"));
        assertThat(dictionary.pronunciations("unknownword")).isEmpty();
        assertThat(dictionary.size()).isEqualTo(2);
    }

    @Test
    void badLineFailsNamingFileAndLine() throws Exception {
        Path file = folder.resolve("mine.dict");
        Files.writeString(file, "debt D EH T\ndeath D EH XX\n");
        assertThatThrownBy(() -> CmuPronunciationDictionary.load(file))
                .isInstanceOf(TouchpointException.class)
                .hasMessageContaining(file + ":2:")
                .hasMessageContaining("'XX'")
                .hasMessageContaining("not an ARPAbet phone");
        Files.writeString(file, "debt D EH T\n\nlonely\n");
        assertThatThrownBy(() -> CmuPronunciationDictionary.load(file)).hasMessageContaining(file + ":3:")
                .hasMessageContaining("'lonely' has no phones");
    }

    @Test
    void missingFileSaysHowToConfigureIt() {
        assertThatThrownBy(() -> CmuPronunciationDictionary.load(folder.resolve("none.dict")))
                .isInstanceOf(TouchpointException.class)
                .hasMessageContaining("none.dict").hasMessageContaining("rules.pronunciations");
    }

    @Test
    void explicitSettingWinsOverTheSpeechModelAndTheSharedModel() throws Exception {
        Path model = Files.createDirectories(folder.resolve("model"));
        Files.writeString(model.resolve("words.dict"), "debt D EH T\n");
        assertThat(PronunciationDictionaries.locate("/x/my.dict", null, model.toString(), null)).contains(Path.of("/x/my.dict"));
        assertThat(PronunciationDictionaries.locate(null, "/y/env.dict", model.toString(), null)).contains(Path.of("/y/env.dict"));
        assertThat(PronunciationDictionaries.locate(null, null, model.toString(), null)).contains(model.resolve("words.dict"));
    }

    @Test
    void theSharedCmuDictionaryLoadsWhole() {
        PronunciationDictionary cmu = TestPronunciations.cmu();
        assertThat(cmu.pronunciations("debt")).containsExactly(List.of("D", "EH", "T"));
        assertThat(cmu.pronunciations("bankruptcy")).hasSize(2);
        assertThat(((CmuPronunciationDictionary) cmu).size()).isGreaterThan(100_000);
    }
}
