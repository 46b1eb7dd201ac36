package io.touchpoint.speech.transcribe;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.speech.audio.AudioFiles;
import io.touchpoint.speech.audio.PcmAudio;
import io.touchpoint.speech.audio.Resampler;
import io.touchpoint.speech.recognition.Recognition;
import io.touchpoint.speech.recognition.RecognizedWord;
import io.touchpoint.speech.recognition.SpeechRecognizer;
import io.touchpoint.speech.segmentation.TimeSpan;
import io.touchpoint.speech.segmentation.TwoSpeakerDiarizer;
import io.touchpoint.speech.transcript.SpeakerAudio;
import io.touchpoint.speech.transcript.Transcript;
import io.touchpoint.speech.transcript.TranscriptWord;
import io.touchpoint.speech.transcript.TurnBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a call recording into a {@link Transcript}. A stereo call is recognized channel by
 * channel with the {@link ChannelMapping}'s speakers; a mono call is cut into speech segments,
 * split into two voices by {@link TwoSpeakerDiarizer}, and the first voice is given
 * {@link TranscriptionOptions#monoFirstSpeaker()}. Both are then checked with {@link ChannelCheck}.
 * Thread-safe: {@link #transcribeAll} recognizes calls in parallel, one recognizer per thread.
 *
 * <pre>{@code
 * try (CallTranscriber transcriber = new CallTranscriber(PocketSphinxEngine.of(modelDir), TranscriptionOptions.defaults())) {
 *     Transcript transcript = transcriber.transcribe(AudioFiles.read(Path.of("call.wav")));
 * }
 * }</pre>
 */
public final class CallTranscriber implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CallTranscriber.class);
    private static final int RATE = SpeechRecognizer.SAMPLE_RATE;
    /** Sound this long with no recognized word is reported (music on hold, a tone, noise). */
    private static final long SOUND_WITHOUT_WORDS_MS = 1_000;

    private final RecognizerPool pool;
    private final TranscriptionOptions options;
    private final TwoSpeakerDiarizer diarizer = new TwoSpeakerDiarizer();

    public CallTranscriber(io.touchpoint.speech.recognition.RecognizerFactory factory, TranscriptionOptions options) {
        this.pool = new RecognizerPool(requireNonNull(factory, "factory is null"));
        this.options = requireNonNull(options, "options is null");
    }

    public String engine() {
        return pool.factory().engine();
    }

    public TranscriptionOptions options() {
        return options;
    }

    public Transcript transcribe(PcmAudio audio) {
        requireNonNull(audio, "audio is null");
        Map<Speaker, SpeakerAudio> speakers = new EnumMap<>(Speaker.class);
        List<TurnBuilder.SpokenWord> spoken = new ArrayList<>();
        List<TimeSpan> soundWithoutWords = new ArrayList<>();
        List<SegmentAlternatives> alternatives = new ArrayList<>();
        boolean stereo = audio.channelCount() >= 2
                && options.channels().channels().keySet().stream().anyMatch(channel -> channel < audio.channelCount());
        if (stereo) {
            for (Map.Entry<Integer, Speaker> entry : options.channels().channels().entrySet()) {
                if (entry.getKey() >= audio.channelCount()) {
                    continue;
                }
                short[] samples = Resampler.resample(audio.channel(entry.getKey()), audio.sampleRate(), RATE);
                List<TimeSpan> segments = options.voiceActivity().detect(samples, RATE);
                speakers.put(entry.getValue(), level(samples, segments));
                for (TimeSpan segment : segments) {
                    recognize(samples, segment, entry.getValue(), spoken, soundWithoutWords, alternatives);
                }
            }
        } else {
            short[] samples = Resampler.resample(audio.mixdown(), audio.sampleRate(), RATE);
            List<TimeSpan> segments = options.voiceActivity().detect(samples, RATE);
            Speaker first = options.monoFirstSpeaker();
            Speaker second = first == Speaker.AGENT ? Speaker.CUSTOMER : Speaker.AGENT;
            Map<Speaker, List<TimeSpan>> bySpeaker = new EnumMap<>(Speaker.class);
            List<TwoSpeakerDiarizer.Labeled> labeledSegments = options.monoSpeakers() == 2
                    ? diarizer.diarize(samples, RATE, segments)
                    : segments.stream().map(segment -> new TwoSpeakerDiarizer.Labeled(segment, 0)).toList();
            for (TwoSpeakerDiarizer.Labeled labeled : labeledSegments) {
                Speaker speaker = labeled.speaker() == 0 ? first : second;
                bySpeaker.computeIfAbsent(speaker, key -> new ArrayList<>()).add(labeled.span());
                recognize(samples, labeled.span(), speaker, spoken, soundWithoutWords, alternatives);
            }
            bySpeaker.forEach((speaker, spans) -> speakers.put(speaker, level(samples, spans)));
        }
        List<String> warnings = new ArrayList<>();
        TurnBuilder.Built built = TurnBuilder.standard().build(spoken);
        if (options.channelCheck() != ChannelCheck.Mode.OFF) {
            ChannelCheck.Verdict verdict = ChannelCheck.check(built.turns());
            if (verdict.swapped()) {
                String mapping = stereo ? "channel mapping " + options.channels() : "mono speaker order (first voice "
                        + options.monoFirstSpeaker().wireName() + ")";
                if (options.channelCheck() == ChannelCheck.Mode.FIX) {
                    warnings.add("agent and customer exchanged: the " + mapping
                            + " looked swapped (agent phrases on the customer side)");
                    spoken.replaceAll(word -> new TurnBuilder.SpokenWord(other(word.speaker()), word.word()));
                    Map<Speaker, SpeakerAudio> swapped = new EnumMap<>(Speaker.class);
                    speakers.forEach((speaker, level) -> swapped.put(other(speaker), level));
                    speakers.clear();
                    speakers.putAll(swapped);
                    built = TurnBuilder.standard().build(spoken);
                } else {
                    warnings.add("the " + mapping + " looks swapped (agent phrases on the customer side); "
                            + "check it or set the channel check to fix");
                }
                LOG.warn("{}", warnings.getLast());
            }
        }
        return new Transcript(engine(), audio.durationMs(), built.turns(), built.words(), speakers, soundWithoutWords,
                alternativesByTurn(alternatives, built.words()), warnings);
    }

    public Transcript transcribe(Path file) throws IOException {
        return transcribe(AudioFiles.read(file));
    }

    /**
     * Transcribes files in parallel on {@code threads} threads, reporting progress in files.
     * Results are in the order of {@code files}.
     */
    public List<Transcript> transcribeAll(List<Path> files, int threads, ProgressListener progress)
            throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())));
        progress.start("transcribe", files.size());
        try {
            List<Future<Transcript>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(executor.submit(() -> {
                    try {
                        return transcribe(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + file, e);
                    } finally {
                        progress.advance(1);
                    }
                }));
            }
            List<Transcript> transcripts = new ArrayList<>(files.size());
            for (Future<Transcript> future : futures) {
                transcripts.add(future.get());
            }
            return transcripts;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } finally {
            executor.shutdownNow();
            progress.finish();
        }
    }

    private record SegmentAlternatives(TurnBuilder.SpokenWord firstWord, List<String> alternatives) {
    }

    private void recognize(short[] samples, TimeSpan segment, Speaker speaker, List<TurnBuilder.SpokenWord> spoken,
            List<TimeSpan> soundWithoutWords, List<SegmentAlternatives> alternatives) {
        int from = (int) Math.min(samples.length, segment.startMs() * RATE / 1000);
        int to = (int) Math.min(samples.length, segment.endMs() * RATE / 1000);
        short[] slice = Arrays.copyOfRange(samples, from, to);
        Recognition recognition = pool.with(recognizer -> recognizer.recognize(slice)).shifted(segment.startMs());
        if (recognition.words().isEmpty()) {
            if (segment.durationMs() >= SOUND_WITHOUT_WORDS_MS) {
                soundWithoutWords.add(segment);
            }
            return;
        }
        TurnBuilder.SpokenWord first = null;
        for (RecognizedWord word : recognition.words()) {
            TurnBuilder.SpokenWord placed = new TurnBuilder.SpokenWord(speaker, word);
            first = first == null ? placed : first;
            spoken.add(placed);
        }
        if (!recognition.alternatives().isEmpty()) {
            alternatives.add(new SegmentAlternatives(first, recognition.alternatives()));
        }
    }

    private static Map<Integer, List<String>> alternativesByTurn(List<SegmentAlternatives> segments,
            List<TranscriptWord> words) {
        Map<Integer, List<String>> byTurn = new LinkedHashMap<>();
        for (SegmentAlternatives segment : segments) {
            RecognizedWord first = segment.firstWord().word();
            words.stream().filter(word -> word.startMs() == first.startMs() && word.endMs() == first.endMs()).findFirst()
                    .ifPresent(word -> byTurn.computeIfAbsent(word.turnIndex(), key -> new ArrayList<>())
                            .addAll(segment.alternatives()));
        }
        byTurn.replaceAll((turn, list) -> List.copyOf(list));
        return byTurn;
    }

    private static Speaker other(Speaker speaker) {
        return switch (speaker) {
            case AGENT -> Speaker.CUSTOMER;
            case CUSTOMER -> Speaker.AGENT;
            default -> speaker;
        };
    }

    /** Mean power of the speech stretches, in dBFS; -96 (silence) when there is none. */
    static SpeakerAudio level(short[] samples, List<TimeSpan> spans) {
        double power = 0;
        long count = 0;
        long voicedMs = 0;
        for (TimeSpan span : spans) {
            int from = (int) Math.min(samples.length, span.startMs() * RATE / 1000);
            int to = (int) Math.min(samples.length, span.endMs() * RATE / 1000);
            for (int index = from; index < to; index++) {
                double value = samples[index] / 32768.0;
                power += value * value;
            }
            count += to - from;
            voicedMs += span.durationMs();
        }
        double db = count == 0 ? -96 : Math.max(-96, 10 * Math.log10(power / count + 1e-12));
        return new SpeakerAudio(Math.min(0, db), voicedMs);
    }

    @Override
    public void close() {
        pool.close();
    }
}
