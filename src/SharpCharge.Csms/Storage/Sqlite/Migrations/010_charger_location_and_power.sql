-- SharpCharge central system, SQLite schema 10: where each charger stands and the most it can deliver.

-- WGS 84 degrees; without them the dashboard places the charger around its station's coordinates.
ALTER TABLE chargers ADD COLUMN latitude REAL;
ALTER TABLE chargers ADD COLUMN longitude REAL;
-- All EVSEs together, kW; bounds the dashboard's power-limit slider (Dashboard:MaxPowerLimitKw when null).
ALTER TABLE chargers ADD COLUMN max_power_kw REAL;
