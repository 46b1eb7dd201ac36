package io.touchpoint.kafka;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One message of the findings topic: a finding of a live (or streamed) interaction.
 *
 * @param findingId deterministic: the same finding of the same interaction always has the same id
 *     (see {@link #idOf}), so a consumer can tell a duplicate from a new finding
 * @param turnIndex the turn whose arrival produced it; -1 when made at the conversation's end
 * @param turnSentAt when the producing event was sent, for end-to-end latency
 */
public record FindingRecord(String findingId, String interactionId, int turnIndex, Finding finding,
        String pipelineVersion, Instant turnSentAt) {

    public FindingRecord {
        requireNonNull(findingId, "findingId is null");
        requireNonNull(interactionId, "interactionId is null");
        requireNonNull(finding, "finding is null");
        requireNonNull(pipelineVersion, "pipelineVersion is null");
        requireNonNull(turnSentAt, "turnSentAt is null");
    }

    /**
     * The id of a finding: a hash of the interaction id, analyzer, type, name, label and evidence.
     * The score is left out on purpose: a finding re-made on a longer conversation keeps its id.
     */
    public static String idOf(String interactionId, Finding finding) {
        StringBuilder key = new StringBuilder(128).append(interactionId).append('\u0000').append(finding.analyzer())
                .append('\u0000').append(finding.type()).append('\u0000').append(finding.name()).append('\u0000')
                .append(finding.label());
        for (Evidence evidence : finding.evidence()) {
            key.append('\u0000').append(evidence.turnIndex()).append(':').append(evidence.charStart()).append(':')
                    .append(evidence.charEnd()).append(':').append(evidence.startMs()).append(':')
                    .append(evidence.endMs());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
