package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.catalog.BookableResource;
import cn.gfshare.instruments.catalog.LabAccess;
import cn.gfshare.instruments.catalog.ResourceSettings;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.RowLocks;
import cn.gfshare.instruments.common.TimeSlot;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lab managers publish opening hours, exceptions, blackouts and booking rules of their resources.
 */
@ApplicationScoped
public class AvailabilitySettingsService {

  @Inject Clock clock;
  @Inject BookedTime bookedTime;

  @Inject Calendars calendars;

  // --- DTOs --------------------------------------------------------------------------------

  /** A span of local time, "HH:mm" to "HH:mm" ("24:00" allowed as the end). */
  public record Span(@NotBlank String from, @NotBlank String to) {
    static Span of(LocalHours h) {
      return new Span(h.from(), h.to());
    }

    LocalHours hours() {
      return LocalHours.parse(from, to);
    }
  }

  public record DayHours(
      @NotNull DayOfWeek day, @NotNull @Size(max = 12) List<@Valid @NotNull Span> hours) {}

  /** Weekly hours; days not listed are closed. */
  public record WeeklyHoursRequest(@NotNull @Size(max = 7) List<@Valid @NotNull DayHours> days) {}

  public record WeeklyHoursView(
      long resourceId, String timeZone, boolean published, List<DayHours> days) {}

  public record ExceptionRequest(
      @NotNull @Size(max = 12) List<@Valid @NotNull Span> hours, @Size(max = 300) String reason) {}

  public record ExceptionView(
      LocalDate date,
      boolean closed,
      List<Span> hours,
      String reason,
      Instant updatedAt,
      String updatedBy) {
    static ExceptionView of(AvailabilityException e) {
      List<Span> spans = e.localHours().stream().map(Span::of).toList();
      return new ExceptionView(e.date, spans.isEmpty(), spans, e.reason, e.updatedAt, e.updatedBy);
    }
  }

  public record BlackoutRequest(
      @NotNull OffsetDateTime start,
      @NotNull OffsetDateTime end,
      @NotBlank @Size(max = 300) String reason) {}

  public record BlackoutView(
      long id,
      long resourceId,
      OffsetDateTime start,
      OffsetDateTime end,
      String reason,
      Instant createdAt,
      String createdBy,
      List<Long> overlappingReservationIds) {}

  public record RulesView(
      long resourceId,
      String timeZone,
      boolean equalAccess,
      RuleSet configured,
      RuleSet effective) {}

