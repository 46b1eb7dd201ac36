package io.touchpoint.ingest;

import io.touchpoint.core.ingest.BatchWriter;
import io.touchpoint.core.ingest.IngestBatch;
import java.util.ArrayList;
import java.util.List;

/** An in-memory {@link BatchWriter} that records every batch it is given. */
public final class RecordingBatchWriter implements BatchWriter {

    public final List<IngestBatch> batches = new ArrayList<>();

    @Override
    public void write(IngestBatch batch) {
        batches.add(batch);
    }

    public int recordCount() {
        return batches.stream().mapToInt(IngestBatch::size).sum();
    }
}
