-- Version 11: who polls which KSeF session. Several Kurier processes on one database (an office's desktops on
-- its server, the desktop and kurier-cli on one machine) each polled every session in flight: twice the status
-- queries, twice the UPO downloads and two writers of the same 10 000 changes. A lease makes one of them the
-- poller of a session for a while (renewed while it polls); a holder that dies loses it when it runs out.
-- Times are ms since the epoch (UTC).
CREATE TABLE session_leases (
    session_ref  TEXT    PRIMARY KEY,
    holder       TEXT    NOT NULL,   -- a random id of the polling engine (one per process and company)
    until        INTEGER NOT NULL
);
