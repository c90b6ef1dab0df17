-- Elderly care: nursing homes, home care, day care, volunteers and activities. Portable between
-- H2 (PostgreSQL mode) and PostgreSQL. Columns hold what is searched or locked; the rest of a
-- record is its JSON body.

CREATE TABLE nursing_home (
  home_id     VARCHAR(32)  PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  subdistrict VARCHAR(9)   NOT NULL,
  total_beds  INT          NOT NULL
);

CREATE TABLE home_occupancy (
  home_id       VARCHAR(32) NOT NULL REFERENCES nursing_home (home_id),
  occ_month     CHAR(7)     NOT NULL,
  occupied_beds INT         NOT NULL,
  PRIMARY KEY (home_id, occ_month)
);

CREATE TABLE home_assessment (
  assessment_id VARCHAR(32) PRIMARY KEY,
  seq           BIGINT      NOT NULL,
  home_id       VARCHAR(32) NOT NULL REFERENCES nursing_home (home_id),
  period        CHAR(7)     NOT NULL,
  assessed_on   DATE        NOT NULL,
  body          TEXT        NOT NULL
);
CREATE INDEX home_assessment_home ON home_assessment (home_id, seq);
CREATE INDEX home_assessment_date ON home_assessment (assessed_on);

CREATE TABLE rectification (
  rectification_id VARCHAR(32) PRIMARY KEY,
  seq              BIGINT      NOT NULL,
  home_id          VARCHAR(32) NOT NULL REFERENCES nursing_home (home_id),
  body             TEXT        NOT NULL
);

CREATE TABLE home_award (
  period  CHAR(7) PRIMARY KEY,
  paid_on DATE    NOT NULL,
  body    TEXT    NOT NULL
);

-- Home care -------------------------------------------------------------------------------

-- One row per resident ever enrolled: locked to serialise a resident's enrolments.
CREATE TABLE home_care_resident (
  resident_id VARCHAR(18) PRIMARY KEY
);

CREATE TABLE care_worker (
  worker_id VARCHAR(32) PRIMARY KEY,
  body      TEXT        NOT NULL
);

CREATE TABLE home_care_client (
  client_id   VARCHAR(32) PRIMARY KEY,
  resident_id VARCHAR(18) NOT NULL,
  worker_id   VARCHAR(32) REFERENCES care_worker (worker_id),
  body        TEXT        NOT NULL
);
CREATE INDEX home_care_client_resident ON home_care_client (resident_id);
CREATE INDEX home_care_client_worker ON home_care_client (worker_id);

CREATE TABLE home_care_visit (
  visit_id   VARCHAR(32) PRIMARY KEY,
  seq        BIGINT      NOT NULL,
  client_id  VARCHAR(32) NOT NULL REFERENCES home_care_client (client_id),
  visit_date DATE        NOT NULL,
  body       TEXT        NOT NULL
);
CREATE INDEX home_care_visit_client ON home_care_visit (client_id, visit_date);
CREATE INDEX home_care_visit_date ON home_care_visit (visit_date);

-- Day care --------------------------------------------------------------------------------

CREATE TABLE day_care_centre (
  centre_id VARCHAR(32) PRIMARY KEY,
  body      TEXT        NOT NULL
);

CREATE TABLE day_care_enrolment (
  enrolment_id VARCHAR(32) PRIMARY KEY,
  centre_id    VARCHAR(32) NOT NULL REFERENCES day_care_centre (centre_id),
  body         TEXT        NOT NULL
);
CREATE INDEX day_care_enrolment_centre ON day_care_enrolment (centre_id);

CREATE TABLE day_care_attendance (
  centre_id   VARCHAR(32) NOT NULL REFERENCES day_care_centre (centre_id),
  resident_id VARCHAR(18) NOT NULL,
  att_date    DATE        NOT NULL,
  seq         BIGINT      NOT NULL,
  PRIMARY KEY (centre_id, att_date, resident_id)
);

-- Volunteers ------------------------------------------------------------------------------

CREATE TABLE volunteer (
  volunteer_id VARCHAR(64) PRIMARY KEY,
  seq          BIGINT      NOT NULL,
  body         TEXT        NOT NULL
);

CREATE TABLE volunteer_need (
  elder_id VARCHAR(64) PRIMARY KEY,
  seq      BIGINT      NOT NULL,
  body     TEXT        NOT NULL
);

-- The single community adjacency (one row, id 1).
CREATE TABLE community_adjacency (
  id   INT  PRIMARY KEY,
  body TEXT NOT NULL
);

CREATE TABLE matching_run (
  run_id VARCHAR(32) PRIMARY KEY,
  seq    BIGINT      NOT NULL,
  run_on DATE        NOT NULL,
  body   TEXT        NOT NULL
);

CREATE TABLE activity (
  activity_id   VARCHAR(32) PRIMARY KEY,
  seq           BIGINT      NOT NULL,
  activity_date DATE        NOT NULL,
  body          TEXT        NOT NULL
);
CREATE INDEX activity_date ON activity (activity_date);
