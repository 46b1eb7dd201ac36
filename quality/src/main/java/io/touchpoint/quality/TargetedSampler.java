package io.touchpoint.quality;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.quality.scorecard.Scorecard;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Picks interactions for human review by risk instead of at random: compliance breaches and
 * auto-fails, customers who ended unhappy, uncertain verdicts and low scores first; then enough
 * per agent that every agent is seen; then a small random control share. Interactions already in
 * the review queue (any source, open or reviewed) are not picked again.
 */
final class TargetedSampler {

    private final QualityService service;

    TargetedSampler(QualityService service) {
        this.service = service;
    }

    /** A scored interaction that could be sampled, with its risk. */
    private record Candidate(String interactionId, String scorecard, String agentId, double risk, List<String> reasons) {
    }

    SampleResult sample(SampleRequest request) {
        List<Candidate> candidates = candidates(request);
        int randomCount = request.criteria().contains(SampleRequest.RANDOM)
                ? (int) Math.round(request.size() * request.randomShare()) : 0;
        if (request.criteria().equals(Set.of(SampleRequest.RANDOM))) {
            randomCount = request.size();
        }
        int targeted = request.size() - randomCount;
        Map<Candidate, String> picked = new LinkedHashMap<>();
        List<Candidate> byRisk = new ArrayList<>(candidates);
        byRisk.sort(Comparator.comparingDouble(Candidate::risk).reversed().thenComparing(Candidate::interactionId));
        if (request.criteria().contains(SampleRequest.COVERAGE) && request.perAgent() > 0) {
            Map<String, Integer> perAgent = new LinkedHashMap<>();
            // Each agent's riskiest first: coverage should still look where trouble is likeliest.
            for (Candidate candidate : byRisk) {
                if (picked.size() >= targeted) {
                    break;
                }
                if (candidate.agentId() == null) {
                    continue;
                }
                int count = perAgent.getOrDefault(candidate.agentId(), 0);
                if (count < request.perAgent()) {
                    perAgent.put(candidate.agentId(), count + 1);
                    picked.put(candidate, SampleRequest.COVERAGE);
                }
            }
        }
        if (request.criteria().contains(SampleRequest.RISK)) {
            for (Candidate candidate : byRisk) {
                if (picked.size() >= targeted || candidate.risk() <= 0) {
                    break;
                }
                picked.putIfAbsent(candidate, SampleRequest.RISK);
            }
        }
        if (randomCount > 0) {
            List<Candidate> rest = new ArrayList<>(candidates);
            rest.removeAll(picked.keySet());
            rest.sort(Comparator.comparing(Candidate::interactionId).thenComparing(Candidate::scorecard));
            Collections.shuffle(rest, new Random(request.seed()));
            rest.stream().limit(randomCount).forEach(candidate -> picked.put(candidate, SampleRequest.RANDOM));
        }
        return store(request, candidates.size(), picked);
    }

    private List<Candidate> candidates(SampleRequest request) {
        StringBuilder sql = new StringBuilder("""
                WITH scored AS (
                    SELECT s.interaction_id, s.scorecard, s.final_score, s.final_label, i.agent_id
                    FROM quality_final_scores s JOIN interactions i ON i.id = s.interaction_id
                    WHERE NOT EXISTS (SELECT 1 FROM quality_review_items r
                                      WHERE r.interaction_id = s.interaction_id AND r.scorecard = s.scorecard)
                """);
        List<Object> parameters = new ArrayList<>();
        if (request.from() != null) {
            sql.append(" AND i.started_at >= make_timestamp(?)");
            parameters.add(QualityService.micros(request.from()));
        }
        if (request.to() != null) {
            sql.append(" AND i.started_at < make_timestamp(?)");
            parameters.add(QualityService.micros(request.to()));
        }
        if (request.scorecard() != null) {
            sql.append(" AND s.scorecard = ?");
            parameters.add(request.scorecard());
        }
        sql.append("""
                ),
                signals AS (
                    SELECT f.interaction_id,
                           count(DISTINCT f.finding_index) FILTER (WHERE f.type = 'compliance') AS breaches,
                           bool_or(f.type = 'sentiment.trend' AND f.label IN ('ended_negative', 'worsened')) AS ended_unhappy
                    FROM findings f
                    WHERE f.interaction_id IN (SELECT interaction_id FROM scored)
                      AND f.type IN ('compliance', 'sentiment.trend')
                    GROUP BY f.interaction_id
                ),
                doubts AS (
                    SELECT interaction_id, split_part(name, '/', 1) AS scorecard,
                           min(confidence) FILTER (WHERE label = 'no') AS least_sure_no,
                           bool_or(label = 'no' AND score < 1) AS semantic_no
                    FROM findings
                    WHERE type = 'qa.answer' AND interaction_id IN (SELECT interaction_id FROM scored)
                    GROUP BY interaction_id, split_part(name, '/', 1)
                )
                SELECT s.interaction_id, s.scorecard, s.agent_id, s.final_score, s.final_label,
                       coalesce(g.breaches, 0), coalesce(g.ended_unhappy, false), d.least_sure_no,
                       coalesce(d.semantic_no, false)
                FROM scored s
                LEFT JOIN signals g ON g.interaction_id = s.interaction_id
                LEFT JOIN doubts d ON d.interaction_id = s.interaction_id AND d.scorecard = s.scorecard
                ORDER BY 1, 2""");
        return service.query(sql.toString(), parameters, rows -> {
            String scorecard = rows.getString(2);
            Optional<Scorecard> card = service.scorecards().find(scorecard);
            double passMark = card.map(Scorecard::passMark).orElse(80.0);
            double minConfidence = card.map(value -> value.review().minConfidence()).orElse(0.85);
            double risk = 0;
            List<String> reasons = new ArrayList<>();
            long breaches = rows.getLong(6);
            if (QualityFindings.AUTO_FAIL.equals(rows.getString(5))) {
                risk += 3;
                reasons.add("auto-fail");
            }
            if (breaches > 0) {
                risk += 3 * breaches;
                reasons.add(breaches == 1 ? "compliance breach" : breaches + " compliance breaches");
            }
            if (rows.getBoolean(7)) {
                risk += 2;
                reasons.add("customer ended unhappy");
            }
            double leastSure = rows.getDouble(8);
            boolean hasNo = !rows.wasNull();
            if (hasNo && (leastSure < minConfidence || rows.getBoolean(9))) {
                risk += 1;
                reasons.add("uncertain verdict");
            }
            if (rows.getDouble(4) < passMark) {
                risk += 1;
                reasons.add("low score");
            }
            return new Candidate(rows.getString(1), scorecard, rows.getString(3), risk, reasons);
        });
    }

