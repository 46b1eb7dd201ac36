package io.touchpoint.speech.ingest;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.AudioRef;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.speech.SpeechConfig;
import io.touchpoint.speech.audio.AudioFiles;
import io.touchpoint.speech.audio.PcmAudio;
import io.touchpoint.speech.audio.WavCodec;
import io.touchpoint.speech.recognition.RecognizerFactory;
import io.touchpoint.speech.redaction.AlternativesRedactor;
import io.touchpoint.speech.redaction.AudioRedactor;
import io.touchpoint.speech.segmentation.TimeSpan;
import io.touchpoint.speech.transcribe.CallTranscriber;
import io.touchpoint.speech.transcribe.ChannelMapping;
import io.touchpoint.speech.transcript.SpeechAttributes;
import io.touchpoint.speech.transcript.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One recorded call to one voice {@link Interaction}: transcribed, its personal data found in the
 * transcript and silenced in a redacted copy of the audio, which the interaction's
 * {@link AudioRef} points to. The original recording is referenced (attribute
 * {@code speech.original_audio}) only when {@code speech.keep-original} allows it. Thread-safe.
 */
public final class CallIngestor implements AutoCloseable {

    /** The call as stored, and what went into it. */
    public record ProcessedCall(Interaction interaction, Transcript transcript, List<TimeSpan> redactedSpans,
            Optional<Path> redactedAudio) {
    }

    private final SpeechConfig config;
    private final AudioRedactor redactor = AudioRedactor.standard();
    private final AlternativesRedactor alternativesRedactor = AlternativesRedactor.standard();
    private final RecognizerFactory factory;
    private final java.util.concurrent.ConcurrentHashMap<String, CallTranscriber> transcribers =
            new java.util.concurrent.ConcurrentHashMap<>();

    public CallIngestor(SpeechConfig config, RecognizerFactory factory) {
        this.config = requireNonNull(config, "config is null");
        this.factory = requireNonNull(factory, "factory is null");
    }

    public SpeechConfig config() {
        return config;
    }

    public ProcessedCall process(Path file, CallMetadata metadata) throws IOException {
        PcmAudio audio = AudioFiles.read(file);
        ChannelMapping mapping = metadata.channels().map(ChannelMapping::parse).orElse(config.channels());
        // One transcriber (with its pool of decoders) per channel mapping, so sidecars may differ per call.
        CallTranscriber transcriber = transcribers.computeIfAbsent(mapping.toString(), key ->
                new CallTranscriber(factory, config.transcriptionOptions().withChannels(mapping)));
        Transcript transcript = transcriber.transcribe(audio);
        String id = metadata.id().orElseGet(() -> baseName(file));
        Instant started = metadata.startedAt().orElse(Files.getLastModifiedTime(file).toInstant());
        Map<Integer, Speaker> channels = audio.channelCount() >= 2 ? mapping.channels() : Map.of();
        Interaction.Builder builder = Interaction.builder(id, Channel.VOICE, started)
                .endedAt(metadata.endedAt().orElse(started.plusMillis(audio.durationMs())))
                .customer(metadata.customer())
                .agentId(metadata.agentId().orElse(null))
                .queue(metadata.queue().orElse(null))
                .language("en")
                .turns(transcript.turns())
                .attributes(metadata.attributes())
                .attributes(SpeechAttributes.of(transcript));
        metadata.direction().ifPresent(builder::direction);
        // The N-best hypotheses go around the turns' redaction: they are stored only after their own.
        Map<Integer, List<String>> alternatives = alternativesRedactor.redact(transcript);
        if (!alternatives.isEmpty()) {
            builder.attribute(SpeechAttributes.ALTERNATIVES, SpeechAttributes.alternatives(alternatives));
        }
        Interaction draft = builder.audio(new AudioRef(file.toAbsolutePath().toString(), channels)).build();

        List<TimeSpan> spans = List.of();
        Optional<Path> redactedFile = Optional.empty();
        Path audioUri = file.toAbsolutePath();
        if (config.redactAudio()) {
            spans = redactor.spansToSilence(transcript, draft);
            Path folder = config.redactedAudioDir().orElse(file.toAbsolutePath().getParent().resolve(".touchpoint-redacted"));
            Path target = folder.resolve(id.replaceAll("[^A-Za-z0-9._-]", "_") + ".redacted.wav");
            WavCodec.write(AudioRedactor.silence(audio, spans), WavCodec.Encoding.PCM, target);
            redactedFile = Optional.of(target);
            audioUri = target.toAbsolutePath();
            builder.attribute(SpeechAttributes.REDACTED_SPANS, SpeechAttributes.spans(spans));
        }
        if (config.keepOriginal() && config.redactAudio()) {
            builder.attribute(SpeechAttributes.ORIGINAL_AUDIO, file.toAbsolutePath().toString());
        }
        Interaction interaction = builder.audio(new AudioRef(audioUri.toString(), channels)).build();
        return new ProcessedCall(interaction, transcript, spans, redactedFile);
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public void close() {
        transcribers.values().forEach(CallTranscriber::close);
        transcribers.clear();
    }
}
