-- The latest churn score of every customer (one row per customer, replaced on each scoring run).
-- Stores scored before this migration already have the table, made by the churn code itself.
CREATE TABLE IF NOT EXISTS churn_scores (
    customer_id VARCHAR PRIMARY KEY,
    probability DOUBLE NOT NULL,
    reasons     VARCHAR NOT NULL,   -- the reason sentences joined with '; ', strongest first
    cutoff      DATE NOT NULL,      -- features were taken from before this day
    model       VARCHAR NOT NULL,   -- which model file scored it
    scored_at   TIMESTAMP NOT NULL
);
