-- Version 8: invoices issued outside KSeF (PROTOCOL.md §12) and how KSeF says it received each invoice.
-- offline_mode: offline24 | unavailability | failure | total-failure (core/calendar/OfflineDeadline); NULL for
-- an invoice issued in KSeF. offline_due_at: the last moment (ms since the epoch, UTC) it may reach KSeF; NULL
-- while the announced window has not ended, and for a total failure. offline_kod2: the KOD II link printed on
-- it (signed with the company's KSeF Offline certificate when it was issued); NULL when it had none.
-- corrected_hash: a technical correction's hashOfCorrectedInvoice (the rejected offline original's hash).
ALTER TABLE outbox ADD COLUMN offline_mode TEXT;
ALTER TABLE outbox ADD COLUMN offline_due_at INTEGER;
ALTER TABLE outbox ADD COLUMN offline_issued_at INTEGER;
ALTER TABLE outbox ADD COLUMN offline_kod2 TEXT;
-- invoicing_mode: KSeF's invoicingMode for the invoice (Online | Offline).
ALTER TABLE outbox ADD COLUMN invoicing_mode TEXT;
ALTER TABLE outbox ADD COLUMN corrected_hash TEXT;
CREATE INDEX outbox_by_offline_due ON outbox (offline_mode, offline_due_at);
