-- The reservation event log, also the outbox that billing, notifications, statistics and webhooks
-- read: one immutable row per state change, written in the transaction of the change (so a change
-- that rolls back leaves no event). Rows are appended, never updated or deleted. Readers page by id
-- ("events after id N"); ids are allocated at insert, not at commit, so a reader that must not miss
-- a row re-reads a short window behind its last id.
CREATE TABLE reservation_event (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  type               VARCHAR(32)   NOT NULL,
  reservation_id     BIGINT        NULL,
  waitlist_entry_id  BIGINT        NULL,
  resource_id        BIGINT        NOT NULL,
  lab_id             BIGINT        NOT NULL,
  occurred_at        DATETIME(6)   NOT NULL,
  actor              VARCHAR(100)  NOT NULL,
  payload            MEDIUMTEXT    NOT NULL,
  CONSTRAINT ck_reservation_event_payload CHECK (JSON_VALID(payload)),
  CONSTRAINT ck_reservation_event_subject
    CHECK (reservation_id IS NOT NULL OR waitlist_entry_id IS NOT NULL),
  KEY ix_reservation_event_reservation (reservation_id, id),
  KEY ix_reservation_event_waitlist (waitlist_entry_id, id),
  KEY ix_reservation_event_type (type, id),
  CONSTRAINT fk_reservation_event_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id),
  CONSTRAINT fk_reservation_event_waitlist FOREIGN KEY (waitlist_entry_id) REFERENCES waitlist_entry (id),
  CONSTRAINT fk_reservation_event_resource FOREIGN KEY (resource_id) REFERENCES bookable_resource (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Idempotency keys now remember what the use case returned (its result as JSON); the HTTP status
-- and Location are the REST layer's to render, so they are no longer stored.
ALTER TABLE idempotency_key DROP COLUMN status, DROP COLUMN location;
ALTER TABLE idempotency_key CHANGE response_body result MEDIUMTEXT NOT NULL;
