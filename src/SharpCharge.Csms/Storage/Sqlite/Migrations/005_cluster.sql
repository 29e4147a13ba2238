-- SharpCharge central system, SQLite schema 5: the cluster tables of the PostgreSQL schema. Cluster mode needs
-- PostgreSQL, so a SQLite database never fills them; they exist so both dialects number their schemas alike.
CREATE TABLE cluster_nodes (
    node_id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    lease_expires_at TEXT NOT NULL
);

CREATE TABLE charger_owners (
    charger_id TEXT PRIMARY KEY,
    node_id TEXT NOT NULL,
    ocpp_version TEXT NOT NULL,
    claimed_at TEXT NOT NULL
);
CREATE INDEX ix_charger_owners_node ON charger_owners (node_id);

CREATE TABLE site_leases (
    station_id TEXT PRIMARY KEY,
    node_id TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
