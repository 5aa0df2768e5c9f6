package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.availability.Calendars;
import cn.gfshare.instruments.catalog.BookableResource;
import cn.gfshare.instruments.catalog.Lab;
import cn.gfshare.instruments.catalog.LabAccess;
import cn.gfshare.instruments.common.GfConfig;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.RowLocks;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.reservation.ReservationTransition.Party;
import cn.gfshare.instruments.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one {@link ReservationTransition} in one transaction: the reservation row is locked
 * (SELECT ... FOR UPDATE), so two concurrent changes see each other's result and the loser gets a
 * 409 naming the current state; the event is appended; and time the change frees is offered to the
 * waitlist before the transaction commits.
 */
@ApplicationScoped
public class ReservationTransitions {

  @Inject Calendars calendars;
  @Inject GfConfig config;
  @Inject Clock clock;
  @Inject ReservationEvents events;
  @Inject WaitlistService waitlist;
  @Inject Charging charging;

  /** Optional body of reject and cancel. */
  public record ReasonRequest(@Size(max = 500) String reason) {}

  /**
   * Optional body of check-out: actual use; defaults are the check-in time, now and the booked
   * samples.
   */
  public record CheckOutRequest(
      OffsetDateTime usageStart,
      OffsetDateTime usageEnd,
      @PositiveOrZero @Max(100000) Integer samples) {}

  /** A lab manager's record of actual usage; the reason is kept in the audit trail. */
  public record UsageRequest(
      @NotNull OffsetDateTime usageStart,
      @NotNull OffsetDateTime usageEnd,
      @NotNull @PositiveOrZero @Max(100000) Integer samples,
      @NotBlank @Size(max = 500) String reason) {}

  public record CorrectionView(
      long id,
      ReservationStatus previousStatus,
      Instant previousUsageStart,
      Instant previousUsageEnd,
      Integer previousSamples,
      Instant usageStart,
      Instant usageEnd,
      int samples,
      String reason,
      String correctedBy,
      Instant correctedAt) {}

  /** What a transition may carry: a reason, a check-out's usage or a usage correction. */
  public record Input(String reason, CheckOutRequest checkOut, UsageRequest correction) {
    public static final Input NONE = new Input(null, null, null);

    public static Input reason(String reason) {
      return new Input(reason, null, null);
    }
  }

  /**
   * Applies {@code t} to reservation {@code id} of resource {@code resourceId} (read beforehand: it
   * never changes). A change that may free time locks the resource first, before any plain read, as
   * a booking does: the offer made below then sees every booking committed before it, and every
   * path takes the resource's lock before a reservation's, so none can deadlock another.
   */
  @Transactional
  public ReservationView apply(
      Caller caller, long id, long resourceId, ReservationTransition t, Input in) {
    if (t.mayFreeTime()) {
      RowLocks.lock("bookable_resource", resourceId);
    }
    if (!RowLocks.lock("reservation", id)) {
      throw new NotFoundProblem("Reservation", id);
    }
    Reservation r = Reservation.findById(id);
    Lab lab = Lab.findById(r.labId);
    boolean manager = LabAccess.manages(caller, lab);
    boolean booker = r.bookerUsername.equals(caller.username());
    if (!manager && !booker) {
      throw new NotFoundProblem("Reservation", id);
    }
    if (!t.mayBeMadeBy(caller.system(), manager, booker)) {
      throw forbidden(t, lab);
    }
    if (!t.allowedFrom(r.status)) {
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("currentStatus", r.status.name());
      extra.put("action", t.action);
      throw new ConflictProblem(
          "transition-not-allowed", "A " + r.status + " reservation cannot " + t.cannot, extra);
    }
    Instant now = clock.instant();
    ReservationStatus from = r.status;
    Map<String, Object> details = new LinkedHashMap<>();
    ReservationEventType type = change(caller, r, t, in, booker, now, details);
    r.status = t.target;
    r.flush();
    events.reservation(type, r, from, caller, now, details);
    charging.changed(
        r, t, from, caller, now, in.correction() != null ? in.correction().reason() : in.reason());
    if (t.freesTimeFrom(from)) {
      waitlist.offerFreedTime(r.resourceId, caller, now);
    }
    return ReservationQueries.view(r);
  }

