package io.touchpoint.speech.models;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Models {@code touchpoint models download} can fetch, each from its publisher with the size and
 * sha256 the publisher lists, so a truncated or tampered download is refused.
 */
public final class ModelCatalog {

    /** One downloadable model file. */
    public record Entry(String name, String engine, URI uri, String fileName, long bytes, String sha256, String note) {
        public Entry {
            requireNonNull(name, "name is null");
            requireNonNull(engine, "engine is null");
            requireNonNull(uri, "uri is null");
            requireNonNull(fileName, "fileName is null");
            requireNonNull(sha256, "sha256 is null");
            requireNonNull(note, "note is null");
            if (bytes <= 0) {
                throw new IllegalArgumentException("model " + name + " has size " + bytes);
            }
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("model " + name + " has a malformed sha256: " + sha256);
            }
        }
    }

    private static final String WHISPER_BASE = "https://huggingface.co/ggerganov/whisper.cpp/resolve/main/";

    public static final List<Entry> ENTRIES = List.of(
            new Entry("whisper-base.en", "whisper", URI.create(WHISPER_BASE + "ggml-base.en.bin"), "ggml-base.en.bin",
                    147_964_211L, "a03779c86df3323075f5e796cb2ce5029f00ec8869eee3fdfb897afe36c6d002",
                    "recommended: English, about 5% WER on LibriSpeech test-clean, RTF ~0.3 on 2 cores"),
            new Entry("whisper-tiny.en", "whisper", URI.create(WHISPER_BASE + "ggml-tiny.en.bin"), "ggml-tiny.en.bin",
                    77_704_715L, "921e4cf8686fdd993dcd081a5da5b6c365bfde1162e72b08d75ac75289920b1f",
                    "smaller and faster, less accurate"));

    private ModelCatalog() {
    }

    public static Entry byName(String name) {
        return ENTRIES.stream().filter(entry -> entry.name().equals(name)).findFirst().orElseThrow(() ->
                TouchpointException.userError("unknown model '" + name + "'; known: "
                        + ENTRIES.stream().map(Entry::name).collect(Collectors.joining(", "))
                        + " (Vosk models: download a folder from https://alphacephei.com/vosk/models and pass --model DIR)"));
    }
}
