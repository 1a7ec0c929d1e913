-- Version 2: the shared rate limiter (core/ratelimit). Every process on this machine that talks to KSeF takes its
-- permits here, so the desktop app and kurier-cli share one budget and a restart does not burst.
-- A lane is "environment|context NIP" (or "environment|*" for the per-IP public endpoints).
CREATE TABLE rate_events (
    lane  TEXT    NOT NULL,
    grp   TEXT    NOT NULL,
    at_ms INTEGER NOT NULL   -- when the permit was given, ms since the epoch
);
CREATE INDEX rate_events_by_lane ON rate_events (lane, grp, at_ms);

CREATE TABLE rate_blocks (
    lane     TEXT    NOT NULL,
    grp      TEXT    NOT NULL,
    until_ms INTEGER NOT NULL,  -- no permits before this (a 429's Retry-After)
    PRIMARY KEY (lane, grp)
) WITHOUT ROWID;

CREATE TABLE rate_limits (
    lane       TEXT    NOT NULL,
    grp        TEXT    NOT NULL,
    per_second INTEGER NOT NULL,
    per_minute INTEGER NOT NULL,
    per_hour   INTEGER NOT NULL,
    PRIMARY KEY (lane, grp)
) WITHOUT ROWID;
