-- Reservations: what was booked, by whom (as they were at booking time), its state history and the
-- usage recorded at check-out. Billing and statistics read these columns; instants are UTC.
CREATE TABLE reservation (
  id                       BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  resource_id              BIGINT         NOT NULL,
  -- copied from the resource so scoping and statistics need no join
  lab_id                   BIGINT         NOT NULL,
  owner_institution_id     BIGINT         NOT NULL,
  resource_city_code       VARCHAR(8)     NOT NULL,
  time_zone                VARCHAR(64)    NOT NULL,
  start_at                 DATETIME(6)    NOT NULL,
  end_at                   DATETIME(6)    NOT NULL,
  status                   VARCHAR(20)    NOT NULL,
  booker_username          VARCHAR(100)   NOT NULL,
  booker_institution_id    BIGINT         NOT NULL,
  booker_city_code         VARCHAR(8)     NOT NULL,
  price_tier               VARCHAR(16)    NOT NULL,
  cross_city               BOOLEAN        NOT NULL,
  external                 BOOLEAN        NOT NULL,
  purpose                  VARCHAR(500)   NOT NULL,
  sample_count             INT            NOT NULL DEFAULT 0,
  operator_assisted        BOOLEAN        NOT NULL DEFAULT FALSE,
  expert_id                BIGINT         NULL,
  account_id               BIGINT         NULL,
  rate_card_id             BIGINT         NULL,
  price_estimate           DECIMAL(12,2)  NULL,
  created_at               DATETIME(6)    NOT NULL,
  approved_at              DATETIME(6)    NULL,
  approved_by              VARCHAR(100)   NULL,
  rejected_at              DATETIME(6)    NULL,
  rejected_by              VARCHAR(100)   NULL,
  cancelled_at             DATETIME(6)    NULL,
  cancelled_by             VARCHAR(100)   NULL,
  status_reason            VARCHAR(500)   NULL,
  late_cancellation        BOOLEAN        NOT NULL DEFAULT FALSE,
  checked_in_at            DATETIME(6)    NULL,
  checked_in_by            VARCHAR(100)   NULL,
  checked_out_at           DATETIME(6)    NULL,
  checked_out_by           VARCHAR(100)   NULL,
  usage_start_at           DATETIME(6)    NULL,
  usage_end_at             DATETIME(6)    NULL,
  usage_samples            INT            NULL,
  expired_at               DATETIME(6)    NULL,
  no_show_at               DATETIME(6)    NULL,
  updated_at               DATETIME(6)    NOT NULL,
  version                  BIGINT         NOT NULL DEFAULT 0,
  -- the overlap check and busy-time reads: resource_id = ? AND end_at > ? AND start_at < ? AND
  -- status IN (...) is one range scan of this covering index, over the resource's future rows only
  KEY ix_reservation_resource_time (resource_id, end_at, start_at, status),
  KEY ix_reservation_booker (booker_username, start_at),
  KEY ix_reservation_lab (lab_id, start_at),
  KEY ix_reservation_status (status, start_at),
  CONSTRAINT fk_reservation_resource FOREIGN KEY (resource_id) REFERENCES bookable_resource (id),
  CONSTRAINT fk_reservation_lab FOREIGN KEY (lab_id) REFERENCES lab (id),
  CONSTRAINT fk_reservation_expert FOREIGN KEY (expert_id) REFERENCES expert (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Idempotency-Key of create requests: one row per (user, key), written in the same transaction as
-- what it created, so a replay returns exactly the original response.
CREATE TABLE idempotency_key (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username       VARCHAR(100)  NOT NULL,
  idem_key       VARCHAR(200)  NOT NULL,
  request_hash   CHAR(64)      NOT NULL,
  status         INT           NOT NULL,
  response_body  MEDIUMTEXT    NOT NULL,
  location       VARCHAR(500)  NULL,
  created_at     DATETIME(6)   NOT NULL,
  expires_at     DATETIME(6)   NOT NULL,
  CONSTRAINT uq_idempotency_key UNIQUE (username, idem_key),
  KEY ix_idempotency_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A user's qualification (上机资格) for a resource, valid through expires_on; revoked rows are kept.
CREATE TABLE qualification (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(100)  NOT NULL,
  resource_id   BIGINT        NOT NULL,
  expires_on    DATE          NOT NULL,
  granted_at    DATETIME(6)   NOT NULL,
  granted_by    VARCHAR(100)  NOT NULL,
  revoked_at    DATETIME(6)   NULL,
  revoked_by    VARCHAR(100)  NULL,
  KEY ix_qualification_user_resource (username, resource_id, expires_on),
  KEY ix_qualification_resource (resource_id),
  CONSTRAINT fk_qualification_resource FOREIGN KEY (resource_id) REFERENCES bookable_resource (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
