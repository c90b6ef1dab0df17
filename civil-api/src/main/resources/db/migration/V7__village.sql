-- Village affairs: villages, the events and publications of village-affairs openness, inspections
-- and election groundwork surveys.
CREATE TABLE village (
  village_code VARCHAR(12) PRIMARY KEY,
  name         VARCHAR(200) NOT NULL
);

CREATE TABLE village_event (
  village_code VARCHAR(12) NOT NULL,
  event_id     VARCHAR(64) NOT NULL,
  item_code    VARCHAR(32) NOT NULL,
  event_on     DATE NOT NULL,
  title        VARCHAR(200) NOT NULL,
  PRIMARY KEY (village_code, event_id)
);

-- A period item names its period (2026-03, 2026-Q1), an event item its event id.
CREATE TABLE village_publication (
  seq          BIGINT PRIMARY KEY,
  village_code VARCHAR(12) NOT NULL,
  item_code    VARCHAR(32) NOT NULL,
  period       VARCHAR(16),
  event_id     VARCHAR(64),
  published_on DATE NOT NULL
);
CREATE INDEX village_publication_village ON village_publication (village_code);

CREATE TABLE village_inspection (
  inspection_id VARCHAR(16) PRIMARY KEY,
  seq           BIGINT NOT NULL,
  village_code  VARCHAR(12) NOT NULL,
  inspected_on  DATE NOT NULL,
  body          TEXT NOT NULL
);

CREATE TABLE election_survey (
  survey_id    VARCHAR(16) PRIMARY KEY,
  seq          BIGINT NOT NULL,
  election_day DATE NOT NULL,
  body         TEXT NOT NULL
);
