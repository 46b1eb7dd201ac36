package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Channel;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * How desktop events are matched to interactions by time.
 *
 * @param skewTolerance how far the desktop clock may be off from the interaction clock: an event this
 *        much before a start or after an end still counts as inside (default 5 s)
 * @param afterCallWork how long after an interaction ends the agent's desktop work still belongs to it
 *        (wrap-up notes, follow-up e-mail; default 120 s)
 * @param timeMatchedChannels channels whose interactions claim events by time (default voice and chat:
 *        an e-mail thread spans days while the agent works on it for minutes, so its events are matched
 *        only by an explicit interaction id)
 */
public record AlignmentSettings(Duration skewTolerance, Duration afterCallWork, Set<Channel> timeMatchedChannels) {

    public static final Duration DEFAULT_SKEW_TOLERANCE = Duration.ofSeconds(5);
    public static final Duration DEFAULT_AFTER_CALL_WORK = Duration.ofSeconds(120);

    public AlignmentSettings {
        requireNonNull(skewTolerance, "skewTolerance is null");
        requireNonNull(afterCallWork, "afterCallWork is null");
        requireNonNull(timeMatchedChannels, "timeMatchedChannels is null");
        if (skewTolerance.isNegative()) {
            throw new IllegalArgumentException("AlignmentSettings: skewTolerance must not be negative, got " + skewTolerance);
        }
        if (afterCallWork.isNegative()) {
            throw new IllegalArgumentException("AlignmentSettings: afterCallWork must not be negative, got " + afterCallWork);
        }
        timeMatchedChannels = Set.copyOf(timeMatchedChannels);
    }

    public static AlignmentSettings defaults() {
        return new AlignmentSettings(DEFAULT_SKEW_TOLERANCE, DEFAULT_AFTER_CALL_WORK, EnumSet.of(Channel.VOICE, Channel.CHAT));
    }

    public AlignmentSettings withSkewTolerance(Duration tolerance) {
        return new AlignmentSettings(tolerance, afterCallWork, timeMatchedChannels);
    }

    public AlignmentSettings withAfterCallWork(Duration window) {
        return new AlignmentSettings(skewTolerance, window, timeMatchedChannels);
    }
}
