package io.touchpoint.rules.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.GroundTruth;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Precision and recall of the built-in packs against the simulator's planted ground truth, on a
 * few thousand generated interactions (the packs were written from real contact-center phrasing,
 * not from the simulator's templates).
 */
class PackAccuracyTest {

    private static final Logger LOG = LoggerFactory.getLogger(PackAccuracyTest.class);
    private static final double REQUIRED = 0.95;

    private static SimulatedContactCenter center;
    private static Map<String, List<Finding>> findingsById;
    private static Map<String, Interaction> byId;

    /** Measured precision and recall of one mapping. */
    record Score(String name, int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-40s precision %.3f recall %.3f (tp %d fp %d fn %d)", name, precision(),
                    recall(), truePositives, falsePositives, falseNegatives);
        }
    }

    @BeforeAll
    static void analyze() {
        center = new ContactCenterSimulator(SimulationConfig.of(4000, 20260105L)).generate();
        RuleSet rules = RuleSet.builtIn();
        findingsById = new HashMap<>();
        byId = new HashMap<>();
        for (Interaction interaction : center.interactions()) {
            byId.put(interaction.id(), interaction);
            findingsById.put(interaction.id(), rules.findings(AnalyzedInteraction.of(interaction)));
        }
    }

    private static Score score(String name, Set<String> truth, Predicate<List<Finding>> predicted, Set<String> universe) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> fpIds = new ArrayList<>();
        List<String> fnIds = new ArrayList<>();
        for (String id : universe) {
            boolean actual = truth.contains(id);
            boolean found = predicted.test(findingsById.get(id));
            if (actual && found) {
                tp++;
            } else if (found) {
                fp++;
                fpIds.add(id);
            } else if (actual) {
                fn++;
                fnIds.add(id);
            }
        }
        Score score = new Score(name, tp, fp, fn);
        LOG.info("{}", score);
        fpIds.stream().limit(3).forEach(id -> LOG.info("  false positive {}: {}", id, transcript(id)));
        fnIds.stream().limit(3).forEach(id -> LOG.info("  false negative {}: {}", id, transcript(id)));
        return score;
    }

    private static String transcript(String id) {
        Interaction interaction = byId.get(id);
        return interaction.queue() + " " + interaction.turns().stream()
                .map(t -> t.speaker().wireName() + ": " + t.text()).toList();
    }

    private static Predicate<List<Finding>> has(String type, String name) {
        return findings -> findings.stream().anyMatch(f -> f.type().equals(type) && f.name().equals(name)
                && !f.label().equals("missing"));
    }

    private static Set<String> ids(Predicate<Interaction> filter) {
        Set<String> ids = new HashSet<>();
        for (Interaction interaction : center.interactions()) {
            if (filter.test(interaction)) {
                ids.add(interaction.id());
            }
        }
        return ids;
    }

    private static void check(Score score) {
        assertThat(score.precision()).as("precision of %s", score.name()).isGreaterThanOrEqualTo(REQUIRED);
        assertThat(score.recall()).as("recall of %s", score.name()).isGreaterThanOrEqualTo(REQUIRED);
    }

    @Test
    void customerSignalsAndCollectionsMeetTheTarget() {
        GroundTruth truth = center.truth();
        Set<String> all = ids(i -> true);
        List<Score> scores = List.of(
                score("event churn_threat", truth.interactions(GroundTruth.CHURN_THREAT), has("event", "churn_threat"), all),
                score("event retention_offer", truth.interactions(GroundTruth.RETENTION_OFFER), has("event", "retention_offer"), all),
                score("event escalation_request", truth.interactions(GroundTruth.ESCALATION_REQUEST),
                        has("event", "escalation_request"), all),
                score("event praise", truth.interactions(GroundTruth.PRAISE), has("event", "praise"), all),
                score("event bankruptcy/attorney mention", truth.interactions(GroundTruth.COLLECTIONS_LEGAL_MENTION),
                        has("event", "bankruptcy_mention").or(has("event", "attorney_mention")), all),
                score("compliance continued_after_legal_mention", truth.interactions(GroundTruth.COLLECTIONS_LEGAL_VIOLATION),
                        has("compliance", "collections.continued_after_legal_mention"), all),
                score("compliance mini_miranda_missing", truth.interactions(GroundTruth.MINI_MIRANDA_MISSING),
                        has("compliance", "collections.mini_miranda_missing"), all),
                score("compliance recording.disclosure_missing", truth.interactions(GroundTruth.RECORDING_DISCLOSURE_MISSING),
                        has("compliance", "recording.disclosure_missing"), all));
        scores.forEach(PackAccuracyTest::check);
    }

    @Test
    void agentBehavioursMeetTheTarget() {
        GroundTruth truth = center.truth();
        Set<String> voiceAndChat = ids(i -> (i.channel() == Channel.VOICE || i.channel() == Channel.CHAT)
                && truth.behaviours().containsKey(i.id()));
        List<Score> scores = new ArrayList<>();
        for (String behaviour : List.of("greeting", "identity_verification", "empathy", "ownership", "closing",
                "upsell_attempt", "recording_disclosure", "mini_miranda")) {
            Set<String> present = new HashSet<>();
            truth.behaviours().forEach((id, names) -> {
                if (names.contains(behaviour)) {
                    present.add(id);
                }
            });
            Set<String> universe = behaviour.equals("recording_disclosure")
                    ? ids(i -> i.channel() == Channel.VOICE && truth.behaviours().containsKey(i.id()))
                    : voiceAndChat;
            scores.add(score("behaviour " + behaviour, present, has("behaviour", behaviour), universe));
        }
        Set<String> withHold = new HashSet<>();
        Set<String> etiquette = new HashSet<>();
        truth.behaviours().forEach((id, names) -> {
            if (names.contains("hold")) {
                withHold.add(id);
                if (names.contains("hold_etiquette")) {
                    etiquette.add(id);
                }
            }
        });
        scores.add(score("behaviour hold_etiquette (calls with a hold)", etiquette, has("behaviour", "hold_etiquette"), withHold));
        scores.forEach(PackAccuracyTest::check);
    }
}
