-- Published half-year reports (上半年小结 as submitted): the report's JSON as it was at the instant
-- of publication, kept unchanged so that it can be shown again and compared with the report now.
CREATE SEQUENCE report_publication_seq;

CREATE TABLE report_publication (
  publication_id   VARCHAR(24) PRIMARY KEY,
  period           VARCHAR(7)  NOT NULL,
  published_millis BIGINT      NOT NULL,
  report           TEXT        NOT NULL
);
CREATE INDEX report_publication_period ON report_publication (period, published_millis);
