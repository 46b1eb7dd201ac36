package io.touchpoint.ingest.email;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.ingest.SourceLocation;
import java.time.Instant;
import java.util.List;

/**
 * One parsed e-mail, reduced to what threading and the interaction need.
 *
 * @param messageId the Message-ID without angle brackets, or {@code sha1-<hex>} of from, date
 *     and subject when the message has none
 * @param inReplyTo the In-Reply-To id without brackets, or null
 * @param references the References ids in order, without brackets
 * @param from the sender's address, lower-cased
 * @param to the To addresses, lower-cased
 * @param text the body as plain text, quoted replies and signature removed
 * @param agentId the {@code X-Agent-Id} header, or null
 * @param queue the {@code X-Queue} header, or null
 * @param order the order in which messages were read, to break ties between equal dates
 */
record EmailMessage(
        String messageId,
        String inReplyTo,
        List<String> references,
        String from,
        List<String> to,
        Instant date,
        String subject,
        String text,
        String agentId,
        String queue,
        SourceLocation location,
        long order) {

    EmailMessage {
        requireNonNull(messageId, "messageId is null");
        references = List.copyOf(requireNonNull(references, "references is null"));
        requireNonNull(from, "from is null");
        to = List.copyOf(requireNonNull(to, "to is null"));
        requireNonNull(date, "date is null");
        requireNonNull(text, "text is null");
        requireNonNull(location, "location is null");
    }

    String domain() {
        int at = from.lastIndexOf('@');
        return at < 0 ? "" : from.substring(at + 1);
    }
}