  // --- opening hours -------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public WeeklyHoursView openingHours(long resourceId) {
    BookableResource r = resource(resourceId);
    Calendars.Setup s = calendars.setup(r);
    return weeklyView(s, calendars.weekly(s));
  }

  @Transactional
  public WeeklyHoursView setOpeningHours(Caller caller, long resourceId, WeeklyHoursRequest body) {
    BookableResource r = managed(caller, resourceId);
    Map<DayOfWeek, List<LocalHours>> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayHours d : body.days()) {
      List<LocalHours> spans = weekly.computeIfAbsent(d.day(), k -> new ArrayList<>());
      for (Span span : d.hours()) {
        spans.add(span.hours());
      }
    }
    weekly.values().forEach(AvailabilitySettingsService::requireDisjoint);
    OpeningHours.delete("resourceId", resourceId);
    weekly.forEach(
        (day, spans) ->
            spans.forEach(
                h -> {
                  OpeningHours row = new OpeningHours();
                  row.resourceId = resourceId;
                  row.dayOfWeek = day.getValue();
                  row.startMinute = h.startMinute();
                  row.endMinute = h.endMinute();
                  row.persist();
                }));
    BookingRules rules = rulesRow(resourceId, caller);
    rules.customHours = true;
    Calendars.Setup s = calendars.setup(r);
    return weeklyView(s, calendars.weekly(s));
  }

  private static WeeklyHoursView weeklyView(
      Calendars.Setup s, Map<DayOfWeek, List<LocalHours>> weekly) {
    List<DayHours> days = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      List<LocalHours> h = weekly.getOrDefault(d, List.of());
      if (!h.isEmpty()) {
        days.add(new DayHours(d, h.stream().sorted().map(Span::of).toList()));
      }
    }
    return new WeeklyHoursView(s.resourceId(), s.zone().getId(), s.customHours(), days);
  }

  // --- exceptions ----------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ExceptionView> exceptions(long resourceId, LocalDate from, LocalDate to) {
    resource(resourceId);
    LocalDate f = from != null ? from : LocalDate.of(1970, 1, 1);
    LocalDate t = to != null ? to : LocalDate.of(9999, 12, 31);
    return AvailabilityException.<AvailabilityException>list(
            "resourceId = ?1 and date >= ?2 and date <= ?3 order by date", resourceId, f, t)
        .stream()
        .map(ExceptionView::of)
        .toList();
  }

  @Transactional
  public ExceptionView setException(
      Caller caller, long resourceId, LocalDate date, ExceptionRequest body) {
    managed(caller, resourceId);
    List<LocalHours> spans = body.hours().stream().map(Span::hours).toList();
    requireDisjoint(spans);
    AvailabilityException e =
        AvailabilityException.<AvailabilityException>find(
                "resourceId = ?1 and date = ?2", resourceId, date)
            .firstResult();
    if (e == null) {
      e = new AvailabilityException();
      e.resourceId = resourceId;
      e.date = date;
    }
    e.hours.clear();
    for (LocalHours h : spans) {
      e.hours.add(new ExceptionHours(h));
    }
    e.reason = body.reason();
    e.updatedAt = clock.instant();
    e.updatedBy = caller.username();
    e.persist();
    return ExceptionView.of(e);
  }

  @Transactional
  public void deleteException(Caller caller, long resourceId, LocalDate date) {
    managed(caller, resourceId);
    AvailabilityException e =
        AvailabilityException.<AvailabilityException>find(
                "resourceId = ?1 and date = ?2", resourceId, date)
            .firstResult();
    if (e == null) {
      throw new NotFoundProblem("Exception of resource " + resourceId + " on", date);
    }
    e.delete();
  }

  // --- blackouts -----------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<BlackoutView> blackouts(long resourceId, Instant from, Instant to) {
    BookableResource r = resource(resourceId);
    Instant f = from != null ? from : Instant.EPOCH;
    Instant t = to != null ? to : Instant.parse("9999-01-01T00:00:00Z");
    ZoneId zone = ZoneId.of(r.lab.timeZone);
    return Blackout.<Blackout>list(
            "resourceId = ?1 and endAt > ?2 and startAt < ?3 order by startAt", resourceId, f, t)
        .stream()
        .map(b -> view(b, zone, null))
        .toList();
  }

  @Transactional
  public BlackoutView addBlackout(Caller caller, long resourceId, BlackoutRequest body) {
    BookableResource r = managed(caller, resourceId);
    TimeSlot slot = new TimeSlot(body.start().toInstant(), body.end().toInstant());
    Blackout b = new Blackout();
    b.resourceId = resourceId;
    b.startAt = slot.start();
    b.endAt = slot.end();
    b.reason = body.reason().strip();
    b.createdAt = clock.instant();
    b.createdBy = caller.username();
    b.persist();
    // existing bookings are not cancelled automatically: the manager sees which ones to sort out
    List<Long> overlapping =
        bookedTime.active(resourceId, slot.start(), slot.end()).stream()
            .map(BookedTime.Booking::reservationId)
            .toList();
    return view(b, ZoneId.of(r.lab.timeZone), overlapping);
  }

  @Transactional
  public void deleteBlackout(Caller caller, long resourceId, long blackoutId) {
    managed(caller, resourceId);
    Blackout b = Blackout.findById(blackoutId);
    if (b == null || b.resourceId != resourceId) {
      throw new NotFoundProblem("Blackout", blackoutId);
    }
    b.delete();
  }

  private static BlackoutView view(Blackout b, ZoneId zone, List<Long> overlapping) {
    return new BlackoutView(
        b.id,
        b.resourceId,
        IsoTimes.at(b.startAt, zone),
        IsoTimes.at(b.endAt, zone),
        b.reason,
        b.createdAt,
        b.createdBy,
        overlapping);
  }

  // --- rules ---------------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public RulesView rules(long resourceId) {
    return rulesView(calendars.setup(resource(resourceId)));
  }

  @Transactional
  public RulesView setRules(Caller caller, long resourceId, RuleSet body) {
    BookableResource r = managed(caller, resourceId);
    RuleSet complete = calendars.defaults().complete(body, false, false);
    int slot = complete.slotMinutes();
    if (LocalHours.DAY % slot != 0) {
      throw new RuleViolation(
          "slot-minutes", "slotMinutes must divide a day (5, 10, 15, 20, 30, 60, 120 …)");
    }
    if (complete.minDurationMinutes() > complete.maxDurationMinutes()) {
      throw new RuleViolation(
          "duration-range", "minDurationMinutes must not exceed maxDurationMinutes");
    }
    if (complete.minDurationMinutes() % slot != 0 || complete.maxDurationMinutes() % slot != 0) {
      throw new RuleViolation(
          "duration-grid", "minimum and maximum durations must be multiples of slotMinutes");
    }
    BookingRules row = rulesRow(resourceId, caller);
    row.apply(body);
    return rulesView(calendars.setup(r));
  }

  private RulesView rulesView(Calendars.Setup s) {
    return new RulesView(
        s.resourceId(), s.zone().getId(), calendars.equalAccess(), s.configured(), s.complete());
  }

  // --- helpers -------------------------------------------------------------------------------

  private BookingRules rulesRow(long resourceId, Caller caller) {
    BookingRules row = BookingRules.findById(resourceId);
    if (row == null) {
      row = new BookingRules();
      row.resourceId = resourceId;
    }
    row.updatedAt = clock.instant();
    row.updatedBy = caller.username();
    row.persist();
    return row;
  }

  static BookableResource resource(long id) {
    BookableResource r = BookableResource.findById(id);
    if (r == null) {
      throw new NotFoundProblem("Resource", id);
    }
    return r;
  }

  /**
   * The resource, locked so that concurrent edits of its settings serialize with bookings, and its
   * settings version moved (every caller is about to change them).
   */
  private static BookableResource managed(Caller caller, long id) {
    BookableResource r =
        RowLocks.lock("bookable_resource", id) ? BookableResource.findById(id) : null;
    if (r == null) {
      throw new NotFoundProblem("Resource", id);
    }
    LabAccess.requireManager(caller, r.lab);
    ResourceSettings.touch(id);
    return r;
  }

  private static void requireDisjoint(List<LocalHours> spans) {
    List<LocalHours> sorted = spans.stream().sorted().toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new RuleViolation("hours-overlap", "opening spans of one day must not overlap");
      }
    }
  }
}
