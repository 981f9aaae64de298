-- A consent can be withdrawn in parts, one withdrawal at a time, before it is
-- withdrawn as a whole: keep every withdrawal of a consent, in the order they
-- came, instead of one per consent. Rows from before are whole withdrawals.

ALTER TABLE consent_withdrawals DROP CONSTRAINT consent_withdrawals_pkey;
ALTER TABLE consent_withdrawals ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;

-- The same withdrawal sent again is the same row (its receipt is answered again).
ALTER TABLE consent_withdrawals
  ADD CONSTRAINT consent_withdrawals_once_per_body UNIQUE (consent_id, body_sha256);

-- A withdrawal without items withdraws the whole consent: at most one per consent.
ALTER TABLE consent_withdrawals
  ADD COLUMN whole boolean GENERATED ALWAYS AS (NOT (withdrawal ? 'items')) STORED;
CREATE UNIQUE INDEX consent_withdrawals_one_whole ON consent_withdrawals (consent_id) WHERE whole;
