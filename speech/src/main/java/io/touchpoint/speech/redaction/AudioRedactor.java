package io.touchpoint.speech.redaction;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.speech.audio.PcmAudio;
import io.touchpoint.speech.segmentation.TimeSpan;
import io.touchpoint.speech.transcript.Transcript;
import io.touchpoint.speech.transcript.TranscriptWord;
import io.touchpoint.text.TextFindings;
import io.touchpoint.text.pii.PiiDetector;
import io.touchpoint.text.pii.PiiRedactionAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * Silences personal data in a call's audio. The text module's PII analyzer finds the spans in the
 * transcript; each span is mapped to the words it covers, and the words' recognized times (padded
 * a little, since word boundaries are approximate) are silenced on every channel of a copy of
 * the audio. A span that covers no recognized word falls back to the times its evidence carries.
 *
 * <pre>{@code
 * AudioRedactor redactor = AudioRedactor.standard();
 * List<TimeSpan> spans = redactor.spansToSilence(transcript, interaction);
 * PcmAudio redacted = AudioRedactor.silence(audio, spans);
 * }</pre>
 */
public final class AudioRedactor {

    private final PiiRedactionAnalyzer detector;
    private final long paddingMs;

    public AudioRedactor(PiiDetector detector, long paddingMs) {
        this.detector = new PiiRedactionAnalyzer(requireNonNull(detector, "detector is null"), false);
        if (paddingMs < 0 || paddingMs > 2_000) {
            throw new IllegalArgumentException("paddingMs " + paddingMs + " is outside 0-2000");
        }
        this.paddingMs = paddingMs;
    }

    /** Every PII type, 150 ms padding on each side. */
    public static AudioRedactor standard() {
        return new AudioRedactor(PiiDetector.all(), 150);
    }

    /** The PII findings for a transcribed interaction (detect mode: the text is not changed here). */
    public List<Finding> findPii(Interaction interaction) {
        return detector.analyze(AnalyzedInteraction.of(interaction)).findingsOfType(TextFindings.PII);
    }

    /** The merged stretches of audio to silence for {@code interaction}'s personal data. */
    public List<TimeSpan> spansToSilence(Transcript transcript, Interaction interaction) {
        return spansToSilence(transcript, findPii(interaction), transcript.durationMs());
    }

    public List<TimeSpan> spansToSilence(Transcript transcript, List<Finding> piiFindings, long durationMs) {
        List<TimeSpan> spans = new ArrayList<>();
        for (Finding finding : piiFindings) {
            for (Evidence evidence : finding.evidence()) {
                if (evidence.isWholeInteraction()) {
                    continue;
                }
                long start = Long.MAX_VALUE;
                long end = Long.MIN_VALUE;
                for (TranscriptWord word : transcript.wordsOfTurn(evidence.turnIndex())) {
                    if (word.charStart() < evidence.charEnd() && evidence.charStart() < word.charEnd()) {
                        start = Math.min(start, word.startMs());
                        end = Math.max(end, word.endMs());
                    }
                }
                if (start == Long.MAX_VALUE) {
                    start = evidence.startMs();
                    end = evidence.endMs();
                }
                spans.add(new TimeSpan(Math.max(0, start - paddingMs), Math.min(durationMs, end + paddingMs)));
            }
        }
        spans.sort(null);
        List<TimeSpan> merged = new ArrayList<>();
        for (TimeSpan span : spans) {
            if (!merged.isEmpty() && span.startMs() <= merged.getLast().endMs()) {
                TimeSpan last = merged.getLast();
                merged.set(merged.size() - 1, new TimeSpan(last.startMs(), Math.max(last.endMs(), span.endMs())));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }

    /** A copy of {@code audio} with every channel silent during {@code spans}. */
    public static PcmAudio silence(PcmAudio audio, List<TimeSpan> spans) {
        short[][] channels = new short[audio.channelCount()][];
        for (int channel = 0; channel < channels.length; channel++) {
            channels[channel] = audio.channel(channel);
            for (TimeSpan span : spans) {
                java.util.Arrays.fill(channels[channel], audio.frameAt(span.startMs()), audio.frameAt(span.endMs()), (short) 0);
            }
        }
        return new PcmAudio(audio.sampleRate(), channels);
    }
}
