-- SharpCharge central system, SQLite schema 4: site load management.

-- A lower site limit for part of every day (UTC minutes of the day; a window ending before it starts runs over
-- midnight). All three are set together or not at all.
ALTER TABLE stations ADD COLUMN peak_limit_kw REAL;
ALTER TABLE stations ADD COLUMN peak_from_minute INTEGER;
ALTER TABLE stations ADD COLUMN peak_to_minute INTEGER;
