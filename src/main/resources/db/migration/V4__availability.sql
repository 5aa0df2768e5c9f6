-- Availability: when each bookable resource can be used, and the rules for booking it.
-- Local times are minutes from local midnight in the lab's time zone (0..1440, end exclusive,
-- 1440 = midnight at the end of the day); instants are DATETIME(6) holding UTC.

-- Booking rules per resource. A NULL column means "the platform default" (gf.booking.defaults.*;
-- approval and qualification default to the instrument's catalog flags). custom_hours tells whether
-- the lab published weekly hours (rows in opening_hours, possibly none = closed) or the default
-- weekly hours apply.
CREATE TABLE booking_rules (
  resource_id                  BIGINT        NOT NULL PRIMARY KEY,
  custom_hours                 BOOLEAN       NOT NULL DEFAULT FALSE,
  slot_minutes                 INT           NULL,
  min_duration_minutes         INT           NULL,
  max_duration_minutes         INT           NULL,
  internal_lead_minutes        INT           NULL,
  external_lead_minutes        INT           NULL,
  -- applies only while the platform's equal-access policy is off
  cross_city_lead_minutes      INT           NULL,
  horizon_days                 INT           NULL,
  buffer_minutes               INT           NULL,
  quota_day_hours              DECIMAL(6,2)  NULL,
  quota_week_hours             DECIMAL(6,2)  NULL,
  -- apply only while the platform's equal-access policy is off
  cross_city_quota_day_hours   DECIMAL(6,2)  NULL,
  cross_city_quota_week_hours  DECIMAL(6,2)  NULL,
  approval_required            BOOLEAN       NULL,
  qualification_required       BOOLEAN       NULL,
  cancellation_deadline_hours  INT           NULL,
  version                      BIGINT        NOT NULL DEFAULT 0,
  updated_at                   DATETIME(6)   NOT NULL,
  updated_by                   VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_booking_rules_resource FOREIGN KEY (resource_id) REFERENCES bookable_resource (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Weekly opening hours; several rows per day for split shifts. day_of_week is ISO (1 = Monday).
CREATE TABLE opening_hours (
  id            BIGINT    NOT NULL AUTO_INCREMENT PRIMARY KEY,
  resource_id   BIGINT    NOT NULL,
  day_of_week   INT       NOT NULL,
  start_minute  INT       NOT NULL,
  end_minute    INT       NOT NULL,
  KEY ix_opening_hours_resource (resource_id, day_of_week),
  CONSTRAINT fk_opening_hours_resource FOREIGN KEY (resource_id) REFERENCES bookable_resource (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A dated exception replaces that date's weekly hours: no hour rows = closed all day.
CREATE TABLE availability_exception (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  resource_id  BIGINT        NOT NULL,
  on_date      DATE          NOT NULL,
  reason       VARCHAR(300)  NULL,
  updated_at   DATETIME(6)   NOT NULL,
  updated_by   VARCHAR(100)  NOT NULL,
  CONSTRAINT uq_availability_exception UNIQUE (resource_id, on_date),
  CONSTRAINT fk_availability_exception_resource FOREIGN KEY (resource_id) REFERENCES bookable_resource (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE availability_exception_hours (
  exception_id  BIGINT    NOT NULL,
  start_minute  INT       NOT NULL,
  end_minute    INT       NOT NULL,
  KEY ix_exception_hours (exception_id),
  CONSTRAINT fk_exception_hours_exception FOREIGN KEY (exception_id) REFERENCES availability_exception (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Maintenance windows and other blackouts; (resource_id, end_at) finds those reaching into a window.
CREATE TABLE blackout (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  resource_id  BIGINT        NOT NULL,
  start_at     DATETIME(6)   NOT NULL,
  end_at       DATETIME(6)   NOT NULL,
  reason       VARCHAR(300)  NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  created_by   VARCHAR(100)  NOT NULL,
  KEY ix_blackout_resource_time (resource_id, end_at, start_at),
  CONSTRAINT fk_blackout_resource FOREIGN KEY (resource_id) REFERENCES bookable_resource (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Platform-wide policy, one row. equal_access (平等): users from the other city get the same lead
-- times, quotas and queue position as external users of the same city.
CREATE TABLE platform_policy (
  id            INT           NOT NULL PRIMARY KEY,
  equal_access  BOOLEAN       NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  updated_at    DATETIME(6)   NOT NULL,
  updated_by    VARCHAR(100)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO platform_policy (id, equal_access, version, updated_at, updated_by)
VALUES (1, TRUE, 0, UTC_TIMESTAMP(6), 'migration');
