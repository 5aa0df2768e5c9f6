package cn.gfshare.instruments.common;

import cn.gfshare.instruments.common.problem.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Parses ISO-8601 query parameters into 422s rather than the 404 JAX-RS gives for unconvertible
 * query parameters, and renders instants in a lab's zone.
 */
public final class IsoTimes {

  private IsoTimes() {}

  /** An ISO-8601 date-time with offset ("2026-03-02T09:00:00+08:00" or "...Z"); null stays null. */
  public static Instant instant(String param, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Instant t;
    try {
      t = OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new RuleViolation(
          "datetime-format",
          param + " must be an ISO-8601 date-time with offset, e.g. 2026-03-02T09:00:00+08:00",
          Map.of("parameter", param));
    }
    return inRange(param, t, TimeBounds.contains(t));
  }

  public static LocalDate date(String param, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new RuleViolation(
          "date-format",
          param + " must be an ISO-8601 date, e.g. 2026-03-02",
          Map.of("parameter", param));
    }
    return inRange(param, d, TimeBounds.contains(d));
  }

  private static <T> T inRange(String param, T value, boolean inRange) {
    if (!inRange) {
      throw new RuleViolation(
          "time-range", param + " " + TimeBounds.RANGE_TEXT, Map.of("parameter", param));
    }
    return value;
  }

  /** As {@link #at}, formatted the way response bodies render it ("2026-03-02T09:00:00+08:00"). */
  public static String text(Instant t, ZoneId zone) {
    return at(t, zone).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The instant as wall time and offset of {@code zone}. */
  public static OffsetDateTime at(Instant t, ZoneId zone) {
    return t == null ? null : t.atZone(zone).toOffsetDateTime();
  }
}
