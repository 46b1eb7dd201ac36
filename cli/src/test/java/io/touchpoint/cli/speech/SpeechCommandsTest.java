package io.touchpoint.cli.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpoint.cli.TouchpointCommand;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.speech.audio.AudioFiles;
import io.touchpoint.speech.audio.PcmAudio;
import io.touchpoint.speech.audio.Resampler;
import io.touchpoint.speech.audio.WavCodec;
import io.touchpoint.speech.pocketsphinx.PocketSphinxEngine;
import io.touchpoint.speech.synthesis.EspeakSynthesizer;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SpeechCommandsTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = TouchpointCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static Path shared() {
        String property = System.getProperty("touchpoint.shared");
        return property != null ? Path.of(property) : Path.of("..", "..", "shared");
    }

    private static Path model() {
        Path model = shared().resolve("models/cmusphinx-en-us-ptm-5.2");
        assumeTrue(Files.isDirectory(model), "shared CMU model missing: test skipped");
        assumeTrue(PocketSphinxEngine.isInstalled(), "PocketSphinx not installed: test skipped");
        return model;
    }

    @Test
    void transcribesSharedSpeechAndItsTelephoneVersionAsJson() throws Exception {
        Path model = model();
        Path wav = shared().resolve("data/speech-en/pocketsphinx-librivox/sense_and_sensibility_01_austen_64kb-0880.wav");
        assumeTrue(Files.isRegularFile(wav), "shared speech set missing: test skipped");
        PcmAudio original = AudioFiles.read(wav);
        Path telephone = folder.resolve("telephone.wav");
        WavCodec.write(PcmAudio.mono(8000, Resampler.resample(original.channel(0), original.sampleRate(), 8000)),
                WavCodec.Encoding.MU_LAW, telephone);

        Run result = run("transcribe", "--model", model.toString(), "--speakers", "1", "--format", "json", "--words",
                wav.toString(), telephone.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode transcripts = new ObjectMapper().readTree(result.out());
        assertThat(transcripts).hasSize(2);
        for (JsonNode transcript : transcripts) {
            String text = transcript.path("turns").findValues("text").stream().map(JsonNode::asText)
                    .reduce("", (a, b) -> a + " " + b);
            // "he was not an ill disposed young man": most words survive, at 16 kHz and on the 8 kHz mu-law line
            assertThat(text).contains("he was not").contains("young man");
            JsonNode firstWord = transcript.path("turns").get(0).path("words").get(0);
            assertThat(firstWord.path("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(firstWord.path("endMs").asLong()).isGreaterThan(firstWord.path("startMs").asLong());
        }
    }

    @Test
    void missingFileIsAUsageError() {
        Run result = run("transcribe", folder.resolve("nope.wav").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nope.wav does not exist");
    }

    @Test
    void modelsSaysWhichModelIsInUseAndHowToGetOthers() {
        Path model = model();
        Run result = run("models", "--model", model.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("in use: pocketsphinx model " + model)
                .contains("touchpoint models download whisper-base.en").contains("alphacephei.com/vosk/models");
        assertThat(run("models", "download", "whisper-huge").err()).contains("unknown model 'whisper-huge'");
    }

    @Test
    void demoCallCarriesTranscriptMetricsRedactedAudioAndRuleHitsWithConfidence() throws Exception {
        model();
        assumeTrue(EspeakSynthesizer.installed().isPresent(), "espeak-ng not installed: test skipped");
        System.setProperty("touchpoint.shared", shared().toString());
        Path data = folder.resolve("data");
        try (TouchpointStore store = TouchpointStore.open(data)) {
            DemoCalls.Result result = DemoCalls.synthesizeAndIngest(store, data, 1);
            assertThat(result.skipped()).isEmpty();
            result.summary().forEach(System.out::println);
            Interaction call = store.interaction(result.interactionIds().getFirst()).orElseThrow();
            assertThat(call.turns()).isNotEmpty();
            assertThat(call.turns()).allSatisfy(turn -> assertThat(turn.confidence()).isLessThan(1.0));
            assertThat(Path.of(call.audio().uri())).exists().hasFileName("demo-call-1.redacted.wav");
            assertThat(Files.list(data.resolve("audio/incoming")).toList()).isEmpty(); // original not kept
            List<Finding> findings = store.findings(call.id());
            assertThat(findings).anySatisfy(f -> assertThat(f.name()).isEqualTo("talk_time_agent_s"));
            // the planted call has no recording disclosure: a compliance hit with the recognizer's confidence
            assertThat(findings).anySatisfy(f -> {
                assertThat(f.name()).isEqualTo("recording.disclosure_missing");
                assertThat(f.confidence()).isLessThan(1.0);
            });
        }
    }
}
