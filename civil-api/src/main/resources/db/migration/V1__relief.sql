-- Social relief and medical aid. Portable between H2 (PostgreSQL mode) and PostgreSQL.

-- Gap-free counters for ids and receipt numbers, advanced inside the writing transaction.
CREATE TABLE counter (
  name  VARCHAR(64) PRIMARY KEY,
  current_value BIGINT NOT NULL
);

-- Medical aid -------------------------------------------------------------------------------

CREATE TABLE aid_category (
  resident_id VARCHAR(18) NOT NULL,
  from_date   DATE        NOT NULL,
  to_date     DATE,
  category    VARCHAR(32) NOT NULL,
  PRIMARY KEY (resident_id, from_date)
);

-- One row per resident ever written about: the row locked to serialise a resident's writes
-- (aid categories, settlements).
CREATE TABLE resident_lock (
  resident_id VARCHAR(18) PRIMARY KEY
);

-- One row per bill id ever settled: the row locked while settling or reversing it.
CREATE TABLE bill (
  bill_id VARCHAR(64) PRIMARY KEY
);

CREATE TABLE year_to_date (
  resident_id    VARCHAR(18) NOT NULL,
  policy_year    INT         NOT NULL,
  basic_paid     BIGINT      NOT NULL,
  critical_base  BIGINT      NOT NULL,
  critical_paid  BIGINT      NOT NULL,
  aid_base       BIGINT      NOT NULL,
  aid_paid       BIGINT      NOT NULL,
  PRIMARY KEY (resident_id, policy_year)
);

CREATE TABLE settlement (
  settlement_id   VARCHAR(32) PRIMARY KEY,
  seq             BIGINT      NOT NULL,
  bill_id         VARCHAR(64) NOT NULL,
  resident_id     VARCHAR(18) NOT NULL,
  hospital_level  VARCHAR(16) NOT NULL,
  care_type       VARCHAR(32) NOT NULL,
  settled_on      DATE        NOT NULL,
  total           BIGINT      NOT NULL,
  in_scope        BIGINT      NOT NULL,
  category        VARCHAR(32) NOT NULL,
  basic           BIGINT      NOT NULL,
  critical        BIGINT      NOT NULL,
  aid             BIGINT      NOT NULL,
  self_pay        BIGINT      NOT NULL,
  before_basic_paid    BIGINT NOT NULL,
  before_critical_base BIGINT NOT NULL,
  before_critical_paid BIGINT NOT NULL,
  before_aid_base      BIGINT NOT NULL,
  before_aid_paid      BIGINT NOT NULL,
  after_basic_paid     BIGINT NOT NULL,
  after_critical_base  BIGINT NOT NULL,
  after_critical_paid  BIGINT NOT NULL,
  after_aid_base       BIGINT NOT NULL,
  after_aid_paid       BIGINT NOT NULL,
  policy_version  VARCHAR(32) NOT NULL,
  steps           TEXT        NOT NULL,
  reversed_on     DATE
);
CREATE INDEX settlement_bill ON settlement (bill_id, seq);
CREATE INDEX settlement_settled_on ON settlement (settled_on);
CREATE INDEX settlement_reversed_on ON settlement (reversed_on);

-- Households and subsistence ---------------------------------------------------------------

CREATE TABLE household (
  household_id      VARCHAR(16) PRIMARY KEY,
  subdistrict       VARCHAR(9)  NOT NULL,
  community         VARCHAR(12),
  registered_on     DATE        NOT NULL,
  circumstances     TEXT        NOT NULL,
  latest_assessment TEXT
);
CREATE INDEX household_subdistrict ON household (subdistrict);

-- Every member of every household, to find a resident's household.
CREATE TABLE household_member (
  household_id VARCHAR(16) NOT NULL,
  resident_id  VARCHAR(18) NOT NULL,
  PRIMARY KEY (household_id, resident_id)
);
CREATE INDEX household_member_resident ON household_member (resident_id);

-- Special hardship support -------------------------------------------------------------------

