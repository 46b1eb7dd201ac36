-- The append-only audit log: who read or changed what, when. Rows are only ever inserted
-- (TouchpointStore offers no update or delete); each row carries the SHA-256 of its content
-- chained to the previous row's hash, so an edit made behind the store's back is detectable.
CREATE TABLE audit_log (
    seq        BIGINT PRIMARY KEY,
    recorded_at TIMESTAMP NOT NULL,
    actor      VARCHAR NOT NULL,
    action     VARCHAR NOT NULL,
    target     VARCHAR NOT NULL,
    detail     VARCHAR,
    prev_hash  VARCHAR NOT NULL,
    hash       VARCHAR NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor);
CREATE INDEX audit_log_target ON audit_log (target);

-- Tables owned by other modules (quality, server, insights) are created by their own
-- migrations through TouchpointStore.ensureSchema; this records how far each module got.
CREATE TABLE module_schema (
    module      VARCHAR NOT NULL,
    version     INTEGER NOT NULL,
    description VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (module, version)
);
