package io.touchpoint.speech.ingest;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.RecordSink;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.speech.SpeechConfig;
import io.touchpoint.speech.audio.AudioFiles;
import io.touchpoint.speech.audio.AudioFormatException;
import io.touchpoint.speech.transcript.SpeechAttributes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads call recordings (WAV, FLAC) into voice interactions with turns, word timings,
 * confidences, audio metrics inputs and a redacted copy of the audio, with the call's metadata
 * from a sidecar ({@link CallMetadata}). Recordings are transcribed in parallel, one decoder per
 * core; {@code speech.*} settings choose the engine, model and channel mapping ({@link SpeechConfig}).
 *
 * <p>A recording that cannot be decoded, or whose sidecar has a bad field, is rejected to the
 * dead-letter file; a missing speech model stops the source with a message saying how to get one.
 */
public final class AudioCallConnector implements Connector {

    private static final Logger LOG = LoggerFactory.getLogger(AudioCallConnector.class);

    @Override
    public String name() {
        return "audio";
    }

    @Override
    public String description() {
        return "call recordings (.wav PCM/mu-law/A-law, .flac) transcribed offline, with a sidecar NAME.json or calls.csv";
    }

    @Override
    public boolean canRead(Path file) {
        if (AudioFiles.isAudio(file)) {
            return true;
        }
        if (CallMetadata.isFolderSidecar(file)) {
            return true;
        }
        // NAME.json beside NAME.wav is the recording's sidecar, read together with it
        String name = file.getFileName().toString();
        if (!name.endsWith(".json")) {
            return false;
        }
        String base = name.substring(0, name.length() - ".json".length());
        return AudioFiles.EXTENSIONS.stream().anyMatch(extension -> Files.exists(file.resolveSibling(base + "." + extension)));
    }

    @Override
    public void read(Path file, IngestOptions options, RecordSink sink) throws IOException {
        readAll(List.of(file), options, sink);
    }

    @Override
    public void readAll(List<Path> files, IngestOptions options, RecordSink sink) throws IOException {
        List<Path> recordings = files.stream().filter(AudioFiles::isAudio).toList();
        if (recordings.isEmpty()) {
            return; // only sidecars: they describe recordings that were not asked for
        }
        SpeechConfig config = SpeechConfig.from(options.settings());
        int threads = Math.max(1, Math.min(recordings.size(), Runtime.getRuntime().availableProcessors()));
        Map<Path, Map<String, Map<String, String>>> folderRows = new HashMap<>();
        try (CallIngestor ingestor = new CallIngestor(config, config.recognizerFactory(1))) {
            LOG.info("Transcribing {} recording(s) with {} on {} thread(s)", recordings.size(),
                    ingestor.config().engine(), threads);
            ExecutorService executor = Executors.newFixedThreadPool(threads);
            try {
                List<Future<IngestRecord>> futures = new ArrayList<>();
                for (Path recording : recordings) {
                    Map<String, Map<String, String>> rows = folderRows.computeIfAbsent(
                            recording.toAbsolutePath().getParent(), folder -> {
                                try {
                                    return CallMetadata.folderRows(folder);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
                    futures.add(executor.submit(() -> read(recording, rows, ingestor)));
                }
                long bytes = 0;
                for (int index = 0; index < futures.size(); index++) {
                    sink.accept(futures.get(index).get());
                    bytes += Files.size(recordings.get(index));
                    sink.progress(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("transcription was interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException(e.getCause());
            } finally {
                executor.shutdownNow();
            }
        }
    }

    private static IngestRecord read(Path recording, Map<String, Map<String, String>> folderRows, CallIngestor ingestor) {
        SourceLocation location = new SourceLocation(recording.getFileName().toString(), "recording", 1);
        try {
            Map<String, String> row = new HashMap<>(folderRows.getOrDefault(recording.getFileName().toString(), Map.of()));
            var sidecar = CallMetadata.sidecarOf(recording);
            if (sidecar.isPresent()) {
                row.putAll(CallMetadata.readSidecar(sidecar.get()));
            }
            CallMetadata metadata = CallMetadata.of(row);
            CallIngestor.ProcessedCall call = ingestor.process(recording, metadata);
            LOG.info("{}: {} turns, {} words, confidence {}, {} span(s) redacted", recording.getFileName(),
                    call.transcript().turns().size(), call.transcript().words().size(),
                    call.interaction().attributes().get(SpeechAttributes.CONFIDENCE), call.redactedSpans().size());
            return new IngestRecord.InteractionRecord(call.interaction(), location);
        } catch (CallMetadata.BadField e) {
            return new IngestRecord.Rejected(location, e.field(), e.getMessage(), recording.toString());
        } catch (AudioFormatException e) {
            return new IngestRecord.Rejected(location, IngestRecord.Rejected.WHOLE_RECORD, e.getMessage(), recording.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + recording, e);
        }
    }
}
