-- Version 6: reconciliation (core/reconcile) — every run compares the outbox with what KSeF has, and its
-- report stays here: what was checked, what changed, what needs a human. Times are ms since the epoch (UTC).
CREATE TABLE reconcile_runs (
    id               INTEGER PRIMARY KEY,
    started_at       INTEGER NOT NULL,
    finished_at      INTEGER,
    period_from      INTEGER NOT NULL,     -- the invoices KSeF stored in [from, to) were compared
    period_to        INTEGER NOT NULL,
    trigger          TEXT    NOT NULL,     -- cli | timer | user | start
    outcome          TEXT    NOT NULL,     -- clean | attention | incomplete | failed
    summary          TEXT    NOT NULL      -- JSON: counts checked and changed, the plan, an error
);
CREATE TABLE reconcile_findings (
    id               INTEGER PRIMARY KEY,
    run_id           INTEGER NOT NULL REFERENCES reconcile_runs(id) ON DELETE CASCADE,
    kind             TEXT    NOT NULL,     -- advanced | stuck | session-stuck | orphan-ksef | orphan-session |
                                           -- orphan-local | upo-fetched | upo-missing | error
    item_key         TEXT,                 -- the outbox item, when there is one
    invoice_number   TEXT,
    ksef_number      TEXT,
    session_ref      TEXT,
    since            INTEGER,              -- how long this has been so (stuck, missing UPO)
    last_answer      TEXT,                 -- KSeF's last answer about it
    action           TEXT,                 -- what to do (for people)
    needs_human      INTEGER NOT NULL DEFAULT 0,
    resolved_at      INTEGER,              -- marked resolved by a person (with a reason, audited)
    resolution       TEXT
);
CREATE INDEX reconcile_findings_run ON reconcile_findings (run_id);
CREATE INDEX reconcile_findings_open ON reconcile_findings (needs_human, resolved_at);
