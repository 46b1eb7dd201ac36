-- Quality module tables: the human review queue, reviewers' answers, final scores, samples.
-- Machine answers and scores live in the store's findings table (types 'qa' and 'qa.answer').

CREATE SEQUENCE quality_review_item_seq START 1;

-- One row per piece of review work: a machine verdict that matters with uncertain evidence
-- (source 'verdict'), an agent's dispute ('dispute') or an interaction picked by sampling ('sample').
CREATE TABLE quality_review_items (
    item_id        BIGINT PRIMARY KEY,
    interaction_id VARCHAR NOT NULL,
    scorecard      VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,      -- 'verdict' | 'dispute' | 'sample'
    trigger        VARCHAR NOT NULL,      -- 'auto_fail' | 'compliance' | 'low_score' | 'dispute' | 'risk' | 'coverage' | 'random'
    priority       DOUBLE NOT NULL,       -- higher first
    status         VARCHAR NOT NULL,      -- 'open' | 'reviewed'
    auto_score     DOUBLE NOT NULL,       -- the machine's score when the item was made
    note           VARCHAR NOT NULL,      -- the dispute's reason, the sample's criteria; may be empty
    requested_by   VARCHAR NOT NULL,      -- 'system:qa-refresh', the disputing agent, the sampler
    created_at     TIMESTAMP NOT NULL,
    closed_at      TIMESTAMP,
    closed_by      VARCHAR
);
CREATE INDEX quality_review_items_interaction ON quality_review_items (interaction_id, scorecard);

-- The answers a reviewer must confirm or overturn for an item, and why each was picked.
CREATE TABLE quality_review_flags (
    item_id        BIGINT NOT NULL,
    question       VARCHAR NOT NULL,
    machine_answer VARCHAR NOT NULL,      -- 'yes' | 'no' | 'na'
    confidence     DOUBLE NOT NULL,
    reasons        VARCHAR NOT NULL,      -- '; '-separated, e.g. 'semantic match; low confidence 0.71'
    PRIMARY KEY (item_id, question)
);

-- Every answer a reviewer gave; the latest per interaction, scorecard and question counts.
CREATE TABLE quality_human_answers (
    answer_id      BIGINT NOT NULL,
    item_id        BIGINT NOT NULL,
    interaction_id VARCHAR NOT NULL,
    scorecard      VARCHAR NOT NULL,
    question       VARCHAR NOT NULL,
    machine_answer VARCHAR NOT NULL,
    human_answer   VARCHAR NOT NULL,
    verdict        VARCHAR NOT NULL,      -- 'confirm' | 'overturn'
    rule_reference VARCHAR NOT NULL,      -- what the machine answer rests on, e.g. 'compliance:recording.disclosure_missing'
    rule_fired     BOOLEAN NOT NULL,      -- the machine answer came from a finding (not from its absence)
    reviewer       VARCHAR NOT NULL,
    comment        VARCHAR NOT NULL,
    answered_at    TIMESTAMP NOT NULL
);
CREATE INDEX quality_human_answers_interaction ON quality_human_answers (interaction_id, scorecard);

-- The score after human answers, for every interaction a reviewer answered anything on.
CREATE TABLE quality_reviewed_scores (
    interaction_id VARCHAR NOT NULL,
    scorecard      VARCHAR NOT NULL,
    auto_score     DOUBLE NOT NULL,
    final_score    DOUBLE NOT NULL,
    final_label    VARCHAR NOT NULL,      -- 'pass' | 'fail' | 'auto_fail'
    updated_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (interaction_id, scorecard)
);

-- Every scored interaction with the score the KPIs should use: the reviewed one where a person
-- answered, the machine's otherwise. (One row per interaction and scorecard.)
CREATE VIEW quality_final_scores AS
SELECT f.interaction_id,
       f.name AS scorecard,
       any_value(f.score) AS auto_score,
       any_value(f.label) AS auto_label,
       coalesce(any_value(r.final_score), any_value(f.score)) AS final_score,
       coalesce(any_value(r.final_label), any_value(f.label)) AS final_label,
       any_value(r.interaction_id) IS NOT NULL AS reviewed
FROM findings f
LEFT JOIN quality_reviewed_scores r ON r.interaction_id = f.interaction_id AND r.scorecard = f.name
WHERE f.type = 'qa'
GROUP BY f.interaction_id, f.name;

-- Every answer with the reviewer's where there is one (the latest), the machine's otherwise.
CREATE VIEW quality_final_answers AS
WITH machine AS (
    SELECT interaction_id,
           split_part(name, '/', 1) AS scorecard,
           substr(name, strpos(name, '/') + 1) AS question,
           any_value(label) AS machine_answer,
           any_value(confidence) AS confidence
    FROM findings
    WHERE type = 'qa.answer'
    GROUP BY interaction_id, finding_index, name
),
human AS (
    SELECT interaction_id, scorecard, question, arg_max(human_answer, answer_id) AS human_answer
    FROM quality_human_answers
    GROUP BY interaction_id, scorecard, question
)
SELECT m.interaction_id, m.scorecard, m.question, m.machine_answer, m.confidence,
       coalesce(h.human_answer, m.machine_answer) AS answer,
       h.human_answer IS NOT NULL AS reviewed
FROM machine m
LEFT JOIN human h ON h.interaction_id = m.interaction_id AND h.scorecard = m.scorecard AND h.question = m.question;

-- Sampling runs and what each picked.
CREATE TABLE quality_samples (
    sample_id      BIGINT NOT NULL,
    interaction_id VARCHAR NOT NULL,
    scorecard      VARCHAR NOT NULL,
    criterion      VARCHAR NOT NULL,      -- 'risk' | 'coverage' | 'random'
    risk           DOUBLE NOT NULL,
    reasons        VARCHAR NOT NULL,
    item_id        BIGINT NOT NULL,
    created_at     TIMESTAMP NOT NULL,
    created_by     VARCHAR NOT NULL
);
