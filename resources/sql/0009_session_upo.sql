-- Version 9: a batch session's UPO, kept once for all the invoices it confirms (PROTOCOL.md §8, §17): one row per
-- page (up to 10 000 documents), the bytes exactly as KSeF sent them with their SHA-256 (Base64). An invoice
-- confirmed by a page points at it with upo_page; its own upo stays NULL. An invoice has a UPO when either is set.
CREATE TABLE upo_pages (
    id           INTEGER PRIMARY KEY,
    session_ref  TEXT NOT NULL,
    page_ref     TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    sha256       TEXT NOT NULL,
    documents    INTEGER NOT NULL,
    received_at  INTEGER NOT NULL,
    UNIQUE (session_ref, page_ref)
);
ALTER TABLE outbox ADD COLUMN upo_page INTEGER REFERENCES upo_pages (id);
