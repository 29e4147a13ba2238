-- SharpCharge central system, SQLite schema 6: the dashboard's operator accounts.
-- Only a salted PBKDF2 hash of each password is stored (see Domain/Stations/PasswordHasher). Names are unique
-- ignoring case; role is 'Admin' (may change things) or 'Viewer' (may look).

CREATE TABLE dashboard_operators (
    name          TEXT NOT NULL PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_dashboard_operators_name ON dashboard_operators (lower(name));
