package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.common.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a resource can be used, as pure logic: weekly hours and dated exceptions in the lab's zone,
 * blackouts, the buffer kept around bookings and the slot grid. Exceptions replace the weekly hours
 * of their date (an empty list closes the day). The grid runs from each local midnight in steps of
 * {@code slotMinutes} of elapsed time, so it is unambiguous on daylight-saving days.
 */
public record Schedule(
    ZoneId zone,
    Map<DayOfWeek, List<LocalHours>> weekly,
    Map<LocalDate, List<LocalHours>> exceptions,
    List<TimeSlot> blackouts,
    Duration buffer,
    int slotMinutes) {

  public Schedule {
    Objects.requireNonNull(zone, "zone");
    weekly = Map.copyOf(weekly);
    exceptions = Map.copyOf(exceptions);
    blackouts = List.copyOf(blackouts);
    Objects.requireNonNull(buffer, "buffer");
    if (slotMinutes < 1 || LocalHours.DAY % slotMinutes != 0) {
      throw new IllegalArgumentException("slotMinutes must divide a day: " + slotMinutes);
    }
  }

  /** The hours of a local date: its exception if it has one, else its weekday's hours. */
  public List<LocalHours> hoursOn(LocalDate date) {
    List<LocalHours> e = exceptions.get(date);
    return e != null ? e : weekly.getOrDefault(date.getDayOfWeek(), List.of());
  }

  /** Opening time inside {@code window}, merged across midnights (blackouts not removed). */
  public List<TimeSlot> openIntervals(TimeSlot window) {
    LocalDate first = window.start().atZone(zone).toLocalDate();
    LocalDate last = window.end().atZone(zone).toLocalDate();
    List<TimeSlot> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      for (LocalHours h : hoursOn(d)) {
        Instant s = at(d, h.startMinute());
        Instant e = at(d, h.endMinute());
        // a span inside a spring-forward gap collapses to nothing
        if (s.isBefore(e)) {
          TimeSlot clipped = Intervals.clip(new TimeSlot(s, e), window);
          if (clipped != null) {
            out.add(clipped);
          }
        }
      }
    }
    return Intervals.merge(out);
  }

  /**
   * Bookable time in {@code window}: opening time minus blackouts minus {@code busy} widened by the
   * buffer on both sides, each piece shrunk onto the slot grid and kept when at least {@code
   * minLength} long.
   */
  public List<TimeSlot> free(TimeSlot window, Collection<TimeSlot> busy, Duration minLength) {
    List<TimeSlot> cuts = new ArrayList<>(blackouts);
    for (TimeSlot b : busy) {
      cuts.add(new TimeSlot(b.start().minus(buffer), b.end().plus(buffer)));
    }
    List<TimeSlot> out = new ArrayList<>();
    for (TimeSlot piece : Intervals.subtract(openIntervals(window), cuts)) {
      Instant s = ceilToGrid(piece.start());
      Instant e = floorToGrid(piece.end());
      if (s.isBefore(e) && Duration.between(s, e).compareTo(minLength) >= 0) {
        out.add(new TimeSlot(s, e));
      }
    }
    return out;
  }

  /**
   * The first slot of exactly {@code length} inside the free time, or null. Searches windows from
   * the same start that double from one day (most resources have a slot on their first day, and a
   * search asks this of thousands of them): the earliest slot found in a shorter window is the
   * earliest of the whole, since a free stretch that starts earlier and was cut by the shorter
   * window's end would contain it.
   */
  public TimeSlot earliest(TimeSlot window, Collection<TimeSlot> busy, Duration length) {
    Duration span = Duration.ofDays(1).compareTo(length) >= 0 ? Duration.ofDays(1) : length;
    while (true) {
      Instant end = window.start().plus(span);
      boolean whole = !end.isBefore(window.end());
      TimeSlot part = whole ? window : new TimeSlot(window.start(), end);
      for (TimeSlot f : free(part, busy, length)) {
        return new TimeSlot(f.start(), f.start().plus(length));
      }
      if (whole) {
        return null;
      }
      span = span.multipliedBy(2);
    }
  }

  /** True when {@code slot} lies within one stretch of opening time (it may span midnights). */
  public boolean withinOpening(TimeSlot slot) {
    return openIntervals(slot).stream().anyMatch(o -> o.contains(slot));
  }

  public boolean onGrid(Instant t) {
    return ceilToGrid(t).equals(t);
  }

  public Instant ceilToGrid(Instant t) {
    LocalDate day = t.atZone(zone).toLocalDate();
    Instant midnight = day.atStartOfDay(zone).toInstant();
    long step = stepNanos();
    long elapsed = Duration.between(midnight, t).toNanos();
    Instant c = midnight.plusNanos(Math.floorDiv(elapsed + step - 1, step) * step);
    Instant next = day.plusDays(1).atStartOfDay(zone).toInstant();
    return c.isAfter(next) ? next : c;
  }

  public Instant floorToGrid(Instant t) {
    Instant midnight = t.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    long step = stepNanos();
    long elapsed = Duration.between(midnight, t).toNanos();
    return midnight.plusNanos(Math.floorDiv(elapsed, step) * step);
  }

  private long stepNanos() {
    return slotMinutes * 60_000_000_000L;
  }

  private Instant at(LocalDate d, int minute) {
    if (minute == LocalHours.DAY) {
      return d.plusDays(1).atStartOfDay(zone).toInstant();
    }
    return ZonedDateTime.of(d, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
  }
}
