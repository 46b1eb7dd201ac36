package io.touchpoint.insights.impact;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * How effects are measured and turned into money.
 *
 * @param from first instant included (by start time); nullable for an open start
 * @param to first instant excluded; nullable for an open end
 * @param repeatDays a contact is repeated when the same customer comes back with the same reason within this many
 *        days (the KPI engine's FCR definition)
 * @param handleTimeChannels the channels whose duration is agent time (voice, chat); an e-mail thread's duration is
 *        days of elapsed time, not work, so handle-time effects and costs use only these channels
 * @param minStratumSize a queue/channel stratum is compared only when both sides have at least this many
 *        interactions with the metric
 * @param minutesPerEscalation the (supervisor) minutes one escalation costs, to value escalation effects
 * @param alpha an effect counts towards money only when its p-value is below this
 * @param maxIds how many interaction ids each impact lists for drill-down (most recent first)
 */
public record QuantifySettings(Instant from, Instant to, int repeatDays, Set<String> handleTimeChannels,
                               int minStratumSize, double minutesPerEscalation, double alpha, int maxIds) {

    public static final int DEFAULT_REPEAT_DAYS = 7;
    public static final Set<String> DEFAULT_HANDLE_TIME_CHANNELS = Set.of("voice", "chat");
    public static final int DEFAULT_MIN_STRATUM_SIZE = 5;
    public static final double DEFAULT_MINUTES_PER_ESCALATION = 10;
    public static final double DEFAULT_ALPHA = 0.05;
    public static final int DEFAULT_MAX_IDS = 100;

    public QuantifySettings {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("QuantifySettings.from " + from + " is not before to " + to);
        }
        if (repeatDays < 1) {
            throw new IllegalArgumentException("QuantifySettings.repeatDays " + repeatDays + " is below 1");
        }
        handleTimeChannels = Set.copyOf(requireNonNull(handleTimeChannels, "QuantifySettings.handleTimeChannels is null"));
        if (handleTimeChannels.isEmpty()) {
            throw new IllegalArgumentException("QuantifySettings.handleTimeChannels is empty: name at least one channel "
                    + "whose duration is agent time, such as voice");
        }
        for (String channel : handleTimeChannels) {
            if (!channel.matches("[a-z]+")) {
                throw new IllegalArgumentException("QuantifySettings.handleTimeChannels: '" + channel
                        + "' is not a channel wire name (voice, chat, email, sms, social, webform)");
            }
        }
        if (minStratumSize < 2) {
            throw new IllegalArgumentException("QuantifySettings.minStratumSize " + minStratumSize
                    + " is below 2 (a variance needs two values)");
        }
        if (!Double.isFinite(minutesPerEscalation) || minutesPerEscalation < 0) {
            throw new IllegalArgumentException("QuantifySettings.minutesPerEscalation must be a non-negative number, got "
                    + minutesPerEscalation);
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("QuantifySettings.alpha must be in (0, 1], got " + alpha);
        }
        if (maxIds < 0) {
            throw new IllegalArgumentException("QuantifySettings.maxIds " + maxIds + " is negative");
        }
    }

    public static QuantifySettings defaults() {
        return new QuantifySettings(null, null, DEFAULT_REPEAT_DAYS, DEFAULT_HANDLE_TIME_CHANNELS,
                DEFAULT_MIN_STRATUM_SIZE, DEFAULT_MINUTES_PER_ESCALATION, DEFAULT_ALPHA, DEFAULT_MAX_IDS);
    }

    public QuantifySettings between(Instant newFrom, Instant newTo) {
        return new QuantifySettings(newFrom, newTo, repeatDays, handleTimeChannels, minStratumSize,
                minutesPerEscalation, alpha, maxIds);
    }

    public QuantifySettings withMinutesPerEscalation(double minutes) {
        return new QuantifySettings(from, to, repeatDays, handleTimeChannels, minStratumSize, minutes, alpha, maxIds);
    }

    public QuantifySettings withMaxIds(int ids) {
        return new QuantifySettings(from, to, repeatDays, handleTimeChannels, minStratumSize, minutesPerEscalation,
                alpha, ids);
    }

    public Optional<Instant> fromInstant() {
        return Optional.ofNullable(from);
    }

    public Optional<Instant> toInstant() {
        return Optional.ofNullable(to);
    }
}
