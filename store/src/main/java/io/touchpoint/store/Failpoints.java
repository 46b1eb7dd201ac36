package io.touchpoint.store;

/**
 * Named points inside a write where tests can make it fail, to prove that a batch failing half
 * way leaves nothing behind. Production code never arms one.
 */
final class Failpoints {

    static final String AFTER_CUSTOMERS = "after-customers";
    static final String AFTER_INTERACTIONS = "after-interactions";
    static final String AFTER_TURNS = "after-turns";
    static final String BEFORE_COMMIT = "before-commit";

    private volatile String armed;

    void arm(String point) {
        this.armed = point;
    }

    void disarm() {
        this.armed = null;
    }

    void reached(String point) {
        if (point.equals(armed)) {
            throw new IllegalStateException("failpoint " + point + " reached (armed by a test)");
        }
    }
}
