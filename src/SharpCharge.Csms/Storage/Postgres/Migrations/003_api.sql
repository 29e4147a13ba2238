-- SharpCharge central system, PostgreSQL schema 3: what the REST API needs (same as the SQLite script).

-- Deleting a charger keeps it (its transactions, meter values and history stay): it is hidden from the API and
-- treated as unknown when it connects. Registering the id again brings the row back.
ALTER TABLE chargers ADD COLUMN deleted_at timestamptz;

-- Transaction search: by time and by token.
CREATE INDEX ix_transactions_started ON transactions (started_at);
CREATE INDEX ix_transactions_id_token ON transactions (lower(id_token));
