package cn.gfshare.instruments.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The span of time the service deals in. Bookings, blackouts and rate cards outside it are typing
 * errors (year 20260, year −1); the database refuses some of them with an error that would surface
 * as a 500, and stores others that no one could ever book around.
 */
public final class TimeBounds {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;
  public static final Instant MIN =
      LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  public static final Instant MAX_EXCLUSIVE =
      LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  /** What clients are told when a value is outside the span. */
  public static final String RANGE_TEXT =
      "must lie within the years " + FIRST_YEAR + "–" + LAST_YEAR;

  private TimeBounds() {}

  public static boolean contains(Instant t) {
    return !t.isBefore(MIN) && t.isBefore(MAX_EXCLUSIVE);
  }

  public static boolean contains(LocalDate d) {
    return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR;
  }
}
