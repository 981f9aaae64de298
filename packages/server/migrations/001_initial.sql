-- Referrals, consent records and their withdrawals. Plain PostgreSQL: the
-- same SQL runs on PGlite (embedded) and on a PostgreSQL server.

CREATE TABLE referrals (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  body_sha256 text NOT NULL CHECK (body_sha256 ~ '^[0-9a-f]{64}$'),
  reference text NOT NULL UNIQUE,
  received_at timestamptz NOT NULL,
  referral jsonb NOT NULL
);

CREATE INDEX referrals_newest_first ON referrals (received_at DESC, seq DESC);

CREATE TABLE consents (
  id text PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  body_sha256 text NOT NULL CHECK (body_sha256 ~ '^[0-9a-f]{64}$'),
  recorded_at timestamptz NOT NULL,
  consent jsonb NOT NULL
);

CREATE TABLE consent_withdrawals (
  consent_id text PRIMARY KEY REFERENCES consents (id),
  body_sha256 text NOT NULL CHECK (body_sha256 ~ '^[0-9a-f]{64}$'),
  recorded_at timestamptz NOT NULL,
  withdrawal jsonb NOT NULL
);
