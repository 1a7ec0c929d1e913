-- Version 10: an invoice's bytes live beside its outbox row, not in it. The row changes four or more times on
-- the way to KSeF (intent, submitted, accepted, confirmed); without the XML (a few kB) in it each change writes a
-- row of a few hundred bytes instead of the whole invoice again (bench/REPORT.md, the send breakdown).
CREATE TABLE outbox_documents (
    id   INTEGER PRIMARY KEY REFERENCES outbox (id),
    xml  BLOB NOT NULL
);
INSERT INTO outbox_documents (id, xml) SELECT id, xml FROM outbox;
ALTER TABLE outbox DROP COLUMN xml;
