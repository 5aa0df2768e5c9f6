-- Lab managers' corrections of recorded usage (walk-ins, forgotten check-outs): the audit trail
-- keeps what was there before, who changed it, when and why.
CREATE TABLE usage_correction (
  id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reservation_id            BIGINT        NOT NULL,
  previous_status           VARCHAR(20)   NOT NULL,
  previous_usage_start_at   DATETIME(6)   NULL,
  previous_usage_end_at     DATETIME(6)   NULL,
  previous_usage_samples    INT           NULL,
  usage_start_at            DATETIME(6)   NOT NULL,
  usage_end_at              DATETIME(6)   NOT NULL,
  usage_samples             INT           NOT NULL,
  reason                    VARCHAR(500)  NOT NULL,
  corrected_by              VARCHAR(100)  NOT NULL,
  corrected_at              DATETIME(6)   NOT NULL,
  KEY ix_usage_correction_reservation (reservation_id, corrected_at),
  CONSTRAINT fk_usage_correction_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
