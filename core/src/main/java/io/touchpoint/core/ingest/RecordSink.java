package io.touchpoint.core.ingest;

/** Receives a connector's records one at a time, so that no connector holds a whole file. */
@FunctionalInterface
public interface RecordSink {

    void accept(IngestRecord record);

    /** Told how many bytes of the current source have been consumed, for progress bars. */
    default void progress(long bytesRead) {
    }
}
