-- Designated hospitals and the hospital interface.

-- The registry: the typed columns reports and lookups select on, the dated history as JSON.
CREATE TABLE hospital (
  hospital_code VARCHAR(12) PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  history       TEXT NOT NULL
);

-- Settlements are made at a hospital or, without one, as manual claims. A bill is known by its
-- key: the hospital's code (or MANUAL) and the hospital's own bill id. Settlements stored before
-- this migration were made without a hospital: they become manual claims with their level.
ALTER TABLE settlement ADD COLUMN hospital_code VARCHAR(12);
ALTER TABLE settlement ADD COLUMN bill_key VARCHAR(80);
UPDATE settlement SET bill_key = 'MANUAL/' || bill_id;
CREATE INDEX settlement_bill_key ON settlement (bill_key, seq);
CREATE INDEX settlement_hospital ON settlement (hospital_code, settled_on);

-- One row per bill key ever settled: the row locked while settling or reversing that bill.
CREATE TABLE bill_lock (
  bill_key VARCHAR(80) PRIMARY KEY
);

-- A HOSPITAL token acts for one registered hospital.
ALTER TABLE api_token ADD COLUMN hospital_code VARCHAR(12);

-- Daily reconciliations: each answer kept as given.
CREATE TABLE reconciliation (
  reconciliation_id VARCHAR(16) PRIMARY KEY,
  seq               BIGINT NOT NULL,
  hospital_code     VARCHAR(12) NOT NULL,
  reconciled_on     DATE NOT NULL,
  body              TEXT NOT NULL
);
CREATE INDEX reconciliation_hospital ON reconciliation (hospital_code, reconciled_on);

-- Monthly clearing statements; one per hospital and month.
CREATE TABLE clearing (
  clearing_id   VARCHAR(16) PRIMARY KEY,
  hospital_code VARCHAR(12) NOT NULL,
  cleared_month VARCHAR(7) NOT NULL,
  status        VARCHAR(16) NOT NULL,
  paid_on       DATE,
  body          TEXT NOT NULL,
  UNIQUE (hospital_code, cleared_month)
);

-- Every line of every statement: a settlement is cleared once and its reversal netted once.
CREATE TABLE clearing_line (
  settlement_id VARCHAR(32) NOT NULL,
  kind          VARCHAR(16) NOT NULL,
  clearing_id   VARCHAR(16) NOT NULL,
  PRIMARY KEY (settlement_id, kind)
);
