-- Version 5: what the desktop application keeps beside the outbox — the buyer's name per item (the outbox
-- table shows it), drafts being edited, the address book of buyers, and the gap-free numbering counters.
ALTER TABLE outbox ADD COLUMN buyer_name TEXT;
-- Everything the outbox list filters, searches and sorts on, so that a list of 100,000 invoices is read from
-- this index (a few MB) and never from the table, whose rows carry the XML and the UPO.
CREATE INDEX outbox_list ON outbox (updated_at, id, state, state_since, next_attempt_at, attempts, issue_date,
                                    invoice_number, buyer_nip, buyer_name, ksef_number, gross, error_message);

CREATE TABLE drafts (
    id          INTEGER PRIMARY KEY,
    seller_nip  TEXT    NOT NULL,
    xml         BLOB    NOT NULL,   -- FA(3) as edited so far; P_2 stays empty until the invoice is issued
    updated_at  INTEGER NOT NULL
);

CREATE TABLE contacts (
    nip         TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    address1    TEXT,
    address2    TEXT,
    country     TEXT,
    email       TEXT,
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE numbering (
    series      TEXT    PRIMARY KEY, -- seller NIP | pattern | period ("2026-11", "2026" or "")
    last        INTEGER NOT NULL
) WITHOUT ROWID;
