-- Per-user secret calendar feed URLs. Only a SHA-256 of the secret is stored; rotating or revoking
-- replaces or deletes the row.
CREATE TABLE calendar_feed (
  username    VARCHAR(100)  NOT NULL PRIMARY KEY,
  token_hash  CHAR(64)      NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