  /** Sets what the transition changes besides the status; returns the event it records. */
  private ReservationEventType change(
      Caller caller,
      Reservation r,
      ReservationTransition t,
      Input in,
      boolean booker,
      Instant now,
      Map<String, Object> details) {
    String who = caller.username();
    ZoneId zone = r.zone();
    return switch (t) {
      case APPROVE -> {
        r.approvedAt = now;
        r.approvedBy = who;
        yield ReservationEventType.APPROVED;
      }
      case REJECT -> {
        r.rejectedAt = now;
        r.rejectedBy = who;
        r.statusReason = in.reason();
        details.put("reason", in.reason());
        yield ReservationEventType.REJECTED;
      }
      case CANCEL -> {
        // only the booker's own late cancellation is billable; a lab cancelling is the lab's doing
        BookableResource resource = BookableResource.findById(r.resourceId);
        int deadlineHours = calendars.setup(resource).complete().cancellationDeadlineHours();
        r.lateCancellation =
            booker
                && r.status == ReservationStatus.CONFIRMED
                && now.isAfter(r.startAt.minus(Duration.ofHours(deadlineHours)));
        r.cancelledAt = now;
        r.cancelledBy = who;
        r.statusReason = in.reason();
        details.put("reason", in.reason());
        details.put("lateCancellation", r.lateCancellation);
        yield r.lateCancellation
            ? ReservationEventType.LATE_CANCELLED
            : ReservationEventType.CANCELLED;
      }
      case CHECK_IN -> {
        Instant opens =
            r.startAt.minus(Duration.ofMinutes(config.booking().checkInOpensMinutesBeforeStart()));
        if (now.isBefore(opens) || !now.isBefore(r.endAt)) {
          throw new RuleViolation(
              "check-in-window",
              "Check-in is possible from "
                  + config.booking().checkInOpensMinutesBeforeStart()
                  + " minutes before the start until the end");
        }
        r.checkedInAt = now;
        r.checkedInBy = who;
        yield ReservationEventType.CHECKED_IN;
      }
      case CHECK_OUT -> {
        CheckOutRequest u =
            in.checkOut() != null ? in.checkOut() : new CheckOutRequest(null, null, null);
        Instant start = u.usageStart() != null ? u.usageStart().toInstant() : r.checkedInAt;
        Instant end = u.usageEnd() != null ? u.usageEnd().toInstant() : now;
        requireUsage(start, end, now);
        r.checkedOutAt = now;
        r.checkedOutBy = who;
        setUsage(r, start, end, u.samples() != null ? u.samples() : r.sampleCount, zone, details);
        yield ReservationEventType.CHECKED_OUT;
      }
      case CORRECT_USAGE -> {
        UsageRequest body = in.correction();
        Instant start = body.usageStart().toInstant();
        Instant end = body.usageEnd().toInstant();
        requireUsage(start, end, now);
        UsageCorrection c = new UsageCorrection();
        c.reservationId = r.id;
        c.previousStatus = r.status;
        c.previousUsageStartAt = r.usageStartAt;
        c.previousUsageEndAt = r.usageEndAt;
        c.previousUsageSamples = r.usageSamples;
        c.usageStartAt = start;
        c.usageEndAt = end;
        c.usageSamples = body.samples();
        c.reason = body.reason().strip();
        c.correctedBy = who;
        c.correctedAt = now;
        c.persist();
        if (r.usageStartAt != null) {
          Map<String, Object> previous = new LinkedHashMap<>();
          previous.put("start", IsoTimes.text(r.usageStartAt, zone));
          previous.put("end", IsoTimes.text(r.usageEndAt, zone));
          previous.put("samples", r.usageSamples);
          details.put("previousUsage", previous);
        }
        setUsage(r, start, end, body.samples(), zone, details);
        details.put("reason", c.reason);
        if (r.checkedOutAt == null) {
          r.checkedOutAt = now;
          r.checkedOutBy = who;
        }
        yield ReservationEventType.USAGE_CORRECTED;
      }
      case EXPIRE -> {
        if (now.isBefore(r.startAt)) {
          throw notDue(t, r.startAt, zone);
        }
        r.expiredAt = now;
        yield ReservationEventType.EXPIRED;
      }
      case MARK_NO_SHOW -> {
        Instant due = r.startAt.plus(config.booking().noShowGrace());
        if (now.isBefore(due)) {
          throw notDue(t, due, zone);
        }
        r.noShowAt = now;
        yield ReservationEventType.NO_SHOW;
      }
      case AUTO_COMPLETE -> {
        Instant due = r.endAt.plus(config.booking().autoCompleteGrace());
        if (now.isBefore(due)) {
          throw notDue(t, due, zone);
        }
        // usage ends at the booked end; flagged so a manager knows to correct it if need be
        r.checkedOutAt = now;
        r.checkedOutBy = who;
        setUsage(r, r.checkedInAt, r.endAt, r.sampleCount, zone, details);
        details.put("auto", true);
        yield ReservationEventType.COMPLETED;
      }
    };
  }

