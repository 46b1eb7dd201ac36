package io.touchpoint.store;

import java.time.Instant;

/** DuckDB TIMESTAMP columns and Lucene's startedAt field hold microseconds since the epoch, UTC. */
final class Timestamps {

    private Timestamps() {
    }

    /** Microseconds since the epoch; sub-microsecond precision is dropped. */
    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
