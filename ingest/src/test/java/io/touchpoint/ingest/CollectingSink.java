package io.touchpoint.ingest;

import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.RecordSink;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps every record and the last progress figure, for assertions. */
public final class CollectingSink implements RecordSink {

    public final List<IngestRecord> records = new ArrayList<>();
    public long lastProgress = -1;
    public int progressCalls;

    @Override
    public void accept(IngestRecord record) {
        records.add(record);
    }

    @Override
    public void progress(long bytesRead) {
        lastProgress = bytesRead;
        progressCalls++;
    }

    public List<Interaction> interactions() {
        return records.stream().filter(IngestRecord.InteractionRecord.class::isInstance)
                .map(r -> ((IngestRecord.InteractionRecord) r).interaction()).toList();
    }

    public List<Customer> customers() {
        return records.stream().filter(IngestRecord.CustomerRecord.class::isInstance)
                .map(r -> ((IngestRecord.CustomerRecord) r).customer()).toList();
    }

    public List<Agent> agents() {
        return records.stream().filter(IngestRecord.AgentRecord.class::isInstance)
                .map(r -> ((IngestRecord.AgentRecord) r).agent()).toList();
    }

    public List<DesktopEvent> desktopEvents() {
        return records.stream().filter(IngestRecord.DesktopEventRecord.class::isInstance)
                .map(r -> ((IngestRecord.DesktopEventRecord) r).event()).toList();
    }

    public List<IngestRecord.Rejected> rejected() {
        return records.stream().filter(IngestRecord.Rejected.class::isInstance)
                .map(IngestRecord.Rejected.class::cast).toList();
    }
}
