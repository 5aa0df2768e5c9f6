package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.catalog.BookableResource;
import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.catalog.LabAccess;
import cn.gfshare.instruments.common.TimeSlot;
import cn.gfshare.instruments.common.idempotency.IdempotencyStore;
import cn.gfshare.instruments.common.problem.DomainProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.reservation.Bookings.BookingRequest;
import cn.gfshare.instruments.reservation.Bookings.Failure;
import cn.gfshare.instruments.reservation.Bookings.Plan;
import cn.gfshare.instruments.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Weekly recurring bookings: expands a series into occurrences and books those that fit. */
@ApplicationScoped
public class ReservationSeriesService {

  @Inject Clock clock;

  static final int MAX_OCCURRENCES = 100;

  @Inject Bookings booking;

  /**
   * The first occurrence is {@code start}–{@code end}; later ones repeat its local wall-clock times
   * (in the lab's zone, so across daylight-saving changes too) on {@code daysOfWeek} (default: the
   * first one's weekday), until a date (inclusive) or for a count of occurrences.
   */
  public record SeriesRequest(
      @NotNull Long instrumentId,
      @NotNull OffsetDateTime start,
      @NotNull OffsetDateTime end,
      @Size(max = 7) List<@NotNull DayOfWeek> daysOfWeek,
      LocalDate until,
      @Min(1) @Max(MAX_OCCURRENCES) Integer count,
      @NotBlank @Size(max = 500) String purpose,
      @PositiveOrZero @Max(100000) Integer sampleCount,
      Boolean operatorAssisted,
      Long expertId,
      Long accountId,
      Boolean allOrNothing) {}

  public record SeriesView(
      long id,
      long instrumentId,
      String bookerUsername,
      List<DayOfWeek> daysOfWeek,
      LocalDate until,
      Integer count,
      boolean allOrNothing,
      Instant createdAt,
      List<ReservationView> reservations) {}

  /** Expands and books a series; {@link ReservationService#bookSeries} is the use case. */
  Bookings.SeriesResult create(Caller caller, SeriesRequest req, IdempotencyStore.Claim claim) {
    boolean allOrNothing = Boolean.TRUE.equals(req.allOrNothing());
    if ((req.until() == null) == (req.count() == null)) {
      throw new RuleViolation("series-end", "Give exactly one of until (a date) and count");
    }
    ZoneId zone =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Instrument i = Instrument.findById(req.instrumentId());
                  if (i == null) {
                    throw new NotFoundProblem("Instrument", req.instrumentId());
                  }
                  return ZoneId.of(i.lab.timeZone);
                });
    Set<DayOfWeek> days =
        req.daysOfWeek() == null || req.daysOfWeek().isEmpty()
            ? EnumSet.of(req.start().atZoneSameInstant(zone).getDayOfWeek())
            : EnumSet.copyOf(req.daysOfWeek());
    List<TimeSlot> occurrences = occurrences(req, zone, days);

    List<Plan> plans = new ArrayList<>();
    List<Failure> failed = new ArrayList<>();
    for (TimeSlot o : occurrences) {
      BookingRequest one =
          new BookingRequest(
              req.instrumentId(),
              o.start().atZone(zone).toOffsetDateTime(),
              o.end().atZone(zone).toOffsetDateTime(),
              req.purpose(),
              req.sampleCount(),
              req.operatorAssisted(),
              req.expertId(),
              req.accountId());
      try {
        // each in its own short transaction: a rule failure must not doom the others
        plans.add(booking.prepare(caller, one));
      } catch (DomainProblem p) {
        failed.add(Failure.of(o, zone, p));
      }
    }
    if (plans.isEmpty() || (allOrNothing && !failed.isEmpty())) {
      throw new RuleViolation(
          "series-not-bookable",
          allOrNothing && !plans.isEmpty()
              ? failed.size() + " occurrence(s) cannot be booked, so none was (allOrNothing)"
              : "No occurrence of the series can be booked",
          Map.of("failed", failed));
    }
    ReservationSeries series = new ReservationSeries();
    series.resourceId = req.instrumentId();
    series.bookerUsername = caller.username();
    series.daysOfWeek =
        days.stream().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    series.untilDate = req.until();
    series.occurrenceCount = req.count();
    series.allOrNothing = allOrNothing;
    series.createdAt = clock.instant();
    return booking.bookSeries(caller, req.instrumentId(), series, plans, failed, claim);
  }

  static List<TimeSlot> occurrences(SeriesRequest req, ZoneId zone, Set<DayOfWeek> days) {
    LocalDateTime first = req.start().atZoneSameInstant(zone).toLocalDateTime();
    LocalDateTime firstEnd = req.end().atZoneSameInstant(zone).toLocalDateTime();
    long spanDays = ChronoUnit.DAYS.between(first.toLocalDate(), firstEnd.toLocalDate());
    LocalDate last = req.until() != null ? req.until() : first.toLocalDate().plusYears(1);
    if (req.until() != null && req.until().isAfter(first.toLocalDate().plusYears(1))) {
      throw new RuleViolation("series-too-long", "A series may run for at most a year");
    }
    List<TimeSlot> out = new ArrayList<>();
    for (LocalDate d = first.toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
      if (!days.contains(d.getDayOfWeek())) {
        continue;
      }
      if (out.size() == (req.count() != null ? req.count() : MAX_OCCURRENCES)) {
        if (req.count() == null) {
          throw new RuleViolation(
              "series-too-long", "A series may have at most " + MAX_OCCURRENCES + " occurrences");
        }
        break;
      }
      Instant s = d.atTime(first.toLocalTime()).atZone(zone).toInstant();
      Instant e = d.plusDays(spanDays).atTime(firstEnd.toLocalTime()).atZone(zone).toInstant();
      out.add(new TimeSlot(s, e));
    }
    if (out.isEmpty()) {
      throw new RuleViolation(
          "series-empty", "No day of the series falls between the start and the end");
    }
    return out;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SeriesView get(Caller caller, long id) {
    ReservationSeries s = ReservationSeries.findById(id);
    if (s == null) {
      throw new NotFoundProblem("Reservation series", id);
    }
    BookableResource resource = BookableResource.findById(s.resourceId);
    if (!s.bookerUsername.equals(caller.username()) && !LabAccess.manages(caller, resource.lab)) {
      throw new NotFoundProblem("Reservation series", id);
    }
    List<ReservationView> reservations =
        Reservation.<Reservation>list("seriesId = ?1 order by startAt", id).stream()
            .map(ReservationQueries::view)
            .toList();
    List<DayOfWeek> days =
        java.util.Arrays.stream(s.daysOfWeek.split(","))
            .map(v -> DayOfWeek.of(Integer.parseInt(v)))
            .toList();
    return new SeriesView(
        s.id,
        s.resourceId,
        s.bookerUsername,
        days,
        s.untilDate,
        s.occurrenceCount,
        s.allOrNothing,
        s.createdAt,
        reservations);
  }
}
