package io.touchpoint.speech.transcribe;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Speaker;
import io.touchpoint.speech.segmentation.VoiceActivityDetector;

/**
 * How calls are turned into transcripts.
 *
 * @param channels which stereo channel is which speaker
 * @param channelCheck what to do when the transcript says the mapping is swapped
 * @param monoFirstSpeaker on a mono call, who speaks first (the agent, on inbound calls)
 * @param voiceActivity how speech is found in the audio
 * @param monoSpeakers how many voices a mono recording holds: 2 (a call, diarized) or 1 (dictation, a voicemail)
 */
public record TranscriptionOptions(ChannelMapping channels, ChannelCheck.Mode channelCheck, Speaker monoFirstSpeaker,
        VoiceActivityDetector voiceActivity, int monoSpeakers) {

    public TranscriptionOptions {
        requireNonNull(channels, "channels is null");
        requireNonNull(channelCheck, "channelCheck is null");
        requireNonNull(monoFirstSpeaker, "monoFirstSpeaker is null");
        requireNonNull(voiceActivity, "voiceActivity is null");
        if (monoSpeakers != 1 && monoSpeakers != 2) {
            throw new IllegalArgumentException("monoSpeakers must be 1 or 2, got " + monoSpeakers);
        }
        if (monoFirstSpeaker != Speaker.AGENT && monoFirstSpeaker != Speaker.CUSTOMER) {
            throw new IllegalArgumentException("monoFirstSpeaker must be agent or customer, got " + monoFirstSpeaker.wireName());
        }
    }

    public static TranscriptionOptions defaults() {
        return new TranscriptionOptions(ChannelMapping.agentLeft(), ChannelCheck.Mode.WARN, Speaker.AGENT,
                VoiceActivityDetector.standard(), 2);
    }

    public TranscriptionOptions withChannels(ChannelMapping mapping) {
        return new TranscriptionOptions(mapping, channelCheck, monoFirstSpeaker, voiceActivity, monoSpeakers);
    }

    public TranscriptionOptions withChannelCheck(ChannelCheck.Mode mode) {
        return new TranscriptionOptions(channels, mode, monoFirstSpeaker, voiceActivity, monoSpeakers);
    }

    public TranscriptionOptions withMonoSpeakers(int count) {
        return new TranscriptionOptions(channels, channelCheck, monoFirstSpeaker, voiceActivity, count);
    }

    public TranscriptionOptions withMonoFirstSpeaker(Speaker speaker) {
        return new TranscriptionOptions(channels, channelCheck, speaker, voiceActivity, monoSpeakers);
    }
}
