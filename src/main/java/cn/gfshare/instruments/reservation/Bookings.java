package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.availability.Calendars;
import cn.gfshare.instruments.availability.EffectiveRules;
import cn.gfshare.instruments.availability.ResourceSetups;
import cn.gfshare.instruments.availability.ResourceSetups.Closure;
import cn.gfshare.instruments.availability.ResourceSetups.ResourceSetup;
import cn.gfshare.instruments.availability.Schedule;
import cn.gfshare.instruments.catalog.Expert;
import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.catalog.LabAccess;
import cn.gfshare.instruments.catalog.PriceEstimate;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.TimeSlot;
import cn.gfshare.instruments.common.idempotency.IdempotencyRecord;
import cn.gfshare.instruments.common.idempotency.IdempotencyStore;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.DomainProblem;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.security.Caller;
import cn.gfshare.instruments.security.InstitutionRef;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The two transactions of a booking, used by {@link ReservationService}: every rule checked, and
 * never two active reservations of a resource overlapping. A resource is an instrument, or an
 * expert booked on their own for a consultation (专家咨询).
 */
@ApplicationScoped
public class Bookings {

  @Inject ResourceSetups setups;
  @Inject IdempotencyStore idempotency;
  @Inject ReservationEvents events;
  @Inject Clock clock;
  @Inject Charging charging;

  /**
   * A booking of an instrument ({@code instrumentId}, optionally naming an expert who assists), or
   * of an expert's time alone ({@code expertId} without {@code instrumentId}).
   */
  public record BookingRequest(
      Long instrumentId,
      @NotNull OffsetDateTime start,
      @NotNull OffsetDateTime end,
      @NotBlank @Size(max = 500) String purpose,
      @PositiveOrZero @Max(100000) Integer sampleCount,
      Boolean operatorAssisted,
      Long expertId,
      Long accountId) {}

  /** A request that passed every check not involving other bookings, ready to be committed. */
  public record Plan(
      long resourceId,
      TimeSlot slot,
      ZoneId zone,
      EffectiveRules rules,
      ReservationStatus status,
      Reservation draft,
      PriceEstimate estimate,
      Long waitlistEntryId) {}

  /**
   * A booking in one transaction: the resource row locked first, the idempotency key claimed, every
   * rule checked against the resource's {@link ResourceSetups setup} (in memory while the versions
   * the locked row shows still match), the overlap and quota checks, the insert and its event.
   * Under InnoDB's REPEATABLE READ the snapshot is taken at the first non-locking read, so every
   * read after the lock sees all bookings committed by transactions that held it before: concurrent
   * bookings of one resource (on any replica) run one after another, and the overlap and quota
   * checks cannot miss a booking that committed meanwhile. With the setup in memory the lock is
   * held for a few statements only.
   */
  @Transactional
  public ReservationView book(Caller caller, BookingRequest req, IdempotencyStore.Claim claim) {
    long resourceId = resourceId(req);
    ResourceRow row = resourceRow(resourceId, kind(req), true);
    IdempotencyRecord key = idempotency.claim(claim);
    ResourceSetup setup = setups.current(resourceId, row.version(), row.settingsVersion());
    Plan plan = plan(caller, req, setup, row.status(), null);
    checkOthers(caller, plan.slot(), plan.rules(), plan.zone(), resourceId, null);
    Reservation r = insert(caller, plan, null);
    return idempotency.complete(key, ReservationView.of(r, plan.estimate()));
  }

  /**
   * For the two-step paths (a series under one lock, accepting a waitlist offer): every check not
   * involving other bookings, plus an unlocked overlap pre-check so most conflicts fail fast. The
   * locked step is {@link #book(Caller, Plan, IdempotencyStore.Claim)} or {@link #bookSeries}.
   */
  @Transactional
  public Plan prepare(Caller caller, BookingRequest req) {
    return prepare(caller, req, null);
  }

  /**
   * As {@link #prepare(Caller, BookingRequest)}, for accepting a waitlist offer: its own hold does
   * not count.
   */
  @Transactional
  public Plan prepare(Caller caller, BookingRequest req, Long waitlistEntryId) {
    long resourceId = resourceId(req);
    ResourceRow row = resourceRow(resourceId, kind(req), false);
    ResourceSetup setup = setups.current(resourceId, row.version(), row.settingsVersion());
    Plan plan = plan(caller, req, setup, row.status(), waitlistEntryId);
    checkOthers(caller, plan.slot(), plan.rules(), plan.zone(), resourceId, waitlistEntryId);
    return plan;
  }

