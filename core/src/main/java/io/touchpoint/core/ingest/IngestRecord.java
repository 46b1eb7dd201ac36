package io.touchpoint.core.ingest;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;

/** What a connector emits for each record it reads: a valid domain record, or a rejection. */
public sealed interface IngestRecord {

    SourceLocation location();

    record InteractionRecord(Interaction interaction, SourceLocation location) implements IngestRecord {
        public InteractionRecord {
            requireNonNull(interaction, "interaction is null");
            requireNonNull(location, "location is null");
        }
    }

    record CustomerRecord(Customer customer, SourceLocation location) implements IngestRecord {
        public CustomerRecord {
            requireNonNull(customer, "customer is null");
            requireNonNull(location, "location is null");
        }
    }

    record AgentRecord(Agent agent, SourceLocation location) implements IngestRecord {
        public AgentRecord {
            requireNonNull(agent, "agent is null");
            requireNonNull(location, "location is null");
        }
    }

    record DesktopEventRecord(DesktopEvent event, SourceLocation location) implements IngestRecord {
        public DesktopEventRecord {
            requireNonNull(event, "event is null");
            requireNonNull(location, "location is null");
        }
    }

    /**
     * A record that could not be read. It goes to the dead-letter file with everything needed to
     * fix and re-ingest it.
     *
     * @param field the field at fault, or {@code "(record)"} when the record as a whole is bad
     * @param reason what is wrong, in words a user can act on
     * @param raw the record as it was read (possibly cut to a maximum size)
     */
    record Rejected(SourceLocation location, String field, String reason, String raw) implements IngestRecord {
        public static final String WHOLE_RECORD = "(record)";

        public Rejected {
            requireNonNull(location, "location is null");
            requireNonNull(field, "field is null");
            requireNonNull(reason, "reason is null");
            raw = raw == null ? "" : raw;
        }

        /** "line 17 of calls.ndjson: startedAt: 'yesterday' is not an ISO-8601 instant". */
        public String message() {
            return location + ": " + (WHOLE_RECORD.equals(field) ? "" : field + ": ") + reason;
        }
    }
}
