package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.availability.Audience;
import cn.gfshare.instruments.availability.Calendars;
import cn.gfshare.instruments.availability.EffectiveRules;
import cn.gfshare.instruments.availability.Schedule;
import cn.gfshare.instruments.catalog.BookableResource;
import cn.gfshare.instruments.catalog.Institution;
import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.common.GfConfig;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.RowLocks;
import cn.gfshare.instruments.common.TimeSlot;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.security.Caller;
import cn.gfshare.instruments.security.InstitutionRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Waiting for a resource. When time frees up (a cancellation or rejection), the first waiter in
 * queue order whose window has a fitting slot gets an offer that holds the slot for {@code
 * gf.booking.waitlist-hold}. Queue order is first come, first served; with equal access off, users
 * from the other city queue behind the others.
 */
@ApplicationScoped
public class WaitlistService {

  @Inject Calendars calendars;
  @Inject GfConfig config;
  @Inject Clock clock;
  @Inject ReservationEvents events;

  public record JoinRequest(
      @NotNull Long instrumentId,
      @NotNull OffsetDateTime windowStart,
      @NotNull OffsetDateTime windowEnd,
      @NotNull @Min(1) @Max(44640) Integer durationMinutes,
      @NotBlank @Size(max = 500) String purpose) {}

  public record EntryView(
      long id,
      long instrumentId,
      String username,
      OffsetDateTime windowStart,
      OffsetDateTime windowEnd,
      int durationMinutes,
      String purpose,
      WaitlistEntry.Status status,
      Instant createdAt,
      OffsetDateTime offerStart,
      OffsetDateTime offerEnd,
      Instant offerExpiresAt,
      Long reservationId) {
    static EntryView of(WaitlistEntry e, ZoneId zone) {
      return new EntryView(
          e.id,
          e.resourceId,
          e.username,
          IsoTimes.at(e.windowStartAt, zone),
          IsoTimes.at(e.windowEndAt, zone),
          e.durationMinutes,
          e.purpose,
          e.status,
          e.createdAt,
          IsoTimes.at(e.offerStartAt, zone),
          IsoTimes.at(e.offerEndAt, zone),
          e.offerExpiresAt,
          e.reservationId);
    }
  }

