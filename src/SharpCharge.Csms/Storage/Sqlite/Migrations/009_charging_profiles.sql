-- SharpCharge central system, SQLite schema 9: charging profiles as stored, versioned objects, what was sent to
-- which charger, what 2.x chargers report they hold, and the external limits they notify.
-- No foreign keys to chargers: deleting a charger keeps the history of what it was sent.

-- A profile's id is also its OCPP chargingProfile.id. Every change adds a version; the row points at the newest.
-- A deleted profile keeps its versions (assignments refer to them) and can no longer be assigned.
CREATE TABLE charging_profiles (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT,
    current_version INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);

-- The profile of each version as the version-neutral JSON model (purpose, kind, stack level, validity, schedules).
CREATE TABLE charging_profile_versions (
    profile_id INTEGER NOT NULL REFERENCES charging_profiles (id),
    version    INTEGER NOT NULL,
    profile    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (profile_id, version)
);

-- Every SetChargingProfile the central system sent (operator assignments with their profile version; profiles sent
-- without one have none) and its outcome; cleared_at once a ClearChargingProfile removed it or a newer one replaced it.
CREATE TABLE charging_profile_assignments (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    charger_id      TEXT NOT NULL,
    evse_id         INTEGER NOT NULL,
    profile_id      INTEGER NOT NULL,
    profile_version INTEGER,
    source          TEXT NOT NULL,
    profile         TEXT NOT NULL,
    command_id      INTEGER,
    outcome         TEXT NOT NULL,
    status          TEXT,
    detail          TEXT,
    assigned_at     TEXT NOT NULL,
    cleared_at      TEXT
);
CREATE INDEX ix_profile_assignments_charger ON charging_profile_assignments (lower(charger_id), id);

-- The newest ReportChargingProfiles answer of each 2.x charger (all its parts share one request id).
CREATE TABLE charger_reported_profiles (
    charger_id   TEXT NOT NULL,
    request_id   INTEGER NOT NULL,
    evse_id      INTEGER NOT NULL,
    limit_source TEXT NOT NULL,
    profile      TEXT NOT NULL,
    reported_at  TEXT NOT NULL
);
CREATE INDEX ix_reported_profiles_charger ON charger_reported_profiles (lower(charger_id));

-- 2.x NotifyChargingLimit: an external system's limit on a charger (EVSE 0) or an EVSE, until ClearedChargingLimit.
CREATE TABLE external_charging_limits (
    charger_id    TEXT NOT NULL,
    evse_id       INTEGER NOT NULL,
    limit_source  TEXT NOT NULL,
    grid_critical INTEGER,
    schedules     TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    PRIMARY KEY (charger_id, evse_id, limit_source)
);
