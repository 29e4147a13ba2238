-- SharpCharge central system, PostgreSQL schema 11: charger security.
-- chargers.security_profile is the lowest OCPP security profile (1-3) the charger may still connect with; NULL means
-- none was recorded. It only rises (2.0.1 A00.FR.005, A05.FR.07): a charger seen at profile 2 or 3 is refused over
-- plain ws:// from then on.
-- charger_certificates holds the client certificates the built-in CA issued and every certificate an operator
-- revoked, by the SHA-256 fingerprint of its DER encoding (lower-case hex). A revoked certificate is refused at the
-- TLS handshake.

ALTER TABLE chargers ADD COLUMN security_profile integer;

CREATE TABLE charger_certificates (
    fingerprint    text NOT NULL PRIMARY KEY,
    charger_id     text NOT NULL,
    serial_number  text,
    subject        text,
    not_before     timestamptz,
    not_after      timestamptz,
    certificate    text,
    issued_at      timestamptz,
    revoked_at     timestamptz,
    revoke_reason  text
);
CREATE INDEX ix_charger_certificates_charger ON charger_certificates (lower(charger_id));