  /**
   * Every check that does not depend on other bookings (the resource, the caller's rules,
   * qualification, grid, durations, lead time, horizon, opening hours, blackouts) and the price,
   * from the setup: no statements but the qualification check, when the rules need one.
   */
  private Plan plan(
      Caller caller,
      BookingRequest req,
      ResourceSetup setup,
      String instrumentStatus,
      Long waitlistEntryId) {
    if (req.instrumentId() != null && !setup.instrument()) {
      throw new NotFoundProblem("Instrument", req.instrumentId());
    }
    if (req.instrumentId() == null && setup.instrument()) {
      throw new NotFoundProblem("Expert", req.expertId());
    }
    if (!setup.instrument() && !setup.consultations()) {
      throw new RuleViolation(
          "expert-consultations", "Expert " + setup.code() + " takes no consultation bookings");
    }
    if (setup.instrument()) {
      requireActive(setup.code(), InstrumentStatus.valueOf(instrumentStatus));
    }
    InstitutionRef booker =
        caller
            .institution()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "affiliation-required",
                        "Your institution is unknown; ask a platform admin to record your affiliation before booking"));
    Instant now = clock.instant();
    Calendars.Setup resource = setup.setup();
    ZoneId zone = resource.zone();
    EffectiveRules rules = resource.rulesFor(caller.institution(), setup.equalAccess());
    boolean manager = LabAccess.managesAmong(caller, setup.managers());
    TimeSlot slot = new TimeSlot(req.start().toInstant(), req.end().toInstant());

    if (rules.qualificationRequired()
        && !manager
        && !Qualification.holds(
            caller.username(), setup.resourceId(), slot.start().atZone(zone).toLocalDate())) {
      throw new ForbiddenProblem(
          "qualification-required",
          "Booking "
              + setup.code()
              + " needs a valid qualification"
              + (setup.qualificationName() != null ? " (" + setup.qualificationName() + ")" : "")
              + "; ask the lab's managers to grant it");
    }
    checkRules(slot, rules, zone, now, setup.schedule(), setup.closuresIn(slot));
    if (setup.instrument() && req.expertId() != null && Expert.findById(req.expertId()) == null) {
      throw new RuleViolation("expert-exists", "No expert with id " + req.expertId());
    }

    Reservation r = new Reservation();
    r.resourceId = setup.resourceId();
    r.labId = setup.labId();
    r.ownerInstitutionId = resource.institutionId();
    r.resourceCityCode = resource.cityCode();
    r.timeZone = zone.getId();
    r.startAt = slot.start();
    r.endAt = slot.end();
    r.status =
        rules.approvalRequired() && !manager
            ? ReservationStatus.PENDING_APPROVAL
            : ReservationStatus.CONFIRMED;
    r.bookerUsername = caller.username();
    r.bookerInstitutionId = booker.id();
    r.bookerCityCode = booker.city();
    r.priceTier = PriceTier.of(caller.institution(), resource.institutionId(), resource.cityCode());
    r.crossCity = !resource.cityCode().equals(booker.city());
    r.external = !booker.id().equals(resource.institutionId());
    r.purpose = req.purpose().strip();
    r.sampleCount = req.sampleCount() == null ? 0 : req.sampleCount();
    // an expert's time is the service itself: there is no operator on top of it
    r.operatorAssisted =
        setup.instrument()
            && (req.operatorAssisted() != null ? req.operatorAssisted() : setup.operatorAssisted());
    r.expertId = req.expertId();
    PriceEstimate estimate =
        setup
            .rateOn(r.priceTier, slot.start().atZone(zone).toLocalDate())
            .map(
                c ->
                    PriceEstimate.of(
                        c.rateCardId(),
                        c.tier(),
                        c.prices(),
                        slot.duration(),
                        r.sampleCount,
                        r.operatorAssisted))
            .orElse(null);
    if (estimate != null) {
      r.rateCardId = estimate.rateCardId();
      r.priceEstimate = estimate.total();
    }
    r.accountId =
        charging.accountFor(
            caller,
            setup.resourceId(),
            req.accountId(),
            slot.start().atZone(zone).toLocalDate(),
            r.priceEstimate);
    return new Plan(setup.resourceId(), slot, zone, rules, r.status, r, estimate, waitlistEntryId);
  }

  /** The resource a request books: the instrument, or the expert booked on their own. */
  private static long resourceId(BookingRequest req) {
    if (req.instrumentId() != null) {
      return req.instrumentId();
    }
    if (req.expertId() == null) {
      throw new InvalidFieldsProblem(
          "resource-required",
          List.of(
              FieldViolation.body(
                  "instrumentId", "must not be null unless an expertId is booked on its own")));
    }
    return req.expertId();
  }

  /** What a request names, for its 404. */
  private static String kind(BookingRequest req) {
    return req.instrumentId() != null ? "Instrument" : "Expert";
  }

  /** A resource row's versions, and the instrument's status (null for an expert). */
  private record ResourceRow(long version, long settingsVersion, String status) {}

  /**
   * Reads the resource row's versions; with {@code lock}, locks it (and an instrument's row) until
   * the transaction ends. 404 (naming {@code kind}) when there is no such resource.
   */
  private static ResourceRow resourceRow(long resourceId, String kind, boolean lock) {
    // plain JDBC on the transaction's connection: the first statement of every booking
    ResourceRow row =
        Panache.getEntityManager()
            .unwrap(Session.class)
            .doReturningWork(
                c -> {
                  try (PreparedStatement s =
                      c.prepareStatement(lock ? LOCK_RESOURCE : READ_RESOURCE)) {
                    s.setLong(1, resourceId);
                    try (ResultSet rs = s.executeQuery()) {
                      return rs.next()
                          ? new ResourceRow(rs.getLong(1), rs.getLong(2), rs.getString(3))
                          : null;
                    }
                  }
                });
    if (row == null) {
      throw new NotFoundProblem(kind, resourceId);
    }
    return row;
  }

  private static final String READ_RESOURCE =
      "SELECT r.version, r.settings_version, i.status FROM bookable_resource r"
          + " LEFT JOIN instrument i ON i.id = r.id WHERE r.id = ?";

  private static final String LOCK_RESOURCE = READ_RESOURCE + " FOR UPDATE";

  /** Books a prepared request (accepting a waitlist offer) under the resource's lock. */
  @Transactional
  public ReservationView book(Caller caller, Plan plan, IdempotencyStore.Claim claim) {
    ResourceRow row = resourceRow(plan.resourceId(), "Resource", true);
    IdempotencyRecord key = idempotency.claim(claim);
    ResourceSetup setup = setups.current(plan.resourceId(), row.version(), row.settingsVersion());
    if (row.status() != null) {
      requireActive(setup.code(), InstrumentStatus.valueOf(row.status()));
    }
    // a blackout added since prepare() committed before we got the lock (adding one locks it too)
    for (Closure b : setup.closuresIn(plan.slot())) {
      throw blackoutViolation(b, plan.zone());
    }
    checkOthers(
        caller, plan.slot(), plan.rules(), plan.zone(), plan.resourceId(), plan.waitlistEntryId());
    Reservation r = insert(caller, plan, null);
    if (plan.waitlistEntryId() != null) {
      WaitlistEntry entry = WaitlistEntry.findById(plan.waitlistEntryId());
      if (entry == null
          || !entry.holding(clock.instant())
          || !entry.username.equals(caller.username())) {
        throw new ConflictProblem(
            "offer-not-open",
            "The waitlist offer is no longer open",
            Map.of("currentStatus", entry == null ? "NONE" : entry.status.name()));
      }
      entry.status = WaitlistEntry.Status.BOOKED;
      entry.reservationId = r.id;
      events.waitlist(
          ReservationEventType.WAITLIST_ACCEPTED, entry, r.labId, caller, r.createdAt, Map.of());
    }
    return idempotency.complete(key, ReservationView.of(r, plan.estimate()));
  }

  /** One occurrence of a series that could not be booked, and why. */
  public record Failure(
      OffsetDateTime start, OffsetDateTime end, int status, String rule, String detail) {
    public static Failure of(TimeSlot slot, ZoneId zone, DomainProblem p) {
      Object rule = p.getParameters().get("rule");
      String type = p.getType() == null ? null : p.getType().toString();
      String name =
          rule != null
              ? rule.toString()
              : type == null ? null : type.substring(type.lastIndexOf('/') + 1);
      return new Failure(
          IsoTimes.at(slot.start(), zone),
          IsoTimes.at(slot.end(), zone),
          p.getStatusCode(),
          name,
          p.getDetail());
    }
  }

  /** What a series request produced. */
  public record SeriesResult(
      long seriesId, boolean allOrNothing, List<ReservationView> created, List<Failure> failed) {}

  /**
   * Books the prepared occurrences of a series under one lock of the resource. Occurrences that
   * clash with other bookings or quotas (counting the series' own earlier occurrences) are
   * reported; with {@code allOrNothing} any failure, here or in {@code earlierFailures}, books
   * nothing (422).
   */
  @Transactional
  public SeriesResult bookSeries(
      Caller caller,
      long instrumentId,
      ReservationSeries series,
      List<Plan> plans,
      List<Failure> earlierFailures,
      IdempotencyStore.Claim claim) {
    ResourceRow row = resourceRow(instrumentId, "Instrument", true);
    IdempotencyRecord key = idempotency.claim(claim);
    ResourceSetup setup = setups.current(instrumentId, row.version(), row.settingsVersion());
    if (row.status() != null) {
      requireActive(setup.code(), InstrumentStatus.valueOf(row.status()));
    }
    series.persist();
    List<Failure> failed = new ArrayList<>(earlierFailures);
    List<ReservationView> created = new ArrayList<>();
    for (Plan plan : plans) {
      try {
        for (Closure b : setup.closuresIn(plan.slot())) {
          throw blackoutViolation(b, plan.zone());
        }
        checkOthers(caller, plan.slot(), plan.rules(), plan.zone(), plan.resourceId(), null);
        Reservation r = insert(caller, plan, series.id);
        created.add(ReservationView.of(r, plan.estimate()));
      } catch (DomainProblem p) {
        failed.add(Failure.of(plan.slot(), plan.zone(), p));
      }
    }
    failed.sort(java.util.Comparator.comparing(Failure::start));
    if (created.isEmpty() || (series.allOrNothing && !failed.isEmpty())) {
      throw new RuleViolation(
          "series-not-bookable",
          series.allOrNothing
              ? failed.size() + " occurrence(s) cannot be booked, so none was (allOrNothing)"
              : "No occurrence of the series can be booked",
          Map.of("failed", failed));
    }
    return idempotency.complete(
        key, new SeriesResult(series.id, series.allOrNothing, created, failed));
  }

  private Reservation insert(Caller caller, Plan plan, Long seriesId) {
    Instant now = clock.instant();
    Reservation r = plan.draft();
    r.createdAt = now;
    r.seriesId = seriesId;
    if (r.status == ReservationStatus.CONFIRMED) {
      r.approvedAt = now;
      r.approvedBy = caller.username();
    }
    r.persist();
    r.flush();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("start", IsoTimes.text(r.startAt, plan.zone()));
    details.put("end", IsoTimes.text(r.endAt, plan.zone()));
    details.put("booker", r.bookerUsername);
    details.put("priceTier", r.priceTier.name());
    details.put("crossCity", r.crossCity);
    if (seriesId != null) {
      details.put("seriesId", seriesId);
    }
    if (plan.waitlistEntryId() != null) {
      details.put("waitlistEntryId", plan.waitlistEntryId());
    }
    events.reservation(ReservationEventType.CREATED, r, null, caller, now, details);
    return r;
  }

  /**
   * Overlap with other active bookings (buffers included) or a held waitlist offer → 409; the
   * booker's quotas → 422. Each check reads only what it needs, aggregated by the database: the
   * first overlapping booking, and the booker's own bookings of the slot's weeks only when the
   * rules set a quota. So a booking costs the same however busy the resource's week is.
   */
  private void checkOthers(
      Caller caller,
      TimeSlot slot,
      EffectiveRules rules,
      ZoneId zone,
      long resourceId,
      Long ownWaitlistEntry) {
    Duration buffer = rules.buffer();
    Instant from = slot.start().minus(buffer);
    Instant to = slot.end().plus(buffer);
    Optional<SlotOccupancy.Occupant> taken =
        SlotOccupancy.first(resourceId, from, to, clock.instant(), ownWaitlistEntry);
    if (taken.isPresent()) {
      SlotOccupancy.Occupant o = taken.get();
      Map<String, Object> conflict = new LinkedHashMap<>();
      conflict.put("start", IsoTimes.text(o.start(), zone));
      conflict.put("end", IsoTimes.text(o.end(), zone));
      String detail;
      if (o.hold()) {
        // offers held for waiters block their slot too (not the offer being accepted)
        conflict.put("heldUntil", IsoTimes.text(o.heldUntil(), zone));
        detail = "The slot is held for a waitlisted user until " + conflict.get("heldUntil");
      } else {
        detail =
            "The slot overlaps a booking from "
                + conflict.get("start")
                + " to "
                + conflict.get("end")
                + (buffer.isZero() ? "" : " (with " + buffer.toMinutes() + " min buffer)");
      }
      throw new ConflictProblem(
          "slot-taken",
          detail,
          Map.of("conflict", conflict, "bufferMinutes", rules.bufferMinutes()));
    }
    if (rules.quotaHoursPerDay() == null && rules.quotaHoursPerWeek() == null) {
      return;
    }
    List<TimeSlot> mine =
        Reservation.activeSlotsOf(
            resourceId,
            caller.username(),
            Quotas.weekStart(slot.start(), zone),
            Quotas.weekEnd(slot.end().minusNanos(1), zone));
    Quotas.check(slot, mine, zone, rules.quotaHoursPerDay(), rules.quotaHoursPerWeek())
        .ifPresent(
            e -> {
              throw new RuleViolation(
                  "quota-" + e.period(),
                  "Booking this would give you "
                      + e.wouldBeHours()
                      + " h in the "
                      + e.period()
                      + " starting "
                      + e.firstDay()
                      + "; the limit is "
                      + e.limitHours()
                      + " h",
                  Map.of("limitHours", e.limitHours(), "wouldBeHours", e.wouldBeHours()));
            });
  }

  private static void requireActive(String code, InstrumentStatus status) {
    if (status != InstrumentStatus.ACTIVE) {
      throw new RuleViolation(
          "instrument-active",
          "Instrument " + code + " is " + status + " and takes no bookings",
          Map.of("instrumentStatus", status.name()));
    }
  }

  /** Granularity, durations, lead time, horizon, opening hours, blackouts: each a named 422. */
  static void checkRules(
      TimeSlot slot,
      EffectiveRules rules,
      ZoneId zone,
      Instant now,
      Schedule schedule,
      List<Closure> blackouts) {
    if (!schedule.onGrid(slot.start()) || !schedule.onGrid(slot.end())) {
      throw new RuleViolation(
          "slot-granularity",
          "Start and end must fall on the "
              + rules.slotMinutes()
              + "-minute grid of the lab's day ("
              + zone.getId()
              + ")",
          Map.of("slotMinutes", rules.slotMinutes()));
    }
    long minutes = slot.duration().toMinutes();
    if (minutes < rules.minDurationMinutes()) {
      throw new RuleViolation(
          "min-duration",
          "Bookings last at least " + rules.minDurationMinutes() + " minutes",
          Map.of("minDurationMinutes", rules.minDurationMinutes()));
    }
    if (minutes > rules.maxDurationMinutes()) {
      throw new RuleViolation(
          "max-duration",
          "Bookings last at most " + rules.maxDurationMinutes() + " minutes",
          Map.of("maxDurationMinutes", rules.maxDurationMinutes()));
    }
    Instant earliest = rules.earliestStart(now);
    if (slot.start().isBefore(earliest)) {
      throw new RuleViolation(
          "lead-time",
          "Bookings must start at least " + rules.leadMinutes() + " minutes from now",
          Map.of("leadMinutes", rules.leadMinutes(), "audience", rules.audience().name()));
    }
    Instant horizon = rules.horizonEnd(now, zone);
    if (slot.end().isAfter(horizon)) {
      throw new RuleViolation(
          "horizon",
          "Bookings must end by "
              + IsoTimes.text(horizon, zone)
              + " ("
              + rules.horizonDays()
              + " days ahead)",
          Map.of("horizonDays", rules.horizonDays()));
    }
    for (Closure b : blackouts) {
      if (b.slot().overlaps(slot)) {
        throw blackoutViolation(b, zone);
      }
    }
    if (!schedule.withinOpening(slot)) {
      throw new RuleViolation(
          "opening-hours", "The slot is outside the opening hours (" + zone.getId() + ")");
    }
  }

  private static RuleViolation blackoutViolation(Closure b, ZoneId zone) {
    Map<String, Object> blackout = new LinkedHashMap<>();
    blackout.put("start", IsoTimes.text(b.slot().start(), zone));
    blackout.put("end", IsoTimes.text(b.slot().end(), zone));
    blackout.put("reason", b.reason());
    return new RuleViolation(
        "blackout",
        "The resource is unavailable from "
            + blackout.get("start")
            + " to "
            + blackout.get("end")
            + ": "
            + b.reason(),
        Map.of("blackout", blackout));
  }
}