    private SampleResult store(SampleRequest request, int candidateCount, Map<Candidate, String> picked) {
        List<String> ids = picked.keySet().stream().map(Candidate::interactionId).distinct().toList();
        Map<String, AnalyzedInteraction> analyses = service.scoring().load(ids);
        List<QualityService.PendingItem> items = new ArrayList<>();
        List<Map.Entry<Candidate, String>> entries = new ArrayList<>();
        for (Map.Entry<Candidate, String> entry : picked.entrySet()) {
            Candidate candidate = entry.getKey();
            Optional<Scorecard> card = service.scorecards().find(candidate.scorecard());
            AnalyzedInteraction analysis = analyses.get(candidate.interactionId());
            if (card.isEmpty() || analysis == null) {
                continue;
            }
            Optional<ScorecardResult> result = service.scoring().evaluate(card.get(), analysis);
            if (result.isEmpty()) {
                continue;
            }
            String why = "sampled (" + entry.getValue() + (candidate.reasons().isEmpty() ? "" : ": "
                    + String.join(", ", candidate.reasons())) + ")";
            // A sampled interaction is checked whole: every applicable answer is flagged.
            List<ReviewTriage.FlaggedAnswer> flags = result.get().answers().stream()
                    .filter(answer -> answer.answer() != Answer.NOT_APPLICABLE)
                    .map(answer -> new ReviewTriage.FlaggedAnswer(answer.question().id(), answer.answer(),
                            answer.confidence(), List.of(why)))
                    .toList();
            if (flags.isEmpty()) {
                continue;
            }
            items.add(new QualityService.PendingItem(candidate.interactionId(), candidate.scorecard(), "sample",
                    entry.getValue(), 0.5 + candidate.risk() / 100, result.get().score().value(),
                    String.join(",", new java.util.TreeSet<>(request.criteria())), request.requestedBy(), flags));
            entries.add(entry);
        }
        Instant now = Instant.now();
        List<SampleResult.Sampled> sampled = new ArrayList<>();
        long sampleId = service.store().transaction(connection -> {
            long id;
            try (PreparedStatement next = connection.prepareStatement(
                    "SELECT coalesce(max(sample_id), 0) + 1 FROM quality_samples");
                    var rows = next.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
            Set<String> seen = new HashSet<>();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO quality_samples VALUES (?, ?, ?, ?, ?, ?, ?, make_timestamp(?), ?)")) {
                for (int i = 0; i < items.size(); i++) {
                    QualityService.PendingItem item = items.get(i);
                    Candidate candidate = entries.get(i).getKey();
                    if (!seen.add(item.interactionId() + "/" + item.scorecard())
                            || QualityService.openItem(connection, item.interactionId(), item.scorecard()).isPresent()) {
                        continue;
                    }
                    long itemId = service.insertItem(connection, item);
                    insert.setLong(1, id);
                    insert.setString(2, item.interactionId());
                    insert.setString(3, item.scorecard());
                    insert.setString(4, item.trigger());
                    insert.setDouble(5, candidate.risk());
                    insert.setString(6, String.join("; ", candidate.reasons()));
                    insert.setLong(7, itemId);
                    insert.setLong(8, QualityService.micros(now));
                    insert.setString(9, request.requestedBy());
                    insert.executeUpdate();
                    sampled.add(new SampleResult.Sampled(item.interactionId(), item.scorecard(), candidate.agentId(),
                            item.trigger(), candidate.risk(), candidate.reasons(), itemId));
                }
            }
            return id;
        });
        SampleResult result = new SampleResult(sampleId, candidateCount, sampled);
        service.store().audit().append(request.requestedBy(), "qa.sample", "sample:" + sampleId, QualityService.json(Map.of(
                "criteria", new java.util.TreeSet<>(request.criteria()), "size", request.size(), "picked", sampled.size(),
                "risk", result.count(SampleRequest.RISK), "coverage", result.count(SampleRequest.COVERAGE),
                "random", result.count(SampleRequest.RANDOM))));
        return result;
    }
}
