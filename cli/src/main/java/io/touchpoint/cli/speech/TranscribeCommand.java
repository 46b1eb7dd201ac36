package io.touchpoint.cli.speech;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpoint.cli.output.Json;
import io.touchpoint.cli.output.TerminalProgressBar;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Turn;
import io.touchpoint.speech.SpeechConfig;
import io.touchpoint.speech.transcribe.CallTranscriber;
import io.touchpoint.speech.transcript.Transcript;
import io.touchpoint.speech.transcript.TranscriptWord;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "transcribe", mixinStandardHelpOptions = true,
        description = {"Transcribes call recordings offline and prints the transcript with speakers, times and confidences.",
            "WAV (PCM 8/16 kHz, mono or stereo, mu-law, A-law) and FLAC. Stereo: one speaker per channel (--channels); "
                + "mono: split into two voices, the first is the agent."})
public final class TranscribeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recordings to transcribe.")
    List<Path> files;

    @Mixin
    SpeechOptions speech = new SpeechOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--words", description = "With --format json, include every word with its times and confidence.")
    boolean words;

    @Option(names = "--threads", description = "Calls transcribed in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw TouchpointException.userError("--format '" + format + "' is not text or json");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw TouchpointException.userError(file + " does not exist or is not a file");
            }
        }
        SpeechConfig config = speech.config();
        PrintWriter out = spec.commandLine().getOut();
        List<Transcript> transcripts;
        try (CallTranscriber transcriber = new CallTranscriber(config.recognizerFactory(1), config.transcriptionOptions())) {
            transcripts = transcriber.transcribeAll(files, Math.max(1, threads), TerminalProgressBar.forTerminal());
        } catch (NoSuchFileException e) {
            throw TouchpointException.userError(e.getFile() + " does not exist");
        }
        if (format.equals("json")) {
            ArrayNode array = Json.object().arrayNode();
            for (int index = 0; index < files.size(); index++) {
                array.add(json(files.get(index), transcripts.get(index), words));
            }
            Json.print(out, files.size() == 1 ? array.get(0) : array);
        } else {
            for (int index = 0; index < files.size(); index++) {
                print(out, files.get(index), transcripts.get(index));
            }
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, Path file, Transcript transcript) {
        out.printf(Locale.ROOT, "%s  (%s, %.1f s, confidence %.2f)%n", file, transcript.engine(),
                transcript.durationMs() / 1000.0, transcript.confidence());
        transcript.warnings().forEach(warning -> out.println("  warning: " + warning));
        for (Turn turn : transcript.turns()) {
            out.printf(Locale.ROOT, "  [%s - %s] %-8s (%.2f) %s%n", time(turn.startMs()), time(turn.endMs()),
                    turn.speaker().wireName(), turn.confidence(), turn.text());
        }
        out.println();
    }

    static ObjectNode json(Path file, Transcript transcript, boolean withWords) {
        ObjectNode node = Json.object();
        node.put("file", file.toString());
        node.put("engine", transcript.engine());
        node.put("durationMs", transcript.durationMs());
        node.put("confidence", round(transcript.confidence()));
        ArrayNode warnings = node.putArray("warnings");
        transcript.warnings().forEach(warnings::add);
        ArrayNode turns = node.putArray("turns");
        for (int index = 0; index < transcript.turns().size(); index++) {
            Turn turn = transcript.turns().get(index);
            ObjectNode turnNode = turns.addObject();
            turnNode.put("speaker", turn.speaker().wireName());
            turnNode.put("startMs", turn.startMs());
            turnNode.put("endMs", turn.endMs());
            turnNode.put("text", turn.text());
            turnNode.put("confidence", round(turn.confidence()));
            if (withWords) {
                ArrayNode wordNodes = turnNode.putArray("words");
                for (TranscriptWord word : transcript.wordsOfTurn(index)) {
                    ObjectNode wordNode = wordNodes.addObject();
                    wordNode.put("word", word.text());
                    wordNode.put("startMs", word.startMs());
                    wordNode.put("endMs", word.endMs());
                    wordNode.put("confidence", round(word.confidence()));
                }
            }
        }
        return node;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String time(long ms) {
        return String.format(Locale.ROOT, "%d:%02d.%d", ms / 60_000, ms / 1000 % 60, ms / 100 % 10);
    }
}
