-- Version 7: incoming (purchase) invoices (core/incoming) — what KSeF keeps where this company is the buyer,
-- synchronised incrementally by permanent-storage date up to KSeF's high-water mark (PROTOCOL.md §11.4).
-- Times are ms since the epoch (UTC).
CREATE TABLE incoming_invoices (
    ksef_number          TEXT    PRIMARY KEY,  -- one row per invoice, however often a window re-reads it
    subject_type         TEXT    NOT NULL,     -- Subject2 (buyer), Subject3, SubjectAuthorized
    invoice_number       TEXT    NOT NULL,
    issue_date           TEXT,                 -- YYYY-MM-DD
    seller_nip           TEXT,
    seller_name          TEXT,
    buyer_id             TEXT,
    net_amount           TEXT,
    vat_amount           TEXT,
    gross_amount         TEXT,
    currency             TEXT,
    invoice_type         TEXT,
    permanent_storage_at INTEGER NOT NULL,
    invoice_hash         TEXT    NOT NULL,     -- SHA-256 (Base64) KSeF states; the XML below matches it
    metadata             TEXT    NOT NULL,     -- KSeF's whole metadata entry (JSON)
    xml                  BLOB,                 -- the invoice exactly as KSeF keeps it
    problem              TEXT,                 -- why the XML is missing, damaged or unreadable (kept anyway)
    run_id               INTEGER NOT NULL,     -- the synchronisation that brought it
    received_at          INTEGER NOT NULL,
    read_at              INTEGER               -- NULL: new, not looked at yet
);
CREATE INDEX incoming_invoices_new ON incoming_invoices (read_at);
CREATE INDEX incoming_invoices_storage ON incoming_invoices (permanent_storage_at);

-- Where the next window starts, per subject type: moved only in the transaction that stores the window.
CREATE TABLE incoming_cursor (
    subject_type         TEXT    PRIMARY KEY,
    next_from            INTEGER NOT NULL,
    hwm                  INTEGER,              -- KSeF's permanentStorageHwmDate at the last window
    updated_at           INTEGER NOT NULL
);

CREATE TABLE incoming_runs (
    id                   INTEGER PRIMARY KEY,
    subject_type         TEXT    NOT NULL,
    trigger              TEXT    NOT NULL,     -- cli | timer | user
    started_at           INTEGER NOT NULL,
    finished_at          INTEGER,
    outcome              TEXT    NOT NULL,     -- running | done | incomplete | failed
    exports              INTEGER NOT NULL DEFAULT 0,
    listed               INTEGER NOT NULL DEFAULT 0,  -- invoices in the packages
    added                INTEGER NOT NULL DEFAULT 0,  -- new to this database
    problems             INTEGER NOT NULL DEFAULT 0,
    error                TEXT,
    notified_at          INTEGER               -- the one notification for this run's new invoices
);
