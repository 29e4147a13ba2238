-- SharpCharge central system, SQLite schema 3: what the REST API needs.

-- Deleting a charger keeps it (its transactions, meter values and history stay): it is hidden from the API and
-- treated as unknown when it connects. Registering the id again brings the row back.
ALTER TABLE chargers ADD COLUMN deleted_at TEXT;

-- Transaction search: by time and by token.
CREATE INDEX ix_transactions_started ON transactions (started_at);
CREATE INDEX ix_transactions_id_token ON transactions (lower(id_token));