CREATE TABLE hardship_recipient (
  resident_id     VARCHAR(18) PRIMARY KEY,
  subdistrict     VARCHAR(9)  NOT NULL,
  area_type       VARCHAR(8)  NOT NULL,
  self_care       VARCHAR(8)  NOT NULL,
  supported_from  DATE        NOT NULL,
  supported_until DATE
);

CREATE TABLE hardship_payment (
  resident_id    VARCHAR(18) NOT NULL,
  pay_month      VARCHAR(7)  NOT NULL,
  subdistrict    VARCHAR(9)  NOT NULL,
  paid_on        DATE        NOT NULL,
  basic          BIGINT      NOT NULL,
  care_allowance BIGINT      NOT NULL,
  seq            BIGINT      NOT NULL,
  PRIMARY KEY (resident_id, pay_month)
);

-- One row per month paid for: the row locked while paying it.
CREATE TABLE hardship_month (
  pay_month VARCHAR(7) PRIMARY KEY
);

-- Temporary relief ---------------------------------------------------------------------------

CREATE TABLE temporary_grant (
  grant_id     VARCHAR(16) PRIMARY KEY,
  seq          BIGINT      NOT NULL,
  household_id VARCHAR(16) NOT NULL,
  granted_on   DATE        NOT NULL,
  body         TEXT        NOT NULL
);
CREATE INDEX temporary_grant_household ON temporary_grant (household_id);
CREATE INDEX temporary_grant_date ON temporary_grant (granted_on);

-- Relief rounds -----------------------------------------------------------------------------

CREATE TABLE relief_round (
  round_id VARCHAR(16) PRIMARY KEY,
  body     TEXT        NOT NULL
);

-- Relief supplies ---------------------------------------------------------------------------

CREATE TABLE supply_item (
  item_id VARCHAR(16) PRIMARY KEY,
  body    TEXT        NOT NULL
);

CREATE TABLE supply_movement (
  movement_id VARCHAR(16) PRIMARY KEY,
  seq         BIGINT      NOT NULL,
  item_id     VARCHAR(16) NOT NULL,
  moved_on    DATE        NOT NULL,
  body        TEXT        NOT NULL
);
CREATE INDEX supply_movement_item ON supply_movement (item_id, seq);
CREATE INDEX supply_movement_date ON supply_movement (moved_on);

-- Charity -----------------------------------------------------------------------------------

CREATE TABLE charity_unit (
  credit_code VARCHAR(18) PRIMARY KEY,
  body        TEXT        NOT NULL
);

CREATE TABLE invitation (
  invitation_id VARCHAR(16) PRIMARY KEY,
  body          TEXT        NOT NULL
);

CREATE TABLE campaign (
  campaign_id VARCHAR(16) PRIMARY KEY,
  body        TEXT        NOT NULL
);

CREATE TABLE donation (
  receipt_number VARCHAR(16) PRIMARY KEY,
  seq            BIGINT      NOT NULL,
  campaign_id    VARCHAR(16) NOT NULL,
  donated_on     DATE        NOT NULL,
  body           TEXT        NOT NULL
);
CREATE INDEX donation_campaign ON donation (campaign_id);
CREATE INDEX donation_date ON donation (donated_on);

CREATE TABLE disbursement (
  disbursement_id VARCHAR(16) PRIMARY KEY,
  seq             BIGINT      NOT NULL,
  campaign_id     VARCHAR(16) NOT NULL,
  disbursed_on    DATE        NOT NULL,
  body            TEXT        NOT NULL
);
CREATE INDEX disbursement_campaign ON disbursement (campaign_id);
CREATE INDEX disbursement_date ON disbursement (disbursed_on);

CREATE TABLE expense (
  expense_id VARCHAR(16) PRIMARY KEY,
  seq        BIGINT      NOT NULL,
  spent_on   DATE        NOT NULL,
  body       TEXT        NOT NULL
);
CREATE INDEX expense_date ON expense (spent_on);

-- The charity association's single lock row.
CREATE TABLE charity_lock (
  id INT PRIMARY KEY
);
INSERT INTO charity_lock (id) VALUES (1);
