-- Tables of the insights module (see docs/insights.md).

-- One row per interaction with everything KPIs, quantification and trends need, pre-aggregated
-- from interactions, turns and findings so that those queries never scan turns or findings.
-- Rebuilt by InteractionFacts.refresh when the store has changed since (facts_state).
CREATE TABLE insight_interaction_facts (
    interaction_id       VARCHAR NOT NULL,
    channel              VARCHAR NOT NULL,
    direction            VARCHAR NOT NULL,
    started_at           TIMESTAMP NOT NULL,
    duration_ms          BIGINT NOT NULL,
    resolved_customer_id VARCHAR,
    agent_id             VARCHAR,
    queue                VARCHAR,
    transferred          BOOLEAN,
    csat                 INTEGER,
    reason               VARCHAR,          -- the first category finding (the contact reason)
    talk_ms              BIGINT,           -- voice calls with turns only
    silence_ms           BIGINT,
    hold_ms              BIGINT,
    analyzed             BOOLEAN NOT NULL, -- has a row in analysis_state
    escalated            BOOLEAN NOT NULL, -- has an escalation_request event finding
    customer_sentiment   DOUBLE,
    qa_score             DOUBLE,
    next_same_reason_at  TIMESTAMP         -- the same customer's next contact with the same reason
);

CREATE TABLE insight_facts_state (
    id            INTEGER PRIMARY KEY,     -- always 1
    built_for_seq BIGINT NOT NULL,         -- max(batches.seq) when the facts were built
    built_at      TIMESTAMP NOT NULL,
    row_count     BIGINT NOT NULL,
    build_ms      BIGINT NOT NULL
);

-- Improvement objectives: what a change should achieve, and whether it did.
CREATE TABLE insight_objectives (
    id            VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    metric        VARCHAR NOT NULL,        -- a KPI column: aht_s, fcr_rate, escalation_rate, ...
    target        DOUBLE NOT NULL,
    category      VARCHAR,                 -- only interactions of this contact reason (prefix), or all
    owner         VARCHAR NOT NULL,
    status        VARCHAR NOT NULL,        -- proposed | approved | in_progress | measured
    change_date   DATE,                    -- when the change went live (set before measuring)
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL,
    last_measurement JSON                  -- the latest Measurement, as JSON
);
