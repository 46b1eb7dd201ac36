package io.touchpoint.core.ingest;

/**
 * Where ingest writes: the embedded store, or any other sink. A batch is written atomically
 * (all of it or none) and writing is an upsert by source id, so writing the same batch twice
 * leaves the same state as writing it once.
 */
public interface BatchWriter {

    void write(IngestBatch batch);
}
