-- The protocol log retention job (Csms:ProtocolLogRetentionDays) deletes by age: an index keeps that one
-- statement from scanning the whole table.
CREATE INDEX ix_protocol_log_logged_at ON protocol_log (logged_at);
