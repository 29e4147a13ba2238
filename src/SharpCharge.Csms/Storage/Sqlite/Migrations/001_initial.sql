-- SharpCharge central system, SQLite schema 1.
-- Timestamps: UTC text "yyyy-MM-dd HH:mm:ss.FFFFFFF+00:00" (ordered as text). Money and Wh: exact decimal text.
-- Booleans: 0/1. Charger ids and token values are unique whatever their case (expression indexes on lower()).

CREATE TABLE stations (
    id                      TEXT NOT NULL PRIMARY KEY,
    name                    TEXT NOT NULL,
    address                 TEXT,
    latitude                REAL,
    longitude               REAL,
    capacity_kw             REAL,
    tariff_price_per_kwh    TEXT,
    tariff_price_per_minute TEXT,
    tariff_session_fee      TEXT,
    tariff_currency         TEXT,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);

CREATE TABLE chargers (
    id                  TEXT NOT NULL PRIMARY KEY,
    station_id          TEXT REFERENCES stations (id) ON DELETE SET NULL,
    registration_status TEXT NOT NULL,
    password_hash       TEXT,
    vendor              TEXT,
    model               TEXT,
    serial_number       TEXT,
    firmware_version    TEXT,
    iccid               TEXT,
    imsi                TEXT,
    meter_type          TEXT,
    meter_serial_number TEXT,
    ocpp_version        TEXT,
    last_boot_at        TEXT,
    last_boot_reason    TEXT,
    last_heartbeat_at   TEXT,
    last_seen_at        TEXT,
    online              INTEGER NOT NULL DEFAULT 0,
    connected_at        TEXT,
    disconnected_at     TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_chargers_id_ci ON chargers (lower(id));
CREATE INDEX ix_chargers_station ON chargers (station_id);

CREATE TABLE boot_log (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    charger_id       TEXT NOT NULL REFERENCES chargers (id) ON DELETE CASCADE,
    booted_at        TEXT NOT NULL,
    status           TEXT NOT NULL,
    reason           TEXT,
    vendor           TEXT,
    model            TEXT,
    serial_number    TEXT,
    firmware_version TEXT,
    ocpp_version     TEXT
);
CREATE INDEX ix_boot_log_charger ON boot_log (charger_id, id);

-- Current status per connector; EVSE 0 / connector 0 is the whole charger.
CREATE TABLE connectors (
    charger_id        TEXT NOT NULL REFERENCES chargers (id) ON DELETE CASCADE,
    evse_id           INTEGER NOT NULL,
    connector_id      INTEGER NOT NULL,
    status            TEXT NOT NULL,
    error_code        TEXT,
    info              TEXT,
    vendor_id         TEXT,
    vendor_error_code TEXT,
    status_at         TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    PRIMARY KEY (charger_id, evse_id, connector_id)
);

CREATE TABLE status_history (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    charger_id        TEXT NOT NULL REFERENCES chargers (id) ON DELETE CASCADE,
    evse_id           INTEGER NOT NULL,
    connector_id      INTEGER NOT NULL,
    status            TEXT NOT NULL,
    error_code        TEXT,
    info              TEXT,
    vendor_id         TEXT,
    vendor_error_code TEXT,
    status_at         TEXT NOT NULL,
    received_at       TEXT NOT NULL
);
CREATE INDEX ix_status_history_connector ON status_history (charger_id, evse_id, connector_id, id);

CREATE TABLE id_tokens (
    value                         TEXT NOT NULL PRIMARY KEY,
    type                          TEXT NOT NULL,
    status                        TEXT NOT NULL,
    expires_at                    TEXT,
    group_id                      TEXT,
    allow_concurrent_transactions INTEGER NOT NULL DEFAULT 0,
    created_at                    TEXT NOT NULL,
    updated_at                    TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_id_tokens_value_ci ON id_tokens (lower(value));

-- AUTOINCREMENT: ids are never reused, since 1.6 chargers hold them as their transaction ids.
CREATE TABLE transactions (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    charger_id             TEXT NOT NULL REFERENCES chargers (id),
    charger_transaction_id TEXT,
    evse_id                INTEGER,
    connector_id           INTEGER,
    id_token               TEXT,
    id_token_type          TEXT,
    stop_id_token          TEXT,
    authorization_status   TEXT,
    reservation_id         INTEGER,
    remote_start_id        INTEGER,
    state                  TEXT NOT NULL,
    start_recorded         INTEGER NOT NULL,
    started_at             TEXT NOT NULL,
    stopped_at             TEXT,
    meter_start_wh         TEXT,
    meter_stop_wh          TEXT,
    last_meter_wh          TEXT,
    last_meter_at          TEXT,
    stop_reason            TEXT,
    energy_wh              TEXT,
    cost                   TEXT,
    currency               TEXT,
    charging_state         TEXT,
    last_seq_no            INTEGER,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_transactions_charger_tx ON transactions (charger_id, charger_transaction_id);
CREATE INDEX ix_transactions_start ON transactions (charger_id, evse_id, started_at);
CREATE INDEX ix_transactions_running_token ON transactions (lower(id_token)) WHERE state = 'Running';
CREATE INDEX ix_transactions_stopped ON transactions (stopped_at);

-- 2.x TransactionEvents; the key makes a replayed (transaction, seqNo) a no-op.
CREATE TABLE transaction_events (
    transaction_id        INTEGER NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    seq_no                INTEGER NOT NULL,
    event_type            TEXT NOT NULL,
    event_at              TEXT NOT NULL,
    trigger_reason        TEXT NOT NULL,
    offline               INTEGER NOT NULL,
    charging_state        TEXT,
    stopped_reason        TEXT,
    id_token              TEXT,
    evse_id               INTEGER,
    connector_id          INTEGER,
    number_of_phases_used INTEGER,
    remote_start_id       INTEGER,
    cable_max_current     TEXT,
    time_spent_charging   INTEGER,
    received_at           TEXT NOT NULL,
    PRIMARY KEY (transaction_id, seq_no)
);

-- Every sampled value. The unique index drops a sample replayed after a lost answer.
CREATE TABLE meter_values (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    transaction_id  INTEGER REFERENCES transactions (id) ON DELETE CASCADE,
    charger_id      TEXT NOT NULL,
    evse_id         INTEGER,
    connector_id    INTEGER,
    sampled_at      TEXT NOT NULL,
    measurand       TEXT NOT NULL,
    phase           TEXT,
    location        TEXT NOT NULL,
    context         TEXT NOT NULL,
    unit            TEXT,
    multiplier      INTEGER NOT NULL DEFAULT 0,
    value           TEXT,
    format          TEXT,
    signed_data     TEXT,
    signing_method  TEXT,
    encoding_method TEXT,
    public_key      TEXT,
    received_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_meter_values_sample ON meter_values (
    charger_id, coalesce(evse_id, -1), coalesce(connector_id, -1), sampled_at, measurand, coalesce(phase, ''), location, context);
CREATE INDEX ix_meter_values_transaction ON meter_values (transaction_id, sampled_at);

-- Firmware, diagnostics and log upload progress.
CREATE TABLE charger_status_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    charger_id  TEXT NOT NULL REFERENCES chargers (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    status      TEXT NOT NULL,
    request_id  INTEGER,
    received_at TEXT NOT NULL
);
CREATE INDEX ix_charger_status_events_charger ON charger_status_events (charger_id, id);

CREATE TABLE security_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    charger_id  TEXT NOT NULL REFERENCES chargers (id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    tech_info   TEXT,
    received_at TEXT NOT NULL
);
CREATE INDEX ix_security_events_charger ON security_events (charger_id, id);

CREATE TABLE certificate_requests (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    charger_id       TEXT NOT NULL REFERENCES chargers (id) ON DELETE CASCADE,
    csr              TEXT NOT NULL,
    certificate_type TEXT,
    status           TEXT NOT NULL,
    received_at      TEXT NOT NULL
);
CREATE INDEX ix_certificate_requests_charger ON certificate_requests (charger_id, id);

-- 2.x reports and notifications, kept as received.
CREATE TABLE charger_notifications (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    charger_id   TEXT NOT NULL REFERENCES chargers (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    request_id   INTEGER,
    seq_no       INTEGER,
    tbc          INTEGER,
    generated_at TEXT,
    payload      TEXT NOT NULL,
    received_at  TEXT NOT NULL
);
CREATE INDEX ix_charger_notifications_charger ON charger_notifications (charger_id, kind, id);

-- Optional OCPP frame log (Csms:ProtocolLogEnabled); no foreign key, so frames of unregistered chargers fit too.
CREATE TABLE protocol_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    charger_id   TEXT NOT NULL,
    direction    TEXT NOT NULL,
    message_type TEXT NOT NULL,
    message_id   TEXT NOT NULL,
    action       TEXT,
    payload      TEXT NOT NULL,
    logged_at    TEXT NOT NULL
);
CREATE INDEX ix_protocol_log_charger ON protocol_log (charger_id, id);
