package io.touchpoint.text.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.Interaction;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.GroundTruth;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall on the simulator's planted personal data and false positives on its planted look-alikes
 * (order ids, amounts, timestamps, case numbers, pets' names), over 3,000 generated interactions.
 */
class SimulatedPiiTest {

    private static SimulatedContactCenter center;
    private static Map<String, Interaction> byId;
    private static final Map<String, List<List<PiiSpan>>> DETECTED = new HashMap<>();

    @BeforeAll
    static void generate() {
        center = new ContactCenterSimulator(SimulationConfig.of(3_000, 7)).generate();
        byId = new HashMap<>();
        PiiDetector detector = PiiDetector.all();
        for (Interaction interaction : center.interactions()) {
            byId.put(interaction.id(), interaction);
            List<List<PiiSpan>> perTurn = new ArrayList<>();
            String previous = "";
            for (var turn : interaction.turns()) {
                perTurn.add(detector.detect(turn.text(), previous));
                previous = turn.text();
            }
            DETECTED.put(interaction.id(), perTurn);
        }
    }

    /** A planted item counts as found when a detected span of the same type covers it. */
    private static boolean found(GroundTruth.PiiItem item) {
        List<List<PiiSpan>> turns = DETECTED.get(item.interactionId());
        if (turns == null || item.turnIndex() >= turns.size()) {
            return false;
        }
        for (PiiSpan span : turns.get(item.turnIndex())) {
            if (span.type().name().equals(item.type().name()) && span.start() <= item.start() && span.end() >= item.end()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void recallsAtLeast99PercentOfCardsSsnsPhonesAndEmails() {
        Map<GroundTruth.PiiType, int[]> counts = new EnumMap<>(GroundTruth.PiiType.class);
        List<String> missed = new ArrayList<>();
        for (GroundTruth.PiiItem item : center.truth().pii()) {
            int[] count = counts.computeIfAbsent(item.type(), type -> new int[2]);
            count[1]++;
            if (found(item)) {
                count[0]++;
            } else if (missed.size() < 15) {
                missed.add(item.type() + " '" + item.text() + "' in: "
                        + byId.get(item.interactionId()).turns().get(item.turnIndex()).text());
            }
        }
        counts.forEach((type, count) -> System.out.printf(Locale.ROOT, "PII recall %-7s %5d / %5d = %.4f%n", type,
                count[0], count[1], (double) count[0] / count[1]));
        missed.forEach(line -> System.out.println("  missed " + line));
        for (GroundTruth.PiiType type : List.of(GroundTruth.PiiType.CARD, GroundTruth.PiiType.SSN,
                GroundTruth.PiiType.PHONE, GroundTruth.PiiType.EMAIL)) {
            int[] count = counts.get(type);
            assertThat(count).as("planted %s items", type).isNotNull();
            assertThat((double) count[0] / count[1]).as("recall of %s", type).isGreaterThanOrEqualTo(0.99);
        }
    }

    @Test
    void flagsAtMostOnePercentOfTimestampsOrderIdsAndAmounts() {
        Map<GroundTruth.DecoyType, int[]> counts = new EnumMap<>(GroundTruth.DecoyType.class);
        List<String> flagged = new ArrayList<>();
        for (GroundTruth.PiiDecoy decoy : center.truth().piiDecoys()) {
            int[] count = counts.computeIfAbsent(decoy.type(), type -> new int[2]);
            count[1]++;
            boolean hit = DETECTED.get(decoy.interactionId()).get(decoy.turnIndex()).stream()
                    .anyMatch(span -> span.start() < decoy.end() && decoy.start() < span.end());
            if (hit) {
                count[0]++;
                if (flagged.size() < 15) {
                    flagged.add(decoy.type() + " '" + decoy.text() + "' as " + DETECTED.get(decoy.interactionId())
                            .get(decoy.turnIndex()) + " in: "
                            + byId.get(decoy.interactionId()).turns().get(decoy.turnIndex()).text());
                }
            }
        }
        counts.forEach((type, count) -> System.out.printf(Locale.ROOT, "decoys flagged %-11s %4d / %5d = %.4f%n", type,
                count[0], count[1], (double) count[0] / count[1]));
        flagged.forEach(line -> System.out.println("  flagged " + line));
        for (GroundTruth.DecoyType type : GroundTruth.DecoyType.values()) {
            int[] count = counts.get(type);
            if (count != null) {
                assertThat((double) count[0] / count[1]).as("false positives on %s", type).isLessThanOrEqualTo(0.01);
            }
        }
        assertThat(counts).containsKeys(GroundTruth.DecoyType.TIMESTAMP, GroundTruth.DecoyType.ORDER_ID,
                GroundTruth.DecoyType.AMOUNT);
    }
}
