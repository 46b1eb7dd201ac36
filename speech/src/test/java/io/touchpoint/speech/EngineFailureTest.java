package io.touchpoint.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.speech.pocketsphinx.PocketSphinxModel;
import io.touchpoint.speech.vosk.VoskEngine;
import io.touchpoint.speech.whisper.WhisperEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when a model is missing or wrong, for each engine. */
class EngineFailureTest {

    @TempDir
    Path folder;

    @Test
    void whisperWithoutItsModelSaysHowToGetOne() {
        assertThatThrownBy(() -> new WhisperEngine(folder.resolve("ggml-base.en.bin"), List.of(), 1))
                .isInstanceOf(TouchpointException.class)
                .hasMessageContaining("touchpoint models download whisper-base.en");
    }

    @Test
    void whisperLoadsItsNativeLibraryAndRejectsAFileThatIsNotAModel() throws Exception {
        Path bogus = Files.writeString(folder.resolve("ggml-bogus.bin"), "not a ggml model");
        assertThatThrownBy(() -> new WhisperEngine(bogus, List.of(), 1))
                .isInstanceOf(TouchpointException.class)
                .satisfies(e -> assertThat(((TouchpointException) e).kind()).isEqualTo(TouchpointException.Kind.USER_ERROR))
                .hasMessageContaining("could not load").hasMessageContaining("ggml-bogus.bin");
    }

    @Test
    void voskRejectsAFolderThatIsNotAVoskModel() {
        assertThatThrownBy(() -> new VoskEngine(folder)).isInstanceOf(TouchpointException.class)
                .hasMessageContaining("alphacephei.com/vosk/models");
    }

    @Test
    void pocketSphinxNamesEveryMissingPartOfItsModelFolder() throws Exception {
        Files.createDirectories(folder.resolve("en-us"));
        assertThatThrownBy(() -> PocketSphinxModel.in(folder))
                .hasMessageContaining("acoustic model").hasMessageContaining("language model").hasMessageContaining("dictionary");
        assertThatThrownBy(() -> PocketSphinxModel.in(folder.resolve("nowhere"))).hasMessageContaining("does not exist");
    }

    @Test
    void engineFollowsTheModelUnlessConfigured() throws Exception {
        Path ggml = Files.writeString(folder.resolve("ggml-x.bin"), "x");
        assertThat(SpeechConfig.defaults().withModel(ggml).resolveModel().orElseThrow().engine()).isEqualTo("whisper");
        Files.createDirectories(folder.resolve("vosk/am"));
        Files.createDirectories(folder.resolve("vosk/conf"));
        Files.writeString(folder.resolve("vosk/am/final.mdl"), "");
        Files.writeString(folder.resolve("vosk/conf/model.conf"), "");
        assertThat(SpeechConfig.defaults().withModel(folder.resolve("vosk")).resolveModel().orElseThrow().engine()).isEqualTo("vosk");
        assertThat(SpeechConfig.defaults().withModel(folder).resolveModel().orElseThrow().engine()).isEqualTo("pocketsphinx");
        assertThat(SpeechConfig.defaults().withEngine("vosk").withModel(folder).resolveModel().orElseThrow().engine())
                .isEqualTo("vosk");
    }

    @Test
    void unknownSpeechSettingsFailWithTheKnownOnes() {
        assertThatThrownBy(() -> SpeechConfig.from(Map.of("speech.chanels", "0=agent")))
                .isInstanceOf(TouchpointException.class).hasMessageContaining("speech.chanels")
                .hasMessageContaining("speech.channels");
        assertThatThrownBy(() -> SpeechConfig.from(Map.of("speech.keep-original", "maybe")))
                .hasMessageContaining("speech.keep-original 'maybe' is not true or false");
        // other modules' keys are not ours to judge
        assertThat(SpeechConfig.from(Map.of("csv.column.text", "body")).keepOriginal()).isFalse();
    }
}
