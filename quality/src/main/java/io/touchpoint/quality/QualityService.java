package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import io.touchpoint.quality.scorecard.NearestName;
import io.touchpoint.quality.scorecard.Question;
import io.touchpoint.quality.scorecard.Scorecard;
import io.touchpoint.quality.scorecard.ScorecardLibrary;
import io.touchpoint.store.AuditEntry;
import io.touchpoint.store.ModuleSchema;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quality module's API over a store: the review queue (refresh, list, detail, review,
 * dispute), targeted sampling, coaching and per-rule precision. Every method returns records, so a
 * CLI command or a REST handler is a thin wrapper. Every human action is appended to the store's
 * audit log.
 *
 * <pre>{@code
 * try (TouchpointStore store = TouchpointStore.open(dir)) {
 *     QualityService quality = new QualityService(store, ScorecardLibrary.builtIn());
 *     quality.refreshQueue();                                   // after touchpoint analyze
 *     ReviewItem next = quality.queue(QueueQuery.open(1)).getFirst();
 *     quality.review(next.id(), new ReviewSubmission("ana", Map.of("mini_miranda", Answer.YES), "said at 0:04", true));
 * }
 * }</pre>
 */
public final class QualityService {

    private static final Logger LOG = LoggerFactory.getLogger(QualityService.class);

    /** The quality module's tables in the store. */
    public static final ModuleSchema SCHEMA = ModuleSchema.fromResources("quality", QualityService.class, "/db/quality",
            "V1__review_queue.sql");

    /** The audit actor of queue refreshes. */
    public static final String REFRESH_ACTOR = "system:qa-refresh";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNK = 500;

    private final TouchpointStore store;
    private final ScorecardLibrary scorecards;
    private final StoredScoring scoring;

    /** Opens the quality tables of {@code store}, creating or upgrading them as needed. */
    public QualityService(TouchpointStore store, ScorecardLibrary scorecards) {
        this.store = requireNonNull(store, "store is null");
        this.scorecards = requireNonNull(scorecards, "scorecards is null");
        this.scoring = new StoredScoring(store);
        store.ensureSchema(SCHEMA);
    }

    public ScorecardLibrary scorecards() {
        return scorecards;
    }

    TouchpointStore store() {
        return store;
    }

    StoredScoring scoring() {
        return scoring;
    }

    // ------------------------------------------------------------------------------ queue

    /**
     * Puts every scored interaction whose verdict matters and is uncertain (see {@link ReviewTriage})
     * in the review queue, and recomputes the final scores of reviewed interactions from their
     * current machine answers and the human ones. Run it after {@code touchpoint analyze}.
     * Idempotent: an interaction gets at most one such item per scorecard, whatever the re-runs.
     */
    public RefreshResult refreshQueue() {
        List<String[]> candidates = query("""
                SELECT DISTINCT f.interaction_id, f.name
                FROM findings f
                WHERE f.type = 'qa'
                  AND NOT EXISTS (SELECT 1 FROM quality_review_items i
                                  WHERE i.interaction_id = f.interaction_id AND i.scorecard = f.name
                                    AND i.source = 'verdict')
                  AND (f.label <> 'pass' OR EXISTS (SELECT 1 FROM findings a
                                                    WHERE a.interaction_id = f.interaction_id AND a.type = 'qa.answer'
                                                      AND a.label = 'no' AND starts_with(a.name, f.name || '/')))
                ORDER BY 1, 2""", List.of(), rows -> new String[] {rows.getString(1), rows.getString(2)});
        Map<String, Integer> added = new TreeMap<>();
        List<String> ids = candidates.stream().map(pair -> pair[0]).distinct().toList();
        Map<String, List<String>> cardsById = StoredScoring.group(candidates);
        for (List<String> chunk : StoredScoring.chunks(ids, CHUNK)) {
            List<PendingItem> pending = new ArrayList<>();
            Map<String, AnalyzedInteraction> analyses = scoring.load(chunk);
            for (String id : chunk) {
                AnalyzedInteraction analysis = analyses.get(id);
                if (analysis == null) {
                    continue;
                }
                for (String cardName : cardsById.getOrDefault(id, List.of())) {
                    Optional<Scorecard> card = scorecards.find(cardName);
                    if (card.isEmpty()) {
                        LOG.warn("interaction {} was scored on scorecard '{}', which is not loaded now; skipped", id, cardName);
                        continue;
                    }
                    scoring.evaluate(card.get(), analysis).ifPresent(result -> ReviewTriage.assess(result).ifPresent(
                            triage -> pending.add(new PendingItem(id, cardName, "verdict", triage.trigger(),
                                    triage.priority(), result.score().value(), "", REFRESH_ACTOR, triage.answers()))));
                }
            }
            store.transaction(connection -> {
                for (PendingItem item : pending) {
                    if (!hasVerdictItem(connection, item.interactionId(), item.scorecard())) {
                        insertItem(connection, item);
                        added.merge(item.trigger(), 1, Integer::sum);
                    }
                }
                return null;
            });
        }
        int rescored = rescoreReviewed();
        RefreshResult result = new RefreshResult(candidates.size(), added, rescored);
        if (result.addedTotal() > 0) {
            store.audit().append(REFRESH_ACTOR, "review.enqueue", "review-queue",
                    json(Map.of("added", added, "examined", candidates.size())));
        }
        LOG.info("review queue refreshed: {} scored interactions examined, {} items added {}, {} final scores recomputed",
                candidates.size(), result.addedTotal(), added, rescored);
        return result;
    }

