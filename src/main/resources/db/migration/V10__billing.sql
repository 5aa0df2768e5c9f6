-- Usage billing (issue 10): funding accounts, per-resource billing policy, an append-only ledger of
-- charges, disputes, monthly statements and the billing event log. Numbered V10+ so it never
-- collides with reservation migrations added beside it.

-- 经费账户: a grant, department budget, enterprise contract or purchase order that charges go to.
CREATE TABLE funding_account (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code            VARCHAR(64)    NOT NULL,
  name            VARCHAR(200)   NOT NULL,
  type            VARCHAR(32)    NOT NULL,
  institution_id  BIGINT         NOT NULL,
  pi_username     VARCHAR(100)   NOT NULL,
  credit_limit    DECIMAL(14,2)  NULL,
  expires_on      DATE           NULL,
  status          VARCHAR(16)    NOT NULL,
  -- an institution's department account its internal members are charged to when they name none
  default_account BOOLEAN        NOT NULL DEFAULT FALSE,
  created_at      DATETIME(6)    NOT NULL,
  created_by      VARCHAR(100)   NOT NULL,
  updated_at      DATETIME(6)    NOT NULL,
  version         BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT uq_funding_account_code UNIQUE (code),
  CONSTRAINT ck_funding_account_credit CHECK (credit_limit IS NULL OR credit_limit >= 0),
  KEY ix_funding_account_pi (pi_username),
  CONSTRAINT fk_funding_account_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE funding_account_member (
  account_id  BIGINT        NOT NULL,
  username    VARCHAR(100)  NOT NULL,
  added_at    DATETIME(6)   NOT NULL,
  added_by    VARCHAR(100)  NOT NULL,
  PRIMARY KEY (account_id, username),
  KEY ix_funding_account_member_user (username),
  CONSTRAINT fk_funding_account_member_account FOREIGN KEY (account_id) REFERENCES funding_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How a resource is billed; a missing row or a NULL column means the platform default (gf.billing.*).
CREATE TABLE billing_policy (
  resource_id        BIGINT         NOT NULL PRIMARY KEY,
  billing_mode       VARCHAR(16)    NULL,
  increment_minutes  INT            NULL,
  minimum_charge     DECIMAL(12,2)  NULL,
  penalty_kind       VARCHAR(16)    NULL,
  penalty_percent    DECIMAL(5,2)   NULL,
  penalty_fixed      DECIMAL(12,2)  NULL,
  account_required   BOOLEAN        NULL,
  updated_at         DATETIME(6)    NOT NULL,
  updated_by         VARCHAR(100)   NOT NULL,
  CONSTRAINT ck_billing_policy_increment CHECK (increment_minutes IS NULL OR increment_minutes IN (1, 15, 30)),
  CONSTRAINT ck_billing_policy_percent CHECK (penalty_percent IS NULL OR (penalty_percent >= 0 AND penalty_percent <= 100)),
  CONSTRAINT fk_billing_policy_resource FOREIGN KEY (resource_id) REFERENCES bookable_resource (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The ledger. Rows are inserted and never updated or deleted: a correction is a REVERSAL row (the
-- negated amount, reverses_entry_id = the corrected row) plus a REPLACEMENT row (replaces_entry_id
-- = the corrected row). The unique keys make "one original charge of a kind per reservation" and
-- "an entry is reversed at most once" facts of the database, whatever replica writes.
CREATE TABLE ledger_entry (
  id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  role               VARCHAR(16)    NOT NULL,
  kind               VARCHAR(24)    NOT NULL,
  reservation_id     BIGINT         NOT NULL,
  account_id         BIGINT         NULL,
  lab_id             BIGINT         NOT NULL,
  resource_id        BIGINT         NOT NULL,
  booker_username    VARCHAR(100)   NOT NULL,
  price_tier         VARCHAR(16)    NOT NULL,
  booker_city_code   VARCHAR(8)     NOT NULL,
  rate_card_id       BIGINT         NULL,
  booked_minutes     INT            NOT NULL,
  actual_minutes     INT            NULL,
  billed_minutes     INT            NOT NULL,
  samples            INT            NOT NULL,
  amount             DECIMAL(14,2)  NOT NULL,
  currency           CHAR(3)        NOT NULL,
  formula            MEDIUMTEXT     NOT NULL,
  service_start_at   DATETIME(6)    NOT NULL,
  posted_at          DATETIME(6)    NOT NULL,
  review_until       DATETIME(6)    NOT NULL,
  actor              VARCHAR(100)   NOT NULL,
  reason             VARCHAR(500)   NULL,
  reverses_entry_id  BIGINT         NULL,
  replaces_entry_id  BIGINT         NULL,
  original_key       VARCHAR(64)    NULL,
  CONSTRAINT uq_ledger_entry_original UNIQUE (original_key),
  CONSTRAINT uq_ledger_entry_reverses UNIQUE (reverses_entry_id),
  CONSTRAINT ck_ledger_entry_formula CHECK (JSON_VALID(formula)),
  CONSTRAINT ck_ledger_entry_currency CHECK (currency = 'CNY'),
  CONSTRAINT ck_ledger_entry_reason CHECK (role = 'CHARGE' OR (reason IS NOT NULL AND CHAR_LENGTH(reason) >= 10)),
  KEY ix_ledger_entry_reservation (reservation_id, id),
  KEY ix_ledger_entry_account (account_id, posted_at),
  KEY ix_ledger_entry_lab (lab_id, posted_at),
  KEY ix_ledger_entry_booker (booker_username, posted_at),
  KEY ix_ledger_entry_replaces (replaces_entry_id),
  CONSTRAINT fk_ledger_entry_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id),
  CONSTRAINT fk_ledger_entry_account FOREIGN KEY (account_id) REFERENCES funding_account (id),
  CONSTRAINT fk_ledger_entry_reverses FOREIGN KEY (reverses_entry_id) REFERENCES ledger_entry (id),
  CONSTRAINT fk_ledger_entry_replaces FOREIGN KEY (replaces_entry_id) REFERENCES ledger_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One dispute per ledger entry, ever (the primary key). Its resolution is set once, from OPEN.
CREATE TABLE charge_dispute (
  entry_id        BIGINT        NOT NULL PRIMARY KEY,
  status          VARCHAR(16)   NOT NULL,
  reason          VARCHAR(500)  NOT NULL,
  opened_by       VARCHAR(100)  NOT NULL,
  opened_at       DATETIME(6)   NOT NULL,
  resolution      VARCHAR(500)  NULL,
  resolved_by     VARCHAR(100)  NULL,
  resolved_at     DATETIME(6)   NULL,
  CONSTRAINT fk_charge_dispute_entry FOREIGN KEY (entry_id) REFERENCES ledger_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 对账单. active_key is 1 while a statement is not VOID and NULL after: the unique key then allows
-- one live statement per account and month (and any number of voided ones), on every replica.
CREATE TABLE statement (
  id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id    BIGINT         NOT NULL,
  period        CHAR(7)        NOT NULL,
  status        VARCHAR(16)    NOT NULL,
  active_key    INT            NULL,
  total         DECIMAL(14,2)  NOT NULL,
  currency      CHAR(3)        NOT NULL,
  line_count    INT            NOT NULL,
  created_at    DATETIME(6)    NOT NULL,
  created_by    VARCHAR(100)   NOT NULL,
  issued_at     DATETIME(6)    NULL,
  issued_by     VARCHAR(100)   NULL,
  paid_at       DATETIME(6)    NULL,
  paid_by       VARCHAR(100)   NULL,
  voided_at     DATETIME(6)    NULL,
  voided_by     VARCHAR(100)   NULL,
  void_reason   VARCHAR(500)   NULL,
  replaces_statement_id BIGINT NULL,
  CONSTRAINT uq_statement_live UNIQUE (account_id, period, active_key),
  CONSTRAINT ck_statement_active CHECK ((status = 'VOID') = (active_key IS NULL)),
  KEY ix_statement_period (period, id),
  CONSTRAINT fk_statement_account FOREIGN KEY (account_id) REFERENCES funding_account (id),
  CONSTRAINT fk_statement_replaces FOREIGN KEY (replaces_statement_id) REFERENCES statement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The entries a statement holds. live_entry_id repeats entry_id while the statement is live and is
-- cleared when it is voided, so an entry is on at most one live statement (the unique key).
CREATE TABLE statement_line (
  statement_id   BIGINT  NOT NULL,
  entry_id       BIGINT  NOT NULL,
  live_entry_id  BIGINT  NULL,
  PRIMARY KEY (statement_id, entry_id),
  CONSTRAINT uq_statement_line_live UNIQUE (live_entry_id),
  KEY ix_statement_line_entry (entry_id),
  CONSTRAINT fk_statement_line_statement FOREIGN KEY (statement_id) REFERENCES statement (id),
  CONSTRAINT fk_statement_line_entry FOREIGN KEY (entry_id) REFERENCES ledger_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The billing event log, shaped like reservation_event: one immutable row per billing state change,
-- written in the transaction of the change.
CREATE TABLE billing_event (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  type          VARCHAR(40)   NOT NULL,
  subject_type  VARCHAR(16)   NOT NULL,
  subject_id    BIGINT        NOT NULL,
  account_id    BIGINT        NULL,
  lab_id        BIGINT        NULL,
  occurred_at   DATETIME(6)   NOT NULL,
  actor         VARCHAR(100)  NOT NULL,
  payload       MEDIUMTEXT    NOT NULL,
  CONSTRAINT ck_billing_event_payload CHECK (JSON_VALID(payload)),
  KEY ix_billing_event_subject (subject_type, subject_id, id),
  KEY ix_billing_event_type (type, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