  @Transactional
  public EntryView join(Caller caller, JoinRequest req) {
    Instrument instrument = Instrument.findById(req.instrumentId());
    if (instrument == null) {
      throw new NotFoundProblem("Instrument", req.instrumentId());
    }
    if (instrument.status != InstrumentStatus.ACTIVE) {
      throw new RuleViolation(
          "instrument-active", "Instrument " + instrument.code + " takes no bookings");
    }
    InstitutionRef inst =
        caller
            .institution()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "affiliation-required",
                        "Your institution is unknown; ask a platform admin to record your affiliation"));
    TimeSlot window = new TimeSlot(req.windowStart().toInstant(), req.windowEnd().toInstant());
    if (window.duration().compareTo(Duration.ofDays(config.booking().maxWindowDays())) > 0) {
      throw new RuleViolation(
          "window-too-long",
          "A window may span at most " + config.booking().maxWindowDays() + " days");
    }
    if (window.duration().compareTo(Duration.ofMinutes(req.durationMinutes())) < 0) {
      throw new RuleViolation("duration", "The window is shorter than the duration");
    }
    WaitlistEntry e = new WaitlistEntry();
    e.resourceId = instrument.id;
    e.username = caller.username();
    e.institutionId = inst.id();
    e.cityCode = inst.city();
    e.windowStartAt = window.start();
    e.windowEndAt = window.end();
    e.durationMinutes = req.durationMinutes();
    e.purpose = req.purpose().strip();
    e.status = WaitlistEntry.Status.WAITING;
    e.createdAt = clock.instant();
    e.persist();
    return EntryView.of(e, ZoneId.of(instrument.lab.timeZone));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<EntryView> mine(Caller caller) {
    return WaitlistEntry.<WaitlistEntry>list(
            "username = ?1 order by createdAt desc", caller.username())
        .stream()
        .map(e -> EntryView.of(e, zoneOf(e.resourceId)))
        .toList();
  }

  /** The caller's own entry, which must hold an open offer. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WaitlistEntry openOffer(Caller caller, long id) {
    WaitlistEntry e = own(caller, id);
    if (!e.holding(clock.instant())) {
      throw new ConflictProblem(
          "offer-not-open",
          "This waitlist entry has no open offer",
          Map.of("currentStatus", e.status.name()));
    }
    return e;
  }

  /** The resource an entry waits for (it never changes); 404 when there is no such entry. */
  @Transactional
  public long resourceOf(long id) {
    WaitlistEntry e = WaitlistEntry.findById(id);
    if (e == null) {
      throw new NotFoundProblem("Waitlist entry", id);
    }
    return e.resourceId;
  }

  /**
   * Leaves the waitlist, or declines an offer; time an open offer held goes to the next waiter in
   * the same transaction. The resource is locked first, as for a booking.
   */
  @Transactional
  public void leave(Caller caller, long id, long resourceId, boolean declining) {
    RowLocks.lock("bookable_resource", resourceId);
    RowLocks.lock("waitlist_entry", id);
    WaitlistEntry e = own(caller, id);
    if (declining
        ? e.status != WaitlistEntry.Status.OFFERED
        : e.status != WaitlistEntry.Status.WAITING && e.status != WaitlistEntry.Status.OFFERED) {
      throw new ConflictProblem(
          "transition-not-allowed",
          "A " + e.status + " entry cannot be " + (declining ? "declined" : "cancelled"),
          Map.of("currentStatus", e.status.name()));
    }
    boolean offered = e.status == WaitlistEntry.Status.OFFERED;
    e.status = declining ? WaitlistEntry.Status.DECLINED : WaitlistEntry.Status.CANCELLED;
    if (offered) {
      Instant now = clock.instant();
      events.waitlist(
          ReservationEventType.WAITLIST_DECLINED,
          e,
          labOf(resourceId),
          caller,
          now,
          Map.of("left", !declining));
      offerFreedTime(resourceId, caller, now);
    }
  }

  /**
   * A system transition: an offer not accepted in time lapses, and its time goes to the next
   * waiter. 409 while the offer still holds.
   */
  @Transactional
  public void lapse(Caller caller, long id, long resourceId) {
    RowLocks.lock("bookable_resource", resourceId);
    RowLocks.lock("waitlist_entry", id);
    WaitlistEntry e = WaitlistEntry.findById(id);
    if (e == null || e.resourceId != resourceId) {
      throw new NotFoundProblem("Waitlist entry", id);
    }
    if (!caller.system()) {
      throw new ForbiddenProblem(
          "not-allowed", "Only the platform's scheduled jobs may let a waitlist offer lapse");
    }
    Instant now = clock.instant();
    if (e.status != WaitlistEntry.Status.OFFERED) {
      throw new ConflictProblem(
          "transition-not-allowed",
          "A " + e.status + " entry has no offer to lapse",
          Map.of("currentStatus", e.status.name()));
    }
    if (e.holding(now)) {
      throw new ConflictProblem(
          "transition-not-due",
          "The offer holds until " + e.offerExpiresAt,
          Map.of("dueAt", e.offerExpiresAt.toString()));
    }
    e.status = WaitlistEntry.Status.LAPSED;
    events.waitlist(
        ReservationEventType.WAITLIST_LAPSED, e, labOf(resourceId), caller, now, Map.of());
    offerFreedTime(resourceId, caller, now);
  }

  /**
   * Offers freed time on a resource to the first waiter it fits, in the transaction of the change
   * that freed it, which must hold the resource's row lock (taken before any plain read, as for a
   * booking), so an offer and a booking never take the same time.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Long> offerFreedTime(long resourceId, Caller actor, Instant now) {
    List<WaitlistEntry> waiting =
        WaitlistEntry.list(
            "resourceId = ?1 and status = ?2 and windowEndAt > ?3 order by createdAt, id",
            resourceId,
            WaitlistEntry.Status.WAITING,
            now);
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    Instrument instrument = Instrument.findById(resourceId);
    if (instrument == null || instrument.status != InstrumentStatus.ACTIVE) {
      return Optional.empty();
    }
    boolean equalAccess = calendars.equalAccess();
    List<WaitlistEntry> queue = new ArrayList<>(waiting);
    // stable sort: creation order within each rank
    queue.sort(
        Comparator.comparingInt(
            e -> !equalAccess && !e.cityCode.equals(instrument.cityCode) ? 1 : 0));
    Calendars.Setup setup = calendars.setup(instrument);
    for (WaitlistEntry e : queue) {
      Optional<InstitutionRef> who =
          Optional.ofNullable(Institution.<Institution>findById(e.institutionId))
              .map(Institution::ref);
      EffectiveRules rules =
          EffectiveRules.of(
              setup.complete(),
              Audience.of(who, instrument.institutionId, instrument.cityCode, equalAccess));
      if (e.durationMinutes < rules.minDurationMinutes()
          || e.durationMinutes > rules.maxDurationMinutes()
          || e.durationMinutes % rules.slotMinutes() != 0) {
        continue;
      }
      Instant start = max(e.windowStartAt, rules.earliestStart(now));
      Instant end = min(e.windowEndAt, rules.horizonEnd(now, setup.zone()));
      if (!start.isBefore(end)) {
        continue;
      }
      TimeSlot window = new TimeSlot(start, end);
      Schedule schedule = calendars.schedule(setup, window);
      List<TimeSlot> busy =
          Reservation.busy(
                  List.of(resourceId), start.minus(rules.buffer()), end.plus(rules.buffer()), now)
              .getOrDefault(resourceId, List.of());
      TimeSlot slot = schedule.earliest(window, busy, Duration.ofMinutes(e.durationMinutes));
      if (slot != null) {
        e.status = WaitlistEntry.Status.OFFERED;
        e.offerStartAt = slot.start();
        e.offerEndAt = slot.end();
        e.offeredAt = now;
        e.offerExpiresAt = now.plus(config.booking().waitlistHold());
        ZoneId zone = setup.zone();
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("start", IsoTimes.text(e.offerStartAt, zone));
        offer.put("end", IsoTimes.text(e.offerEndAt, zone));
        offer.put("expiresAt", IsoTimes.text(e.offerExpiresAt, zone));
        events.waitlist(
            ReservationEventType.WAITLIST_OFFERED,
            e,
            instrument.lab.id,
            actor,
            now,
            Map.of("offer", offer));
        return Optional.of(e.id);
      }
    }
    return Optional.empty();
  }

  private static long labOf(long resourceId) {
    return BookableResource.<BookableResource>findById(resourceId).lab.id;
  }

  private WaitlistEntry own(Caller caller, long id) {
    WaitlistEntry e = WaitlistEntry.findById(id);
    if (e == null || !e.username.equals(caller.username())) {
      throw new NotFoundProblem("Waitlist entry", id);
    }
    return e;
  }

  private static ZoneId zoneOf(long resourceId) {
    Instrument i = Instrument.findById(resourceId);
    return ZoneId.of(i == null ? "Asia/Shanghai" : i.lab.timeZone);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
