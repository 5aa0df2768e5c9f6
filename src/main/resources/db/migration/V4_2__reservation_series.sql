-- Recurring bookings: a series is the request that produced a set of reservations.
CREATE TABLE reservation_series (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  resource_id       BIGINT        NOT NULL,
  booker_username   VARCHAR(100)  NOT NULL,
  -- ISO days (1 = Monday), comma-separated
  days_of_week      VARCHAR(20)   NOT NULL,
  until_date        DATE          NULL,
  occurrence_count  INT           NULL,
  all_or_nothing    BOOLEAN       NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  KEY ix_series_booker (booker_username),
  CONSTRAINT fk_series_resource FOREIGN KEY (resource_id) REFERENCES bookable_resource (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE reservation ADD COLUMN series_id BIGINT NULL;
ALTER TABLE reservation ADD KEY ix_reservation_series (series_id);
ALTER TABLE reservation ADD CONSTRAINT fk_reservation_series FOREIGN KEY (series_id) REFERENCES reservation_series (id);
