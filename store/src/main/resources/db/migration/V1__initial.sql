-- Touchpoint store, schema version 1.
-- Times are TIMESTAMP (microseconds, UTC, no zone) so that SQL over them does not depend on the
-- session time zone. Enumerations are stored as their lower-case wire names ('voice', 'agent').

CREATE TABLE store_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- One row per committed write: ingest batches and analysis writes share one sequence, which
-- the Lucene index records in its commit data to know how far it is behind.
CREATE TABLE batches (
    seq            BIGINT PRIMARY KEY,
    kind           VARCHAR NOT NULL,      -- 'ingest' | 'analysis'
    committed_at   TIMESTAMP NOT NULL,
    interactions   INTEGER NOT NULL,
    turns          INTEGER NOT NULL,
    customers      INTEGER NOT NULL,
    agents         INTEGER NOT NULL,
    desktop_events INTEGER NOT NULL,
    findings       INTEGER NOT NULL
);

CREATE TABLE interactions (
    id                   VARCHAR PRIMARY KEY,
    channel              VARCHAR NOT NULL,
    direction            VARCHAR NOT NULL,
    started_at           TIMESTAMP NOT NULL,
    ended_at             TIMESTAMP,
    duration_ms          BIGINT NOT NULL,
    customer_id          VARCHAR,          -- as the source gave it
    customer_email       VARCHAR,
    customer_phone       VARCHAR,
    customer_handle      VARCHAR,
    resolved_customer_id VARCHAR,          -- identity resolution's answer, see customer_identities
    agent_id             VARCHAR,
    queue                VARCHAR,
    language             VARCHAR,
    audio                JSON,             -- {"uri": ..., "channels": {"0": "agent"}} or NULL
    resolved             BOOLEAN,
    transferred          BOOLEAN,
    sale                 BOOLEAN,
    csat                 INTEGER,
    attributes           JSON NOT NULL,
    turn_count           INTEGER NOT NULL,
    preview              VARCHAR NOT NULL, -- the start of the customer's first turn, for lists
    content_hash         VARCHAR NOT NULL, -- SHA-256 of everything ingested, see ContentHash
    batch_seq            BIGINT NOT NULL,  -- the write that last changed this row or its turns
    ingested_at          TIMESTAMP NOT NULL
);

-- No primary key on purpose: the writer replaces an interaction's turns as a whole, and an
-- index on tens of millions of rows would slow every batch. (interaction_id, turn_index) is
-- unique by construction.
CREATE TABLE turns (
    interaction_id VARCHAR NOT NULL,
    turn_index     INTEGER NOT NULL,
    speaker        VARCHAR NOT NULL,
    start_ms       BIGINT NOT NULL,
    end_ms         BIGINT NOT NULL,
    text           VARCHAR NOT NULL,
    confidence     DOUBLE NOT NULL,
    batch_seq      BIGINT NOT NULL
);

CREATE TABLE customers (
    id             VARCHAR PRIMARY KEY,
    name           VARCHAR,
    email          VARCHAR,
    phone          VARCHAR,
    handle         VARCHAR,
    plan           VARCHAR,
    contract_type  VARCHAR,
    tenure_months  INTEGER,
    contract_end   DATE,
    monthly_charge DOUBLE,
    churned        BOOLEAN,
    churn_date     DATE,
    attributes     JSON NOT NULL,
    batch_seq      BIGINT NOT NULL,
    ingested_at    TIMESTAMP NOT NULL
);

CREATE TABLE customer_billing (
    customer_id VARCHAR NOT NULL,
    month       DATE NOT NULL,             -- the first day of the billed month
    amount      DOUBLE NOT NULL
);

CREATE TABLE agents (
    id          VARCHAR PRIMARY KEY,
    name        VARCHAR,
    team        VARCHAR,
    skill       VARCHAR,
    batch_seq   BIGINT NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);

-- event_key is the natural key agent_id + ts + type + application + process_name + url, so a
-- re-ingested event replaces itself instead of doubling.
CREATE TABLE desktop_events (
    event_key      VARCHAR PRIMARY KEY,
    agent_id       VARCHAR NOT NULL,
    ts             TIMESTAMP NOT NULL,
    type           VARCHAR NOT NULL,
    application    VARCHAR,
    process_name   VARCHAR,
    url            VARCHAR,
    interaction_id VARCHAR,
    batch_seq      BIGINT NOT NULL,
    ingested_at    TIMESTAMP NOT NULL
);

-- Every known way to name a customer. kind is 'id' | 'email' (lower-cased) | 'phone' (E.164)
-- | 'handle'; source is 'crm' (a customer record, wins) or 'interaction' (an interaction that
-- carried a customer id together with an email, phone or handle).
CREATE TABLE customer_identities (
    kind        VARCHAR NOT NULL,
    value       VARCHAR NOT NULL,
    customer_id VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    PRIMARY KEY (kind, value)
);

-- One row per piece of evidence of a finding; finding_index groups the rows of one finding.
CREATE TABLE findings (
    interaction_id   VARCHAR NOT NULL,
    finding_index    INTEGER NOT NULL,
    evidence_index   INTEGER NOT NULL,
    analyzer         VARCHAR NOT NULL,
    type             VARCHAR NOT NULL,
    name             VARCHAR NOT NULL,
    label            VARCHAR NOT NULL,
    score            DOUBLE NOT NULL,
    confidence       DOUBLE NOT NULL,
    turn_index       INTEGER NOT NULL,
    char_start       INTEGER NOT NULL,
    char_end         INTEGER NOT NULL,
    start_ms         BIGINT NOT NULL,
    end_ms           BIGINT NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

CREATE TABLE analysis_state (
    interaction_id   VARCHAR PRIMARY KEY,
    content_hash     VARCHAR NOT NULL,     -- interactions.content_hash when it was analyzed
    pipeline_version VARCHAR NOT NULL,
    analyzed_at      TIMESTAMP NOT NULL
);
