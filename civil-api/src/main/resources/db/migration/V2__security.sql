-- Bearer tokens (stored as SHA-256 hashes, never in clear) and the append-only audit log.

CREATE TABLE api_token (
  token_id   VARCHAR(16) PRIMARY KEY,
  role       VARCHAR(16) NOT NULL,
  label      VARCHAR(200) NOT NULL,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  created_at BIGINT      NOT NULL,
  revoked_at BIGINT
);

CREATE TABLE audit_entry (
  seq      BIGINT       PRIMARY KEY,
  at_millis BIGINT      NOT NULL,
  token_id VARCHAR(16),
  method   VARCHAR(8)   NOT NULL,
  route    VARCHAR(200) NOT NULL,
  target   VARCHAR(400) NOT NULL,
  status   INT          NOT NULL,
  outcome  VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at_millis);
