package io.touchpoint.quality;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.quality.scorecard.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@link CoachingReport}s from the final answers (a reviewer's where there is one, the
 * machine's otherwise) of every scored interaction in the store.
 */
final class CoachingAnalysis {

    private final QualityService service;

    CoachingAnalysis(QualityService service) {
        this.service = service;
    }

    CoachingReport coach(String agentId, CoachingQuery query) {
        List<String[]> agent = service.query("SELECT id, name, team FROM agents WHERE id = ?", List.of(agentId),
                rows -> new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
        String name = agent.isEmpty() ? null : agent.getFirst()[1];
        String team = agent.isEmpty() ? null : agent.getFirst()[2];
        // Peers: the agent's team when known, otherwise every agent.
        String peers = team == null ? "i.agent_id IS NOT NULL" : "i.agent_id IN (SELECT id FROM agents WHERE team = ?)";
        List<Object> peerParameters = team == null ? List.of() : List.of(team);

        List<double[]> means = service.query("""
                SELECT count(*) FILTER (WHERE i.agent_id = ?), avg(s.final_score) FILTER (WHERE i.agent_id = ?),
                       avg(s.final_score) FILTER (WHERE %s)
                FROM quality_final_scores s JOIN interactions i ON i.id = s.interaction_id""".formatted(peers),
                concat(List.of(agentId, agentId), peerParameters),
                rows -> new double[] {rows.getLong(1), rows.getDouble(2), rows.getDouble(3)});
        long scored = (long) means.getFirst()[0];
        if (scored == 0) {
            throw TouchpointException.userError("agent '" + agentId + "' has no scored interactions; check the id "
                    + "(touchpoint kpi --by agent lists them) and run 'touchpoint analyze' first");
        }

        List<CoachingReport.QuestionStanding> standings = standings(agentId, peers, peerParameters, query);
        List<CoachingReport.QuestionStanding> strengths = standings.stream()
                .filter(standing -> standing.difference() >= query.margin())
                .sorted(Comparator.comparingDouble(CoachingReport.QuestionStanding::difference).reversed()).limit(3).toList();
        List<CoachingReport.QuestionStanding> weaknesses = standings.stream()
                .filter(standing -> standing.difference() <= -query.margin())
                .sorted(Comparator.comparingDouble(CoachingReport.QuestionStanding::difference)).limit(3).toList();
        List<CoachingReport.CoachingPoint> points = new ArrayList<>();
        for (CoachingReport.QuestionStanding weakness : weaknesses) {
            List<CoachingReport.Example> misses = examples(agentId, weakness, "no", List.of(), query.examples());
            List<CoachingReport.Example> best = weakness.topAgentId() == null ? List.of()
                    : examples(weakness.topAgentId(), weakness, "yes",
                            misses.stream().map(CoachingReport.Example::contactReason)
                                    .filter(java.util.Objects::nonNull).toList(), query.examples());
            points.add(new CoachingReport.CoachingPoint(weakness, misses, best));
        }
        return new CoachingReport(agentId, name, team, scored, means.getFirst()[1], means.getFirst()[2], strengths,
                weaknesses, standings, trend(agentId, peers, peerParameters, query.weeks()), points);
    }

    private List<CoachingReport.QuestionStanding> standings(String agentId, String peers, List<Object> peerParameters,
            CoachingQuery query) {
        String sql = """
                WITH answered AS (
                    SELECT a.scorecard, a.question, i.agent_id, (%s) AS peer, a.answer = 'yes' AS passed
                    FROM quality_final_answers a JOIN interactions i ON i.id = a.interaction_id
                    WHERE a.answer IN ('yes', 'no') AND i.agent_id IS NOT NULL
                ),
                per_agent AS (
                    SELECT scorecard, question, agent_id, any_value(peer) AS peer, count(*) AS n,
                           avg(CASE WHEN passed THEN 1.0 ELSE 0.0 END) AS rate
                    FROM answered GROUP BY scorecard, question, agent_id
                ),
                team AS (
                    SELECT scorecard, question, sum(n) AS n, sum(rate * n) / sum(n) AS rate
                    FROM per_agent WHERE peer GROUP BY scorecard, question
                ),
                top AS (
                    SELECT scorecard, question, arg_max(agent_id, rate * 1000000 + n) AS top_agent, max(rate) AS top_rate
                    FROM per_agent WHERE n >= ? AND agent_id <> ? GROUP BY scorecard, question
                )
                SELECT p.scorecard, p.question, p.n, p.rate, t.n, t.rate, tp.top_agent, tp.top_rate
                FROM per_agent p
                JOIN team t ON t.scorecard = p.scorecard AND t.question = p.question
                LEFT JOIN top tp ON tp.scorecard = p.scorecard AND tp.question = p.question
                WHERE p.agent_id = ? AND p.n >= ?
                ORDER BY p.rate - t.rate, p.scorecard, p.question""".formatted(peers);
        List<Object> parameters = concat(peerParameters, List.of(query.minAnswers(), agentId, agentId, query.minAnswers()));
        return service.query(sql, parameters, rows -> {
            String scorecard = rows.getString(1);
            String question = rows.getString(2);
            String text = service.scorecards().find(scorecard).flatMap(card -> card.question(question))
                    .map(Question::text).orElse(question);
            String top = rows.getString(7);
            return new CoachingReport.QuestionStanding(scorecard, question, text, rows.getLong(3), rows.getDouble(4),
                    rows.getLong(5), rows.getDouble(6), top, top == null ? 0 : rows.getDouble(8));
        });
    }

    private List<CoachingReport.WeekPoint> trend(String agentId, String peers, List<Object> peerParameters, int weeks) {
        List<CoachingReport.WeekPoint> points = service.query("""
                SELECT date_trunc('week', i.started_at)::DATE AS week,
                       count(*) FILTER (WHERE i.agent_id = ?), avg(s.final_score) FILTER (WHERE i.agent_id = ?),
                       avg(s.final_score) FILTER (WHERE %s)
                FROM quality_final_scores s JOIN interactions i ON i.id = s.interaction_id
                GROUP BY week HAVING count(*) FILTER (WHERE i.agent_id = ?) > 0
                ORDER BY week""".formatted(peers), concat(List.of(agentId, agentId), concat(peerParameters, List.of(agentId))),
                rows -> new CoachingReport.WeekPoint(rows.getObject(1, java.time.LocalDate.class), rows.getLong(2),
                        rows.getDouble(3), rows.getDouble(4)));
        return points.subList(Math.max(0, points.size() - weeks), points.size());
    }

    /**
     * Interactions of {@code agentId} answered {@code answer} on the standing's question, newest first;
     * those with one of {@code preferredReasons} (the same situation) and with spans of evidence first.
     */
    private List<CoachingReport.Example> examples(String agentId, CoachingReport.QuestionStanding standing, String answer,
            List<String> preferredReasons, int limit) {
        if (limit == 0) {
            return List.of();
        }
        List<Object[]> rows = service.query("""
                SELECT a.interaction_id, epoch_us(i.started_at),
                       (SELECT arg_min(c.name, c.finding_index) FROM findings c
                        WHERE c.interaction_id = a.interaction_id AND c.type = 'category') AS reason
                FROM quality_final_answers a JOIN interactions i ON i.id = a.interaction_id
                WHERE i.agent_id = ? AND a.scorecard = ? AND a.question = ? AND a.answer = ?
                ORDER BY i.started_at DESC, a.interaction_id
                LIMIT 200""", List.of(agentId, standing.scorecard(), standing.question(), answer),
                result -> new Object[] {result.getString(1), result.getLong(2), result.getString(3)});
        List<CoachingReport.Example> examples = new ArrayList<>();
        for (Object[] row : rows) {
            String id = (String) row[0];
            Optional<Interaction> interaction = service.store().interaction(id);
            if (interaction.isEmpty()) {
                continue;
            }
            String name = QualityFindings.answerName(standing.scorecard(), standing.question());
            List<EvidenceView> evidence = service.store().findings(id).stream()
                    .filter(finding -> finding.type().equals(QualityFindings.ANSWER) && finding.name().equals(name))
                    .findFirst().map(Finding::evidence)
                    .map(spans -> QualityService.evidence(interaction.get(), spans)).orElse(List.of());
            examples.add(new CoachingReport.Example(id, agentId, QualityService.instant((Long) row[1]), (String) row[2],
                    Answer.parse(answer), evidence));
            if (examples.size() >= limit * 10) {
                break;
            }
        }
        // Same situation first, then the words themselves (spans) over whole-interaction verdicts.
        examples.sort(Comparator
                .comparing((CoachingReport.Example example) -> example.contactReason() == null
                        || !preferredReasons.contains(example.contactReason()))
                .thenComparing(example -> example.evidence().stream().allMatch(EvidenceView::wholeInteraction)));
        return List.copyOf(examples.subList(0, Math.min(limit, examples.size())));
    }

    private static List<Object> concat(List<?> first, List<?> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
