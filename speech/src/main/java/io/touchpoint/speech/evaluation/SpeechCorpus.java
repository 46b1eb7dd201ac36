package io.touchpoint.speech.evaluation;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of recordings with reference transcripts, read from a tab-separated {@code manifest.tsv}
 * whose header names at least {@code audio_path} and {@code reference_text} (and optionally
 * {@code source}); paths are relative to the manifest's folder.
 */
public record SpeechCorpus(Path folder, List<Utterance> utterances) {

    /** One recording and what was said. */
    public record Utterance(Path audio, String source, String reference) {
        public Utterance {
            requireNonNull(audio, "audio is null");
            requireNonNull(source, "source is null");
            requireNonNull(reference, "reference is null");
        }
    }

    public SpeechCorpus {
        requireNonNull(folder, "folder is null");
        utterances = List.copyOf(requireNonNull(utterances, "utterances is null"));
    }

    public static SpeechCorpus read(Path manifest) throws IOException {
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw TouchpointException.userError(manifest + " is empty; expected a header with audio_path and reference_text");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int path = header.indexOf("audio_path");
        int text = header.indexOf("reference_text");
        int source = header.indexOf("source");
        if (path < 0 || text < 0) {
            throw TouchpointException.userError(manifest + ": the header lacks audio_path or reference_text: " + header);
        }
        Path folder = manifest.toAbsolutePath().getParent();
        List<Utterance> utterances = new ArrayList<>();
        for (int line = 1; line < lines.size(); line++) {
            if (lines.get(line).isBlank()) {
                continue;
            }
            String[] fields = lines.get(line).split("\t", -1);
            if (fields.length <= Math.max(path, text)) {
                throw TouchpointException.userError("line " + (line + 1) + " of " + manifest + " has " + fields.length
                        + " fields, expected " + header.size());
            }
            String sourceName = source >= 0 && source < fields.length ? fields[source] : "all";
            utterances.add(new Utterance(folder.resolve(fields[path]), sourceName, fields[text]));
        }
        return new SpeechCorpus(folder, utterances);
    }
}
