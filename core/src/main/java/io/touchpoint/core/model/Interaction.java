package io.touchpoint.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical record of one customer contact on any channel. Everything after ingest works on
 * this record and never on a source format.
 *
 * <p>Nullable components: {@code endedAt}, {@code agentId}, {@code queue}, {@code language},
 * {@code audio}. Use {@link #builder(String, Channel, Instant)} to build one.
 */
public record Interaction(
        String id,
        Channel channel,
        Direction direction,
        Instant startedAt,
        Instant endedAt,
        CustomerRef customer,
        String agentId,
        String queue,
        String language,
        List<Turn> turns,
        AudioRef audio,
        Outcome outcome,
        Map<String, String> attributes) {

    /** Longer ids are almost always a mapping mistake (a whole text column mapped to the id). */
    public static final int MAX_ID_LENGTH = 256;

    public Interaction {
        requireNonNull(id, "id is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("id is longer than " + MAX_ID_LENGTH + " characters");
        }
        requireNonNull(channel, "channel is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(startedAt, "startedAt is null");
        if (endedAt != null && endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("endedAt " + endedAt + " is before startedAt " + startedAt);
        }
        customer = customer == null ? CustomerRef.UNKNOWN : customer;
        agentId = CustomerRef.blankToNull(agentId);
        queue = CustomerRef.blankToNull(queue);
        language = CustomerRef.blankToNull(language);
        turns = List.copyOf(requireNonNull(turns, "turns is null"));
        outcome = outcome == null ? Outcome.UNKNOWN : outcome;
        attributes = Map.copyOf(requireNonNull(attributes, "attributes is null"));
    }

    public Optional<Instant> ended() {
        return Optional.ofNullable(endedAt);
    }

    /** Handle time: end minus start, or the last turn's end when the source gave no end time. */
    public Duration duration() {
        if (endedAt != null) {
            return Duration.between(startedAt, endedAt);
        }
        long lastEnd = turns.stream().mapToLong(Turn::endMs).max().orElse(0);
        return Duration.ofMillis(lastEnd);
    }

    public Interaction withTurns(List<Turn> newTurns) {
        return new Interaction(id, channel, direction, startedAt, endedAt, customer, agentId, queue, language,
                newTurns, audio, outcome, attributes);
    }

    public Interaction withQueue(String newQueue) {
        return new Interaction(id, channel, direction, startedAt, endedAt, customer, agentId, newQueue, language,
                turns, audio, outcome, attributes);
    }

    public Interaction withLanguage(String newLanguage) {
        return new Interaction(id, channel, direction, startedAt, endedAt, customer, agentId, queue, newLanguage,
                turns, audio, outcome, attributes);
    }

    public static Builder builder(String id, Channel channel, Instant startedAt) {
        return new Builder(id, channel, startedAt);
    }

    /** Mutable builder for the many optional components; {@link #build()} validates. */
    public static final class Builder {
        private final String id;
        private final Channel channel;
        private final Instant startedAt;
        private Direction direction = Direction.INBOUND;
        private Instant endedAt;
        private CustomerRef customer = CustomerRef.UNKNOWN;
        private String agentId;
        private String queue;
        private String language;
        private final List<Turn> turns = new ArrayList<>();
        private AudioRef audio;
        private Outcome outcome = Outcome.UNKNOWN;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder(String id, Channel channel, Instant startedAt) {
            this.id = id;
            this.channel = channel;
            this.startedAt = startedAt;
        }

        public Builder direction(Direction value) { this.direction = value; return this; }
        public Builder endedAt(Instant value) { this.endedAt = value; return this; }
        public Builder customer(CustomerRef value) { this.customer = value; return this; }
        public Builder agentId(String value) { this.agentId = value; return this; }
        public Builder queue(String value) { this.queue = value; return this; }
        public Builder language(String value) { this.language = value; return this; }
        public Builder turn(Turn value) { this.turns.add(value); return this; }
        public Builder turns(List<Turn> values) { this.turns.addAll(values); return this; }
        public Builder audio(AudioRef value) { this.audio = value; return this; }
        public Builder outcome(Outcome value) { this.outcome = value; return this; }
        public Builder attribute(String key, String value) { this.attributes.put(key, value); return this; }
        public Builder attributes(Map<String, String> values) { this.attributes.putAll(values); return this; }

        public Interaction build() {
            return new Interaction(id, channel, direction, startedAt, endedAt, customer, agentId, queue, language,
                    turns, audio, outcome, attributes);
        }
    }
}
