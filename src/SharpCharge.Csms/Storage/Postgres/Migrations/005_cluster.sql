-- SharpCharge central system, PostgreSQL schema 5: cluster mode (several nodes sharing this database).

-- Every running node, with a lease it renews in the background. A node whose lease ran out is dead: any other node
-- deletes it, releases its chargers and marks them offline.
CREATE TABLE cluster_nodes (
    node_id text PRIMARY KEY,
    started_at timestamptz NOT NULL,
    lease_expires_at timestamptz NOT NULL
);

-- Which node holds each connected charger's WebSocket (charger_id lower-cased). A reconnect to another node
-- overwrites the row; a disconnect deletes it only if it is still the same node's.
CREATE TABLE charger_owners (
    charger_id text PRIMARY KEY,
    node_id text NOT NULL,
    ocpp_version text NOT NULL,
    claimed_at timestamptz NOT NULL
);
CREATE INDEX ix_charger_owners_node ON charger_owners (node_id);

-- Which node balances each site (station) until expires_at.
CREATE TABLE site_leases (
    station_id text PRIMARY KEY,
    node_id text NOT NULL,
    expires_at timestamptz NOT NULL
);
