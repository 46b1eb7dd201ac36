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
 */
public record TranscriptionOptions(ChannelMapping channels, ChannelCheck.Mode channelCheck, Speaker monoFirstSpeaker,
        VoiceActivityDetector voiceActivity) {

    public TranscriptionOptions {
        requireNonNull(channels, "channels is null");
        requireNonNull(channelCheck, "channelCheck is null");
        requireNonNull(monoFirstSpeaker, "monoFirstSpeaker is null");
        requireNonNull(voiceActivity, "voiceActivity is null");
        if (monoFirstSpeaker != Speaker.AGENT && monoFirstSpeaker != Speaker.CUSTOMER) {
            throw new IllegalArgumentException("monoFirstSpeaker must be agent or customer, got " + monoFirstSpeaker.wireName());
        }
    }

    public static TranscriptionOptions defaults() {
        return new TranscriptionOptions(ChannelMapping.agentLeft(), ChannelCheck.Mode.WARN, Speaker.AGENT,
                VoiceActivityDetector.standard());
    }

    public TranscriptionOptions withChannels(ChannelMapping mapping) {
        return new TranscriptionOptions(mapping, channelCheck, monoFirstSpeaker, voiceActivity);
    }

    public TranscriptionOptions withChannelCheck(ChannelCheck.Mode mode) {
        return new TranscriptionOptions(channels, mode, monoFirstSpeaker, voiceActivity);
    }

    public TranscriptionOptions withMonoFirstSpeaker(Speaker speaker) {
        return new TranscriptionOptions(channels, channelCheck, speaker, voiceActivity);
    }
}