  /** The resource of a reservation (it never changes), read before the change takes its locks. */
  @Transactional
  public long resourceOf(long id) {
    Long resourceId = Reservation.resourceIdOf(id);
    if (resourceId == null) {
      throw new NotFoundProblem("Reservation", id);
    }
    return resourceId;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CorrectionView> corrections(Caller caller, long id) {
    ReservationQueries.visible(caller, id);
    return UsageCorrection.<UsageCorrection>list("reservationId = ?1 order by correctedAt, id", id)
        .stream()
        .map(
            c ->
                new CorrectionView(
                    c.id,
                    c.previousStatus,
                    c.previousUsageStartAt,
                    c.previousUsageEndAt,
                    c.previousUsageSamples,
                    c.usageStartAt,
                    c.usageEndAt,
                    c.usageSamples,
                    c.reason,
                    c.correctedBy,
                    c.correctedAt))
        .toList();
  }

  private static void setUsage(
      Reservation r,
      Instant start,
      Instant end,
      int samples,
      ZoneId zone,
      Map<String, Object> details) {
    r.usageStartAt = start;
    r.usageEndAt = end;
    r.usageSamples = samples;
    Map<String, Object> usage = new LinkedHashMap<>();
    usage.put("start", IsoTimes.text(start, zone));
    usage.put("end", IsoTimes.text(end, zone));
    usage.put("samples", samples);
    details.put("usage", usage);
  }

  private static void requireUsage(Instant start, Instant end, Instant now) {
    if (!start.isBefore(end)) {
      throw new RuleViolation("usage-order", "usageStart must be before usageEnd");
    }
    if (end.isAfter(now.plus(Duration.ofMinutes(5)))) {
      throw new RuleViolation("usage-in-future", "usageEnd cannot be in the future");
    }
  }

  private static ForbiddenProblem forbidden(ReservationTransition t, Lab lab) {
    if (t == ReservationTransition.CORRECT_USAGE) {
      return new ForbiddenProblem(
          "not-lab-manager", "Only a manager of lab " + lab.code + " may record usage");
    }
    String who =
        t.party == Party.SYSTEM
            ? "The platform's scheduled jobs"
            : "Only a manager of lab " + lab.code;
    return new ForbiddenProblem(
        "not-allowed",
        (t.party == Party.SYSTEM ? who + " alone" : who) + " may " + t.verb + " this reservation");
  }

  private static ConflictProblem notDue(ReservationTransition t, Instant due, ZoneId zone) {
    return new ConflictProblem(
        "transition-not-due",
        "This reservation cannot " + t.cannot + " before " + IsoTimes.text(due, zone),
        Map.of("action", t.action, "dueAt", IsoTimes.text(due, zone)));
  }
}
