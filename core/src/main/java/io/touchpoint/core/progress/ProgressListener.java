package io.touchpoint.core.progress;

/**
 * Told how a long job advances, so the CLI can draw a progress bar on a terminal and stay quiet
 * otherwise. Work is counted in any unit the job chooses (bytes, interactions, seconds of audio).
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(String task, long totalWork) {
        }

        @Override
        public void advance(long work) {
        }

        @Override
        public void finish() {
        }
    };

    /** A new task begins; {@code totalWork} is -1 when unknown. */
    void start(String task, long totalWork);

    /** {@code work} more units are done. */
    void advance(long work);

    /** The task ended, successfully or not. */
    void finish();
}
