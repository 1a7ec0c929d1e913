-- Version 3: the durable outbox (core/outbox) — one row per invoice on its way to KSeF — and the KSeF sessions it
-- used. States and transitions: core/domain/InvoiceState. Times are ms since the epoch (UTC).
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    idempotency_key  TEXT    NOT NULL UNIQUE,  -- hex SHA-256 of "seller NIP|RodzajFaktury|P_2"
    seller_nip       TEXT    NOT NULL,
    invoice_kind     TEXT    NOT NULL,
    invoice_number   TEXT    NOT NULL,         -- P_2
    issue_date       TEXT    NOT NULL,         -- P_1
    buyer_nip        TEXT,
    gross            TEXT,
    currency         TEXT,
    content_hash     TEXT    NOT NULL,         -- Base64 SHA-256 of xml (KSeF's invoiceHash)
    xml              BLOB    NOT NULL,         -- the exact bytes sent
    source           TEXT,                     -- where it was imported from
    environment      TEXT    NOT NULL,
    context_nip      TEXT    NOT NULL,
    state            TEXT    NOT NULL,
    state_since      INTEGER NOT NULL,
    mode             TEXT,                     -- online | batch, once sent
    session_ref      TEXT,                     -- committed before the request leaves
    invoice_ref      TEXT,                     -- committed as soon as KSeF answers
    ksef_number      TEXT,
    acquired_at      TEXT,                     -- KSeF's acquisitionDate
    duplicate_of     TEXT,                     -- the KSeF number adopted from a 440
    upo              BLOB,                     -- raw bytes, unmodified
    upo_received_at  INTEGER,
    upo_verified     INTEGER NOT NULL DEFAULT 0,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    error_class      TEXT,
    error_code       INTEGER,
    error_message    TEXT,
    error_trace      TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_session ON outbox (session_ref);
CREATE INDEX outbox_by_ksef_number ON outbox (ksef_number);
CREATE INDEX outbox_by_number ON outbox (invoice_number);

CREATE TABLE ksef_sessions (
    reference    TEXT    PRIMARY KEY,
    kind         TEXT    NOT NULL,           -- online | batch
    environment  TEXT    NOT NULL,
    context_nip  TEXT    NOT NULL,
    opened_at    INTEGER NOT NULL,
    valid_until  INTEGER,
    state        TEXT    NOT NULL,           -- open | closed | abandoned
    closed_at    INTEGER
) WITHOUT ROWID;
