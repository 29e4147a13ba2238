-- SharpCharge central system, SQLite schema 2: the history of commands sent to chargers.
-- No foreign key to chargers: deleting a charger keeps its command history.

CREATE TABLE commands (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    charger_id       TEXT NOT NULL,
    command          TEXT NOT NULL,
    requested_by     TEXT NOT NULL,
    requested_at     TEXT NOT NULL,
    outcome          TEXT NOT NULL,
    ocpp_version     TEXT,
    ocpp_action      TEXT,
    request_payload  TEXT,
    response_payload TEXT,
    status           TEXT,
    error_code       TEXT,
    detail           TEXT,
    duration_ms      INTEGER,
    request_id       INTEGER,
    transaction_id   INTEGER,
    follow_up_status TEXT,
    follow_up_at     TEXT
);
CREATE INDEX ix_commands_charger ON commands (lower(charger_id), id);
