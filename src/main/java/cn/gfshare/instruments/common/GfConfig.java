package cn.gfshare.instruments.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/** Application settings under {@code gf.*}; production values come from the environment. */
@ConfigMapping(prefix = "gf")
public interface GfConfig {

  DemoData demoData();

  RateLimit rateLimit();

  ScaleData scaleData();

  Catalog catalog();

  Booking booking();

  interface DemoData {
    /**
     * Load the deterministic demo catalog and demo users' affiliations at start (env
     * GF_DEMO_DATA_ENABLED).
     */
    @WithDefault("false")
    boolean enabled();
  }

  interface RateLimit {
    /** Turn per-client request budgets on /api/** on or off. */
    @WithDefault("true")
    boolean enabled();

    /** Requests per minute for a signed-in user or machine client (per replica). */
    @WithDefault("600")
    int perMinute();

    /** Requests per minute for anonymous callers, counted per remote address (per replica). */
    @WithDefault("300")
    int anonymousPerMinute();

    /** Per-client budgets that differ from the default, e.g. a partner portal's service account. */
    java.util.Map<String, Integer> perClient();
  }

  interface ScaleData {
    /**
     * Allow platform admins to POST /api/v1/admin/scale-data (benchmarks only; env
     * GF_SCALE_DATA_ENABLED).
     */
    @WithDefault("false")
    boolean enabled();

    /**
     * Top the scale-test catalog up to this many instruments at start; 0 = off (env
     * GF_SCALE_DATA_INSTRUMENTS).
     */
    @WithDefault("0")
    int instruments();
  }

  interface Catalog {
    /** Most data rows one CSV import may carry (env GF_CATALOG_IMPORT_MAX_ROWS). */
    @WithDefault("5000")
    int importMaxRows();
  }

  interface Booking {
    /** Booking rules that apply where a lab has set none for a resource. */
    Defaults defaults();

    /** Longest window one availability query may ask for, in days. */
    @WithDefault("92")
    int maxWindowDays();

    /** Longest window the cross-instrument search may ask for, in days. */
    @WithDefault("31")
    int searchMaxWindowDays();

    /** How long before its start a reservation can be checked in, in minutes. */
    @WithDefault("30")
    int checkInOpensMinutesBeforeStart();

    /** How long a waitlist offer holds its slot for the waiter to accept. */
    @WithDefault("PT1H")
    Duration waitlistHold();

    /** How long an Idempotency-Key is remembered. */
    @WithDefault("P1D")
    Duration idempotencyKeyTtl();

    /** How long after its start a confirmed booking not checked in may be marked a no-show. */
    @WithDefault("PT30M")
    Duration noShowGrace();

    /** How long after its end a booking left checked in may be completed by the system. */
    @WithDefault("PT30M")
    Duration autoCompleteGrace();
  }

  interface Defaults {
    /** Slot granularity in minutes: starts and ends fall on this grid from local midnight. */
    @WithDefault("30")
    int slotMinutes();

    /** Shortest booking, minutes. */
    @WithDefault("30")
    int minDurationMinutes();

    /** Longest booking, minutes. */
    @WithDefault("480")
    int maxDurationMinutes();

    /** Minimum notice for users of the owning institution, minutes. */
    @WithDefault("0")
    int internalLeadMinutes();

    /**
     * Minimum notice for users of other institutions (both cities while equal access is on),
     * minutes.
     */
    @WithDefault("120")
    int externalLeadMinutes();

    /**
     * Minimum notice for users from the other city, applied only while equal access is off,
     * minutes.
     */
    @WithDefault("1440")
    int crossCityLeadMinutes();

    /** How many days ahead one may book (through the end of that local day). */
    @WithDefault("14")
    int horizonDays();

    /** Idle time kept free between two bookings, minutes. */
    @WithDefault("0")
    int bufferMinutes();

    /** Free cancellation until this many hours before the start. */
    @WithDefault("24")
    int cancellationDeadlineHours();

    /** Weekly opening days of a resource whose lab has published no hours. */
    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    List<DayOfWeek> openDays();

    /** Opening time (lab's zone) of a resource whose lab has published no hours. */
    @WithDefault("09:00")
    LocalTime opensAt();

    /** Closing time (lab's zone) of a resource whose lab has published no hours. */
    @WithDefault("18:00")
    LocalTime closesAt();
  }
}