    /** Review items, highest priority first, then oldest first. */
    public List<ReviewItem> queue(QueueQuery query) {
        requireNonNull(query, "query is null");
        StringBuilder sql = new StringBuilder(ITEM_SELECT).append(" WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (query.status() != null) {
            sql.append(" AND r.status = ?");
            parameters.add(query.status());
        }
        if (query.scorecard() != null) {
            sql.append(" AND r.scorecard = ?");
            parameters.add(query.scorecard());
        }
        if (query.agentId() != null) {
            sql.append(" AND i.agent_id = ?");
            parameters.add(query.agentId());
        }
        if (query.interactionId() != null) {
            sql.append(" AND r.interaction_id = ?");
            parameters.add(query.interactionId());
        }
        sql.append(" ORDER BY r.status, r.priority DESC, r.item_id LIMIT ").append(query.limit());
        return withFlags(query(sql.toString(), parameters, QualityService::itemRow));
    }

    /** One item with every answer and its evidence, for a reviewer. */
    public ReviewDetail item(long itemId) {
        ReviewItem item = requireItem(itemId);
        Scorecard card = scorecards.get(item.scorecard());
        AnalyzedInteraction analysis = scoring.load(item.interactionId());
        ScorecardResult result = scoring.evaluate(card, analysis).orElseThrow(() -> TouchpointException.userError(
                "scorecard " + card.name() + " no longer applies to interaction " + item.interactionId()
                        + " (was the scorecard changed?); re-run 'touchpoint analyze'"));
        Map<String, Answer> human = humanAnswers(item.interactionId(), card.name());
        Map<String, ReviewTriage.FlaggedAnswer> flags = new HashMap<>();
        item.flagged().forEach(flag -> flags.put(flag.question(), flag));
        List<AnswerView> views = new ArrayList<>();
        for (QuestionResult answer : result.answers()) {
            Question question = answer.question();
            ReviewTriage.FlaggedAnswer flag = flags.get(question.id());
            views.add(new AnswerView(question.id(), question.text(), card.sectionOf(question).title(), question.weight(),
                    question.autoFail(), question.source().reference(), answer.answer(), answer.confidence(),
                    answer.semantic(), answer.why(), evidence(analysis.interaction(), answer.evidence()),
                    flag == null ? List.of() : flag.reasons(), human.get(question.id()),
                    answer.fromFinding()));
        }
        return new ReviewDetail(item, views, result.score(), finalScore(card, result, human), card.passMark());
    }

