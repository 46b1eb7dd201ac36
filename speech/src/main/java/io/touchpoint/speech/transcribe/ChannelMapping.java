package io.touchpoint.speech.transcribe;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Speaker;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which audio channel of a stereo call carries which speaker, e.g. {@code 0=agent,1=customer}
 * (the default: most recorders put the agent's side on the left channel).
 */
public record ChannelMapping(Map<Integer, Speaker> channels) {

    public ChannelMapping {
        channels = Map.copyOf(requireNonNull(channels, "channels is null"));
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a channel mapping needs at least one channel");
        }
    }

    public static ChannelMapping agentLeft() {
        return new ChannelMapping(Map.of(0, Speaker.AGENT, 1, Speaker.CUSTOMER));
    }

    /** Parses {@code 0=agent,1=customer}; names the bad part and the expected form otherwise. */
    public static ChannelMapping parse(String text) {
        requireNonNull(text, "text is null");
        Map<Integer, Speaker> channels = new TreeMap<>();
        for (String part : text.split(",")) {
            String[] pair = part.trim().split("=");
            if (pair.length != 2) {
                throw TouchpointException.userError("channel mapping '" + text + "': '" + part.trim()
                        + "' is not CHANNEL=SPEAKER; write it like 0=agent,1=customer");
            }
            try {
                int channel = Integer.parseInt(pair[0].trim());
                if (channel < 0 || channel > 7) {
                    throw new NumberFormatException();
                }
                if (channels.put(channel, Speaker.parse(pair[1])) != null) {
                    throw TouchpointException.userError("channel mapping '" + text + "' names channel " + channel + " twice");
                }
            } catch (NumberFormatException e) {
                throw TouchpointException.userError("channel mapping '" + text + "': '" + pair[0].trim()
                        + "' is not a channel number 0-7");
            } catch (IllegalArgumentException e) {
                throw TouchpointException.userError("channel mapping '" + text + "': " + e.getMessage());
            }
        }
        return new ChannelMapping(channels);
    }

    /** The mapping with the speakers of the first two channels exchanged. */
    public ChannelMapping swapped() {
        Map<Integer, Speaker> swapped = new TreeMap<>(channels);
        Speaker first = channels.get(0);
        Speaker second = channels.get(1);
        if (first != null && second != null) {
            swapped.put(0, second);
            swapped.put(1, first);
        }
        return new ChannelMapping(swapped);
    }

    @Override
    public String toString() {
        return new TreeMap<>(channels).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue().wireName()).collect(Collectors.joining(","));
    }
}
