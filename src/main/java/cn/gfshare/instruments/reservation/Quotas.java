package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.common.TimeSlot;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Per-user booking quotas, counted per local day and ISO week (Monday first) of the lab's zone. */
final class Quotas {

  private Quotas() {}

  /** A day or week whose limit the new slot would exceed, with the hours it would reach. */
  record Excess(
      String period, LocalDate firstDay, BigDecimal limitHours, BigDecimal wouldBeHours) {}

  static Optional<Excess> check(
      TimeSlot slot,
      Collection<TimeSlot> mine,
      ZoneId zone,
      BigDecimal perDay,
      BigDecimal perWeek) {
    if (perDay != null) {
      for (TimeSlot day : periods(slot, zone, false)) {
        Optional<Excess> e = within(slot, mine, day, perDay, "day", zone);
        if (e.isPresent()) {
          return e;
        }
      }
    }
    if (perWeek != null) {
      for (TimeSlot week : periods(slot, zone, true)) {
        Optional<Excess> e = within(slot, mine, week, perWeek, "week", zone);
        if (e.isPresent()) {
          return e;
        }
      }
    }
    return Optional.empty();
  }

  /** The first instant of the ISO week containing {@code t}, in {@code zone}. */
  static Instant weekStart(Instant t, ZoneId zone) {
    return t.atZone(zone)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .atStartOfDay(zone)
        .toInstant();
  }

  static Instant weekEnd(Instant t, ZoneId zone) {
    return t.atZone(zone)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .plusWeeks(1)
        .atStartOfDay(zone)
        .toInstant();
  }

  private static Optional<Excess> within(
      TimeSlot slot,
      Collection<TimeSlot> mine,
      TimeSlot period,
      BigDecimal limit,
      String name,
      ZoneId zone) {
    long minutes = overlapMinutes(slot, period);
    for (TimeSlot m : mine) {
      minutes += overlapMinutes(m, period);
    }
    BigDecimal hours =
        BigDecimal.valueOf(minutes)
            .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
    if (hours.compareTo(limit) > 0) {
      return Optional.of(new Excess(name, period.start().atZone(zone).toLocalDate(), limit, hours));
    }
    return Optional.empty();
  }

  private static List<TimeSlot> periods(TimeSlot slot, ZoneId zone, boolean weeks) {
    List<TimeSlot> out = new ArrayList<>();
    LocalDate d =
        weeks
            ? slot.start()
                .atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            : slot.start().atZone(zone).toLocalDate();
    while (true) {
      LocalDate next = weeks ? d.plusWeeks(1) : d.plusDays(1);
      Instant s = d.atStartOfDay(zone).toInstant();
      if (!s.isBefore(slot.end())) {
        break;
      }
      out.add(new TimeSlot(s, next.atStartOfDay(zone).toInstant()));
      d = next;
    }
    return out;
  }

  private static long overlapMinutes(TimeSlot a, TimeSlot b) {
    Instant s = a.start().isAfter(b.start()) ? a.start() : b.start();
    Instant e = a.end().isBefore(b.end()) ? a.end() : b.end();
    return s.isBefore(e) ? Duration.between(s, e).toMinutes() : 0;
  }
}