    /**
     * Records a reviewer's answers to an item: each answer confirms or overturns the machine's,
     * with the comment; the final score is recomputed from the human answers; the item closes when
     * every flagged answer has a human one. Each answer and the closing are audit entries
     * ({@code review.confirm}, {@code review.overturn}, {@code review.complete}).
     *
     * @throws TouchpointException USER_ERROR for an unknown or closed item or an unknown question
     */
    public ReviewOutcome review(long itemId, ReviewSubmission submission) {
        requireNonNull(submission, "submission is null");
        ReviewDetail detail = item(itemId);
        ReviewItem item = detail.item();
        if (!item.open()) {
            throw TouchpointException.userError("review item " + itemId + " was closed by " + item.closedBy() + " at "
                    + item.closedAt() + "; to look again, dispute the score ('touchpoint qa dispute "
                    + item.interactionId() + "')");
        }
        Scorecard card = scorecards.get(item.scorecard());
        Map<String, AnswerView> byQuestion = new LinkedHashMap<>();
        detail.answers().forEach(view -> byQuestion.put(view.question(), view));
        for (String question : submission.answers().keySet()) {
            if (!byQuestion.containsKey(question)) {
                throw TouchpointException.userError("scorecard " + card.name() + " has no question '" + question + "'"
                        + NearestName.hint(question, byQuestion.keySet()) + "; its questions: "
                        + String.join(", ", byQuestion.keySet()));
            }
        }
        Set<String> answeredOnItem = new LinkedHashSet<>(query(
                "SELECT DISTINCT question FROM quality_human_answers WHERE item_id = ?", List.of(itemId),
                rows -> rows.getString(1)));
        Map<String, Answer> toRecord = new LinkedHashMap<>(submission.answers());
        if (submission.confirmRest()) {
            for (ReviewTriage.FlaggedAnswer flag : item.flagged()) {
                if (!toRecord.containsKey(flag.question()) && !answeredOnItem.contains(flag.question())) {
                    toRecord.put(flag.question(), byQuestion.get(flag.question()).machineAnswer());
                }
            }
        }
        answeredOnItem.addAll(toRecord.keySet());
        List<String> stillFlagged = item.flagged().stream().map(ReviewTriage.FlaggedAnswer::question)
                .filter(question -> !answeredOnItem.contains(question)).toList();
        boolean closes = stillFlagged.isEmpty();

        Map<String, Answer> merged = new LinkedHashMap<>();
        byQuestion.forEach((question, view) -> merged.put(question, view.finalAnswer()));
        merged.putAll(toRecord);
        Score finalScore = ScorecardEvaluator.score(card, merged).orElse(new Score(0, false));
        String finalLabel = finalScore.label(card.passMark());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        store.transaction(connection -> {
            long next = nextAnswerId(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO quality_human_answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, make_timestamp(?))")) {
                for (Map.Entry<String, Answer> entry : toRecord.entrySet()) {
                    AnswerView view = byQuestion.get(entry.getKey());
                    insert.setLong(1, next++);
                    insert.setLong(2, itemId);
                    insert.setString(3, item.interactionId());
                    insert.setString(4, card.name());
                    insert.setString(5, entry.getKey());
                    insert.setString(6, view.machineAnswer().wireName());
                    insert.setString(7, entry.getValue().wireName());
                    insert.setString(8, view.machineAnswer() == entry.getValue() ? "confirm" : "overturn");
                    insert.setString(9, view.source());
                    insert.setBoolean(10, view.fromFinding());
                    insert.setString(11, submission.reviewer());
                    insert.setString(12, submission.comment());
                    insert.setLong(13, micros(now));
                    insert.executeUpdate();
                }
            }
            upsertReviewedScore(connection, item.interactionId(), card.name(), detail.autoScore().value(), finalScore,
                    finalLabel, now);
            if (closes) {
                try (PreparedStatement close = connection.prepareStatement(
                        "UPDATE quality_review_items SET status = 'reviewed', closed_at = make_timestamp(?), closed_by = ? "
                                + "WHERE item_id = ?")) {
                    close.setLong(1, micros(now));
                    close.setString(2, submission.reviewer());
                    close.setLong(3, itemId);
                    close.executeUpdate();
                }
            }
            return null;
        });
        // The audit log is appended after the change commits: an entry never describes a change that was rolled back.
        List<ReviewOutcome.RecordedAnswer> recorded = new ArrayList<>();
        String target = "interaction:" + item.interactionId();
        for (Map.Entry<String, Answer> entry : toRecord.entrySet()) {
            Answer machine = byQuestion.get(entry.getKey()).machineAnswer();
            String action = machine == entry.getValue() ? "review.confirm" : "review.overturn";
            AuditEntry audit = store.audit().append(submission.reviewer(), action, target, json(Map.of(
                    "item", itemId, "scorecard", card.name(), "question", entry.getKey(), "machine", machine.wireName(),
                    "human", entry.getValue().wireName(), "comment", submission.comment())));
            recorded.add(new ReviewOutcome.RecordedAnswer(entry.getKey(), machine, entry.getValue(), audit.seq()));
        }
        if (closes) {
            store.audit().append(submission.reviewer(), "review.complete", "review:" + itemId, json(Map.of(
                    "interaction", item.interactionId(), "scorecard", card.name(),
                    "auto_score", detail.autoScore().value(), "final_score", finalScore.value(), "final_label", finalLabel)));
        }
        return new ReviewOutcome(requireItem(itemId), recorded, detail.autoScore(), finalScore, finalLabel, closes,
                stillFlagged);
    }

    /**
     * An agent disputes a score: the interaction goes back to the queue (a new {@code dispute}
     * item, or the open item it already has gets the disputed questions), and the dispute is
     * audited as {@code review.dispute}.
     */
    public ReviewItem dispute(DisputeRequest request) {
        requireNonNull(request, "request is null");
        List<String> scored = query("SELECT DISTINCT name FROM findings WHERE interaction_id = ? AND type = 'qa' ORDER BY 1",
                List.of(request.interactionId()), rows -> rows.getString(1));
        if (scored.isEmpty()) {
            throw TouchpointException.userError("interaction '" + request.interactionId() + "' has no QA score to dispute; "
                    + "check the id, and run 'touchpoint analyze' first");
        }
        String cardName = request.scorecard();
        if (cardName == null) {
            if (scored.size() > 1) {
                throw TouchpointException.userError("interaction " + request.interactionId() + " is scored on "
                        + String.join(" and ", scored) + "; say which with --scorecard");
            }
            cardName = scored.getFirst();
        } else if (!scored.contains(cardName)) {
            throw TouchpointException.userError("interaction " + request.interactionId() + " is not scored on '" + cardName
                    + "'" + NearestName.hint(cardName, scored) + "; it is scored on " + String.join(", ", scored));
        }
        Scorecard card = scorecards.get(cardName);
        AnalyzedInteraction analysis = scoring.load(request.interactionId());
        ScorecardResult result = scoring.evaluate(card, analysis).orElseThrow(() -> TouchpointException.userError(
                "scorecard " + card.name() + " no longer applies to interaction " + request.interactionId()));
        List<QuestionResult> disputed = new ArrayList<>();
        for (String question : request.questions()) {
            disputed.add(result.answer(question).orElseThrow(() -> TouchpointException.userError("scorecard "
                    + card.name() + " has no question '" + question + "'" + NearestName.hint(question,
                    card.questions().stream().map(Question::id).toList()))));
        }
        if (disputed.isEmpty()) {
            result.answers().stream().filter(answer -> answer.answer() == Answer.NO).forEach(disputed::add);
        }
        if (disputed.isEmpty()) {
            result.answers().stream().filter(answer -> answer.answer() != Answer.NOT_APPLICABLE).forEach(disputed::add);
        }
        List<ReviewTriage.FlaggedAnswer> flags = disputed.stream().map(answer -> new ReviewTriage.FlaggedAnswer(
                answer.question().id(), answer.answer(), answer.confidence(), List.of("disputed: " + request.reason())))
                .toList();
        String scorecardName = card.name();
        long itemId = store.transaction(connection -> {
            Optional<Long> open = openItem(connection, request.interactionId(), scorecardName);
            if (open.isPresent()) {
                try (PreparedStatement flag = connection.prepareStatement(
                        "INSERT INTO quality_review_flags VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET reasons = "
                                + "quality_review_flags.reasons || '; ' || excluded.reasons")) {
                    insertFlags(flag, open.get(), flags);
                }
                try (PreparedStatement note = connection.prepareStatement(
                        "UPDATE quality_review_items SET note = CASE WHEN note = '' THEN ? ELSE note || ' | ' || ? END, "
                                + "priority = greatest(priority, 4) WHERE item_id = ?")) {
                    note.setString(1, request.disputedBy() + ": " + request.reason());
                    note.setString(2, request.disputedBy() + ": " + request.reason());
                    note.setLong(3, open.get());
                    note.executeUpdate();
                }
                return open.get();
            }
            // Disputes go first: a person is waiting for the answer.
            return insertItem(connection, new PendingItem(request.interactionId(), scorecardName, "dispute", "dispute", 4,
                    result.score().value(), request.disputedBy() + ": " + request.reason(), request.disputedBy(), flags));
        });
        store.audit().append(request.disputedBy(), "review.dispute", "interaction:" + request.interactionId(), json(Map.of(
                "item", itemId, "scorecard", scorecardName, "reason", request.reason(),
                "questions", flags.stream().map(ReviewTriage.FlaggedAnswer::question).toList())));
        return requireItem(itemId);
    }

    /** Per rule (or metric, or sentiment) the answers rest on: how often reviewers confirmed them, worst first. */
    public List<RulePrecision> precision() {
        return query("""
                SELECT rule_reference, count(*), count(*) FILTER (WHERE verdict = 'confirm'),
                       count(*) FILTER (WHERE verdict = 'overturn'), count(*) FILTER (WHERE rule_fired),
                       count(*) FILTER (WHERE rule_fired AND verdict = 'confirm')
                FROM quality_human_answers
                GROUP BY rule_reference
                ORDER BY CASE WHEN count(*) FILTER (WHERE rule_fired) = 0 THEN 2 ELSE
                         count(*) FILTER (WHERE rule_fired AND verdict = 'confirm') / count(*) FILTER (WHERE rule_fired) END,
                         count(*) DESC, rule_reference""", List.of(),
                rows -> new RulePrecision(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                        rows.getLong(5), rows.getLong(6)));
    }

    /**
     * Picks interactions for human review by risk, per-agent coverage and a random control share,
     * and puts them in the review queue (source {@code sample}).
     */
    public SampleResult sample(SampleRequest request) {
        return new TargetedSampler(this).sample(request);
    }

    /** Strengths, weaknesses, trends and example interactions of one agent against their team. */
    public CoachingReport coach(String agentId, CoachingQuery query) {
        return new CoachingAnalysis(this).coach(agentId, query);
    }

    // ------------------------------------------------------------------------------ internals

    /** An item about to be inserted. */
    record PendingItem(String interactionId, String scorecard, String source, String trigger, double priority,
            double autoScore, String note, String requestedBy, List<ReviewTriage.FlaggedAnswer> flags) {
    }

    long insertItem(Connection connection, PendingItem item) throws SQLException {
        long id;
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('quality_review_item_seq')");
                ResultSet rows = next.executeQuery()) {
            rows.next();
            id = rows.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO quality_review_items VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, make_timestamp(?), NULL, NULL)")) {
            insert.setLong(1, id);
            insert.setString(2, item.interactionId());
            insert.setString(3, item.scorecard());
            insert.setString(4, item.source());
            insert.setString(5, item.trigger());
            insert.setDouble(6, item.priority());
            insert.setDouble(7, item.autoScore());
            insert.setString(8, item.note());
            insert.setString(9, item.requestedBy());
            insert.setLong(10, micros(Instant.now()));
            insert.executeUpdate();
        }
        try (PreparedStatement flag = connection.prepareStatement("INSERT INTO quality_review_flags VALUES (?, ?, ?, ?, ?)")) {
            insertFlags(flag, id, item.flags());
        }
        return id;
    }

    private static void insertFlags(PreparedStatement flag, long itemId, List<ReviewTriage.FlaggedAnswer> flags)
            throws SQLException {
        for (ReviewTriage.FlaggedAnswer answer : flags) {
            flag.setLong(1, itemId);
            flag.setString(2, answer.question());
            flag.setString(3, answer.machineAnswer().wireName());
            flag.setDouble(4, answer.confidence());
            flag.setString(5, String.join("; ", answer.reasons()));
            flag.executeUpdate();
        }
    }

    static Optional<Long> openItem(Connection connection, String interactionId, String scorecard) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT min(item_id) FROM quality_review_items WHERE interaction_id = ? AND scorecard = ? AND status = 'open'")) {
            query.setString(1, interactionId);
            query.setString(2, scorecard);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long id = rows.getLong(1);
                return rows.wasNull() ? Optional.empty() : Optional.of(id);
            }
        }
    }

    private static boolean hasVerdictItem(Connection connection, String interactionId, String scorecard)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM quality_review_items WHERE interaction_id = ? AND scorecard = ? AND source = 'verdict'")) {
            query.setString(1, interactionId);
            query.setString(2, scorecard);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static long nextAnswerId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(answer_id), 0) + 1 FROM quality_human_answers");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void upsertReviewedScore(Connection connection, String interactionId, String scorecard,
            double autoScore, Score finalScore, String finalLabel, Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT OR REPLACE INTO quality_reviewed_scores VALUES (?, ?, ?, ?, ?, make_timestamp(?))")) {
            upsert.setString(1, interactionId);
            upsert.setString(2, scorecard);
            upsert.setDouble(3, autoScore);
            upsert.setDouble(4, finalScore.value());
            upsert.setString(5, finalLabel);
            upsert.setLong(6, micros(now));
            upsert.executeUpdate();
        }
    }

    /** Final scores of reviewed interactions from their current machine answers and the human ones. */
    private int rescoreReviewed() {
        List<String[]> reviewed = query("SELECT interaction_id, scorecard, final_score FROM quality_reviewed_scores ORDER BY 1, 2",
                List.of(), rows -> new String[] {rows.getString(1), rows.getString(2), Double.toString(rows.getDouble(3))});
        List<Object[]> changed = new ArrayList<>();
        for (List<String[]> chunk : StoredScoring.chunks(reviewed, CHUNK)) {
            Map<String, AnalyzedInteraction> analyses = scoring.load(chunk.stream().map(row -> row[0]).distinct().toList());
            for (String[] row : chunk) {
                Optional<Scorecard> card = scorecards.find(row[1]);
                AnalyzedInteraction analysis = analyses.get(row[0]);
                if (card.isEmpty() || analysis == null) {
                    continue;
                }
                Optional<ScorecardResult> result = scoring.evaluate(card.get(), analysis);
                if (result.isEmpty()) {
                    continue;
                }
                Score score = finalScore(card.get(), result.get(), humanAnswers(row[0], row[1]));
                if (score.value() != Double.parseDouble(row[2])) {
                    changed.add(new Object[] {row[0], card.get(), result.get().score().value(), score});
                }
            }
        }
        if (!changed.isEmpty()) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            store.transaction(connection -> {
                for (Object[] change : changed) {
                    Scorecard card = (Scorecard) change[1];
                    Score score = (Score) change[3];
                    upsertReviewedScore(connection, (String) change[0], card.name(), (Double) change[2], score,
                            score.label(card.passMark()), now);
                }
                return null;
            });
            store.audit().append(REFRESH_ACTOR, "review.rescore", "review-queue",
                    json(Map.of("interactions", changed.size())));
        }
        return changed.size();
    }

    static Score finalScore(Scorecard card, ScorecardResult machine, Map<String, Answer> human) {
        Map<String, Answer> merged = new LinkedHashMap<>();
        machine.answers().forEach(answer -> merged.put(answer.question().id(), answer.answer()));
        merged.putAll(human);
        return ScorecardEvaluator.score(card, merged).orElse(machine.score());
    }

    /** The latest human answer per question of one interaction and scorecard. */
    Map<String, Answer> humanAnswers(String interactionId, String scorecard) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        query("""
                SELECT question, arg_max(human_answer, answer_id) FROM quality_human_answers
                WHERE interaction_id = ? AND scorecard = ? GROUP BY question ORDER BY question""",
                List.of(interactionId, scorecard), rows -> answers.put(rows.getString(1), Answer.parse(rows.getString(2))));
        return answers;
    }

    ReviewItem requireItem(long itemId) {
        List<ReviewItem> items = withFlags(query(ITEM_SELECT + " WHERE r.item_id = ?", List.of(itemId),
                QualityService::itemRow));
        if (items.isEmpty()) {
            throw TouchpointException.userError("no review item " + itemId + "; list them with 'touchpoint qa queue'");
        }
        return items.getFirst();
    }

    private static final String ITEM_SELECT = """
            SELECT r.item_id, r.interaction_id, r.scorecard, r.source, r.trigger, r.priority, r.status, r.auto_score,
                   r.note, r.requested_by, epoch_us(r.created_at), epoch_us(r.closed_at), r.closed_by, i.agent_id,
                   i.channel
            FROM quality_review_items r LEFT JOIN interactions i ON i.id = r.interaction_id""";

    private static ReviewItem itemRow(ResultSet rows) throws SQLException {
        long closed = rows.getLong(12);
        Instant closedAt = rows.wasNull() ? null : instant(closed);
        return new ReviewItem(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getDouble(6), rows.getString(7), rows.getDouble(8), rows.getString(9), rows.getString(10),
                instant(rows.getLong(11)), closedAt, rows.getString(13), rows.getString(14), rows.getString(15), List.of());
    }

    private List<ReviewItem> withFlags(List<ReviewItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, List<ReviewTriage.FlaggedAnswer>> flags = new HashMap<>();
        StringBuilder in = new StringBuilder();
        for (ReviewItem item : items) {
            in.append(in.isEmpty() ? "" : ", ").append(item.id());
        }
        query("SELECT item_id, question, machine_answer, confidence, reasons FROM quality_review_flags WHERE item_id IN ("
                + in + ") ORDER BY item_id, question", List.of(), rows -> flags.computeIfAbsent(rows.getLong(1),
                        key -> new ArrayList<>()).add(new ReviewTriage.FlaggedAnswer(rows.getString(2),
                        Answer.parse(rows.getString(3)), rows.getDouble(4), splitReasons(rows.getString(5)))));
        return items.stream().map(item -> new ReviewItem(item.id(), item.interactionId(), item.scorecard(), item.source(),
                item.trigger(), item.priority(), item.status(), item.autoScore(), item.note(), item.requestedBy(),
                item.createdAt(), item.closedAt(), item.closedBy(), item.agentId(), item.channel(),
                flags.getOrDefault(item.id(), List.of()))).toList();
    }

    private static List<String> splitReasons(String reasons) {
        return reasons == null || reasons.isBlank() ? List.of() : List.of(reasons.split("; "));
    }

    static List<EvidenceView> evidence(Interaction interaction, List<Evidence> evidence) {
        List<Turn> turns = interaction.turns();
        String audio = interaction.channel() == Channel.VOICE && interaction.audio() != null
                ? interaction.audio().uri() : null;
        List<EvidenceView> views = new ArrayList<>();
        for (Evidence item : evidence) {
            if (item.isWholeInteraction() || item.turnIndex() >= turns.size()) {
                views.add(new EvidenceView(-1, "", "", "", 0, interaction.duration().toMillis(), meanConfidence(turns),
                        audio));
                continue;
            }
            Turn turn = turns.get(item.turnIndex());
            int end = Math.min(item.charEnd(), turn.text().length());
            int start = Math.min(item.charStart(), end);
            String quote = end > start ? turn.text().substring(start, end) : turn.text();
            views.add(new EvidenceView(item.turnIndex(), turn.speaker().wireName(), quote, turn.text(), item.startMs(),
                    item.endMs(), turn.confidence(), audio));
        }
        return views;
    }

    private static double meanConfidence(List<Turn> turns) {
        return turns.stream().mapToDouble(Turn::confidence).average().orElse(1.0);
    }

    // ------------------------------------------------------------------------------ SQL plumbing

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** Runs a read query on the store's shared read connection. */
    <T> List<T> query(String sql, List<Object> parameters, RowReader<T> reader) {
        Connection connection = store.duckdb();
        synchronized (connection) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                List<T> result = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        result.add(reader.read(rows));
                    }
                }
                return result;
            } catch (SQLException e) {
                throw TouchpointException.external("cannot read the quality tables of " + store.dataDir() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    static String json(Map<String, ?> fields) {
        ObjectNode node = JSON.valueToTree(new TreeMap<>(fields));
        return node.toString();
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
