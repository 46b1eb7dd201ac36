package io.touchpoint.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One event from an agent's desktop.
 *
 * @param application the application in focus or used by the process (nullable)
 * @param processName the business process, for process_start / process_end (required for those)
 * @param url the page, for url events (nullable otherwise)
 * @param interactionId the interaction the desktop tagged the event with, if any (nullable)
 */
public record DesktopEvent(
        String agentId,
        Instant timestamp,
        DesktopEventType type,
        String application,
        String processName,
        String url,
        String interactionId) {

    public DesktopEvent {
        requireNonNull(agentId, "agentId is null");
        if (agentId.isBlank()) {
            throw new IllegalArgumentException("agentId is blank");
        }
        requireNonNull(timestamp, "timestamp is null");
        requireNonNull(type, "type is null");
        application = CustomerRef.blankToNull(application);
        processName = CustomerRef.blankToNull(processName);
        url = CustomerRef.blankToNull(url);
        interactionId = CustomerRef.blankToNull(interactionId);
        if ((type == DesktopEventType.PROCESS_START || type == DesktopEventType.PROCESS_END) && processName == null) {
            throw new IllegalArgumentException("processName is required for " + type.wireName() + " events");
        }
        if (type == DesktopEventType.URL && url == null) {
            throw new IllegalArgumentException("url is required for url events");
        }
    }
}
