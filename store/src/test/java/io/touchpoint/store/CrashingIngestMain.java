package io.touchpoint.store;

import io.touchpoint.core.ingest.IngestBatch;
import java.nio.file.Path;

/**
 * Writes {@link #BATCHES} batches into a store and says so on standard output after each one:
 * the child process that {@link CrashRecoveryTest} kills in the middle of ingest.
 *
 * <p>Arguments: the data folder.
 */
public final class CrashingIngestMain {

    static final int BATCHES = 30;
    static final int BATCH_SIZE = 50;
    static final int TURNS = 4;

    private CrashingIngestMain() {
    }

    /** Batch {@code number} is the same every time it is built, so a re-run rewrites it exactly. */
    static IngestBatch batch(int number) {
        return SampleData.syntheticBatch("crash" + number, BATCH_SIZE, TURNS);
    }

    public static void main(String[] args) {
        try (TouchpointStore store = TouchpointStore.open(Path.of(args[0]))) {
            System.out.println("opened");
            for (int i = 0; i < BATCHES; i++) {
                store.write(batch(i));
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
        System.out.println("finished");
    }
}
