package io.touchpoint.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * Where a call's recording is and which audio channel carries which speaker.
 *
 * @param uri a path relative to the source file, or an absolute URI
 * @param channels audio channel index to speaker; empty for a mono recording
 */
public record AudioRef(String uri, Map<Integer, Speaker> channels) {

    public AudioRef {
        requireNonNull(uri, "uri is null");
        if (uri.isBlank()) {
            throw new IllegalArgumentException("uri is blank");
        }
        channels = Map.copyOf(requireNonNull(channels, "channels is null"));
        channels.keySet().forEach(index -> {
            if (index < 0) {
                throw new IllegalArgumentException("audio channel index is negative: " + index);
            }
        });
    }
}
