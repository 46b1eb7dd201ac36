package io.touchpoint.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Channel;
import io.touchpoint.quality.scorecard.ScorecardLibrary;
import io.touchpoint.simulator.GroundTruth;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quality analyzer, sampling and coaching on a simulated contact center whose compliance
 * misses and agent skills are known: the planted misses must fail the right questions, weaker
 * agents must score lower, and coaching must find their weak spots with examples.
 */
class SimulatedCenterQualityTest {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedCenterQualityTest.class);

    @TempDir
    static Path dir;

    private static SimulatedCenter sim;
    private static TouchpointStore store;
    private static QualityService quality;
    private static final Map<String, Map<String, String>> ANSWERS = new HashMap<>();
    private static final Map<String, Double> SCORES = new HashMap<>();

    @BeforeAll
    static void analyzeAndStore() {
        sim = SimulatedCenter.get();
        for (AnalyzedInteraction analyzed : sim.analyzed) {
            for (Finding finding : analyzed.findings()) {
                if (finding.type().equals(QualityFindings.ANSWER)) {
                    ANSWERS.computeIfAbsent(analyzed.interaction().id(), key -> new HashMap<>())
                            .put(finding.name(), finding.label());
                } else if (finding.type().equals(QualityFindings.SCORE) && finding.name().equals("customer-service")) {
                    SCORES.put(analyzed.interaction().id(), finding.score());
                }
            }
        }
        store = TouchpointStore.open(dir);
        store.write(new IngestBatch(sim.analyzed.stream().map(AnalyzedInteraction::interaction).toList(),
                List.of(), sim.center.agents(), List.of()));
        store.writeAnalysis(sim.analyzed, "simulated");
        quality = new QualityService(store, ScorecardLibrary.builtIn());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyInteractionIsScored() {
        long scored = sim.analyzed.stream().filter(analyzed -> !analyzed.findingsOfType(QualityFindings.SCORE).isEmpty()).count();

        assertThat(scored).isEqualTo(sim.analyzed.size());
    }

    @Test
    void plantedComplianceMissesFailTheirQuestions() {
        GroundTruth truth = sim.center.truth();
        double recording = recall(truth.interactions(GroundTruth.RECORDING_DISCLOSURE_MISSING), "recording_disclosure");
        double miranda = recall(truth.interactions(GroundTruth.MINI_MIRANDA_MISSING), "mini_miranda");
        double legal = recall(truth.interactions(GroundTruth.COLLECTIONS_LEGAL_VIOLATION), "stopped_after_legal_mention");
        LOG.info("recall of planted misses: recording disclosure {}, mini-Miranda {}, legal mention {}", recording, miranda,
                legal);

        assertThat(recording).isGreaterThanOrEqualTo(0.9);
        assertThat(miranda).isGreaterThanOrEqualTo(0.9);
        assertThat(legal).isGreaterThanOrEqualTo(0.9);
        Set<String> missing = truth.interactions(GroundTruth.RECORDING_DISCLOSURE_MISSING);
        long falseFails = ANSWERS.entrySet().stream().filter(entry -> !missing.contains(entry.getKey()))
                .filter(entry -> entry.getValue().entrySet().stream()
                        .anyMatch(answer -> answer.getKey().endsWith("/recording_disclosure") && answer.getValue().equals("no")))
                .count();
        assertThat(falseFails).as("recording-disclosure fails without a planted miss").isLessThanOrEqualTo(2);
    }

    /** Share of the planted interactions whose question (on any scorecard) is answered no. */
    private static double recall(Set<String> planted, String question) {
        long applicable = 0;
        long failed = 0;
        for (String id : planted) {
            Map<String, String> answers = ANSWERS.getOrDefault(id, Map.of());
            List<String> labels = answers.entrySet().stream().filter(entry -> entry.getKey().endsWith("/" + question))
                    .map(Map.Entry::getValue).toList();
            if (labels.isEmpty()) {
                continue;
            }
            applicable++;
            if (labels.contains("no")) {
                failed++;
            }
        }
        assertThat(applicable).as("planted interactions scored on " + question).isPositive();
        return (double) failed / applicable;
    }

    @Test
    void juniorAgentsScoreBelowSeniors() {
        Map<String, String> skill = sim.center.agents().stream().collect(Collectors.toMap(Agent::id, Agent::skill));
        Map<String, Double> mean = sim.analyzed.stream()
                .filter(analyzed -> analyzed.interaction().agentId() != null && SCORES.containsKey(analyzed.interaction().id())
                        && analyzed.interaction().channel() == Channel.VOICE)
                .collect(Collectors.groupingBy(analyzed -> skill.get(analyzed.interaction().agentId()),
                        Collectors.averagingDouble(analyzed -> SCORES.get(analyzed.interaction().id()))));
        LOG.info("customer-service mean score on calls by skill: {}", mean);

        assertThat(mean.get("junior")).isLessThan(mean.get("regular") - 3);
        assertThat(mean.get("regular")).isLessThan(mean.get("senior") - 3);
    }

    @Test
    void samplingPicksRiskCoversAgentsAndKeepsARandomShare() {
        int agentsWithScores = (int) sim.analyzed.stream().map(analyzed -> analyzed.interaction().agentId())
                .filter(java.util.Objects::nonNull).distinct().count();
        SampleRequest request = new SampleRequest(agentsWithScores + 40, SampleRequest.ALL, 1, 0.1, null, null,
                "customer-service", 7L, "qa-lead");

        SampleResult sample = quality.sample(request);
        SampleResult again = quality.sample(request);

        assertThat(sample.picked()).hasSize(request.size());
        assertThat(sample.count(SampleRequest.RANDOM)).isEqualTo(Math.round(request.size() * 0.1));
        assertThat(sample.picked()).filteredOn(sampled -> sampled.criterion().equals(SampleRequest.RISK))
                .isNotEmpty().allSatisfy(sampled -> assertThat(sampled.risk()).isPositive());
        Set<String> covered = sample.picked().stream().map(SampleResult.Sampled::agentId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        long customerServiceAgents = sim.analyzed.stream()
                .filter(analyzed -> analyzed.findingsOfType(QualityFindings.SCORE).stream()
                        .anyMatch(score -> score.name().equals("customer-service")))
                .map(analyzed -> analyzed.interaction().agentId()).filter(java.util.Objects::nonNull).distinct().count();
        assertThat(covered).hasSize((int) customerServiceAgents);
        double riskMean = sample.picked().stream().filter(sampled -> !sampled.criterion().equals(SampleRequest.RANDOM))
                .mapToDouble(SampleResult.Sampled::risk).average().orElseThrow();
        double randomMean = sample.picked().stream().filter(sampled -> sampled.criterion().equals(SampleRequest.RANDOM))
                .mapToDouble(SampleResult.Sampled::risk).average().orElseThrow();
        assertThat(riskMean).isGreaterThan(randomMean);
        assertThat(again.picked()).extracting(SampleResult.Sampled::interactionId)
                .doesNotContainAnyElementsOf(sample.picked().stream().map(SampleResult.Sampled::interactionId).toList());
        assertThat(quality.queue(new QueueQuery(ReviewItem.OPEN, "customer-service", null, null, 10_000)))
                .filteredOn(item -> item.source().equals("sample")).hasSize(sample.picked().size() + again.picked().size());
    }

    @Test
    void coachingShowsAJuniorsWeakSpotsWithTheirMissesAndATopAgentsHandling() {
        Map<String, Long> calls = sim.analyzed.stream().filter(analyzed -> analyzed.interaction().agentId() != null)
                .collect(Collectors.groupingBy(analyzed -> analyzed.interaction().agentId(), Collectors.counting()));
        String junior = sim.center.agents().stream().filter(agent -> agent.skill().equals("junior"))
                .max(java.util.Comparator.comparing(agent -> calls.getOrDefault(agent.id(), 0L))).orElseThrow().id();

        CoachingReport report = quality.coach(junior, CoachingQuery.DEFAULT);

        LOG.info("coaching {} ({}): mean {} vs team {}, weaknesses {}", junior, report.team(), report.meanScore(),
                report.teamMeanScore(), report.weaknesses().stream().map(CoachingReport.QuestionStanding::question).toList());
        assertThat(report.meanScore()).isLessThan(report.teamMeanScore());
        assertThat(report.weaknesses()).isNotEmpty()
                .allSatisfy(weakness -> assertThat(weakness.difference()).isLessThanOrEqualTo(-0.10));
        assertThat(report.trend()).isNotEmpty().allSatisfy(week -> assertThat(week.agentInteractions()).isPositive());
        CoachingReport.CoachingPoint point = report.coachingPoints().getFirst();
        assertThat(point.misses()).isNotEmpty().allSatisfy(example -> {
            assertThat(example.agentId()).isEqualTo(junior);
            assertThat(example.answer()).isEqualTo(Answer.NO);
        });
        assertThat(point.bestPractice()).isNotEmpty().allSatisfy(example -> {
            assertThat(example.agentId()).isEqualTo(point.weakness().topAgentId()).isNotEqualTo(junior);
            assertThat(example.answer()).isEqualTo(Answer.YES);
        });
    }
}
