-- Version 4: the append-only audit log and the alerts (core/audit). Each entry's hash covers the previous one's,
-- so an edited, deleted or reordered entry breaks the chain; the head is kept in meta for a deleted tail.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,   -- 1, 2, 3, … without gaps
    at         INTEGER NOT NULL,      -- ms since the epoch
    kind       TEXT    NOT NULL,      -- transition | request | import | alert | …
    item_key   TEXT,                  -- the outbox idempotency key, when about one invoice
    detail     TEXT    NOT NULL,      -- JSON
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL       -- hex SHA-256 of prev_hash|seq|at|kind|item_key|detail
);
CREATE INDEX audit_by_item ON audit_log (item_key);
INSERT INTO meta (key, value) VALUES ('audit_head', '0:');

CREATE TABLE alerts (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL,      -- rejected | stuck | missing-upo | queue-stopped | rate-limited | credentials
    dedupe_key       TEXT    NOT NULL,      -- one open alert per key: notify once
    item_key         TEXT,
    message          TEXT    NOT NULL,
    raised_at        INTEGER NOT NULL,
    acknowledged_at  INTEGER
);
CREATE UNIQUE INDEX alerts_open_once ON alerts (dedupe_key) WHERE acknowledged_at IS NULL;
