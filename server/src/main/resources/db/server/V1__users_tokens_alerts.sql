-- Users of the server; password_hash is PBKDF2 (see PasswordHasher), teams is comma-separated.
CREATE TABLE server_users (
    username      VARCHAR PRIMARY KEY,
    display_name  VARCHAR NOT NULL,
    role          VARCHAR NOT NULL,
    agent_id      VARCHAR,
    teams         VARCHAR NOT NULL,
    password_hash VARCHAR NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    disabled      BOOLEAN NOT NULL
);

-- API tokens: only the SHA-256 of the secret is kept.
CREATE TABLE server_api_tokens (
    token_hash  VARCHAR PRIMARY KEY,
    token_id    VARCHAR NOT NULL UNIQUE,
    username    VARCHAR NOT NULL,
    label       VARCHAR NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    revoked_at  TIMESTAMP
);

-- Alerts raised by live analysis, kept for the alert history.
CREATE TABLE server_alerts (
    id             VARCHAR PRIMARY KEY,
    raised_at      TIMESTAMP NOT NULL,
    kind           VARCHAR NOT NULL,
    severity       VARCHAR NOT NULL,
    interaction_id VARCHAR NOT NULL,
    agent_id       VARCHAR,
    team           VARCHAR,
    turn_index     INTEGER NOT NULL,
    message        VARCHAR NOT NULL,
    evidence       VARCHAR NOT NULL
);
