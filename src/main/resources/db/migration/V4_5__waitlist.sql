-- Waitlist: a user waits for a resource within a window. When a booking is cancelled or rejected,
-- the first waiter with a fitting slot gets an offer that holds the slot until offer_expires_at;
-- active holds count as busy in overlap checks and availability.
CREATE TABLE waitlist_entry (
  id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  resource_id            BIGINT        NOT NULL,
  username               VARCHAR(100)  NOT NULL,
  institution_id         BIGINT        NOT NULL,
  city_code              VARCHAR(8)    NOT NULL,
  window_start_at        DATETIME(6)   NOT NULL,
  window_end_at          DATETIME(6)   NOT NULL,
  duration_minutes       INT           NOT NULL,
  purpose                VARCHAR(500)  NOT NULL,
  status                 VARCHAR(16)   NOT NULL,
  created_at             DATETIME(6)   NOT NULL,
  offer_start_at         DATETIME(6)   NULL,
  offer_end_at           DATETIME(6)   NULL,
  offer_expires_at       DATETIME(6)   NULL,
  offered_at             DATETIME(6)   NULL,
  reservation_id         BIGINT        NULL,
  updated_at             DATETIME(6)   NOT NULL,
  version                BIGINT        NOT NULL DEFAULT 0,
  KEY ix_waitlist_queue (resource_id, status, created_at),
  KEY ix_waitlist_holds (resource_id, status, offer_end_at),
  KEY ix_waitlist_user (username, created_at),
  CONSTRAINT fk_waitlist_resource FOREIGN KEY (resource_id) REFERENCES bookable_resource (id),
  CONSTRAINT fk_waitlist_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
