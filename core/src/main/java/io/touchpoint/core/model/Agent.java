package io.touchpoint.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A contact-center agent.
 *
 * @param skill a free label such as {@code junior}, {@code senior}; null when unknown
 */
public record Agent(String id, String name, String team, String skill) {

    public Agent {
        requireNonNull(id, "id is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
    }
}
