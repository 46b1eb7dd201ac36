package io.touchpoint.store;

/**
 * Named points inside a write (and the re-indexing after one) where tests can make it fail, to
 * prove that a batch failing half way leaves nothing behind. Production code never arms one.
 */
final class Failpoints {

    static final String AFTER_CUSTOMERS = "after-customers";
    static final String AFTER_INTERACTIONS = "after-interactions";
    static final String AFTER_TURNS = "after-turns";
    static final String BEFORE_COMMIT = "before-commit";
    /** Re-indexing from DuckDB, after a failed write or at open. */
    static final String REINDEX = "reindex";

    private final java.util.Set<String> armed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Arms {@code point} too (several may be armed at once). */
    void arm(String point) {
        armed.add(point);
    }

    void disarm() {
        armed.clear();
    }

    void reached(String point) {
        if (armed.contains(point)) {
            throw new IllegalStateException("failpoint " + point + " reached (armed by a test)");
        }
    }
}
