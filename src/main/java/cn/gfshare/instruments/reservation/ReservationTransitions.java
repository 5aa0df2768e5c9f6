package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.availability.Calendars;
import cn.gfshare.instruments.catalog.BookableResource;
import cn.gfshare.instruments.catalog.Lab;
import cn.gfshare.instruments.catalog.LabAccess;
import cn.gfshare.instruments.catalog.RateCard;
import cn.gfshare.instruments.common.GfConfig;
import cn.gfshare.instruments.common.RowLocks;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * State changes of a reservation. Each locks the reservation row (SELECT ... FOR UPDATE), so two
 * concurrent transitions see each other's result and the loser gets a 409 naming the current state.
 */
@ApplicationScoped
public class ReservationTransitions {

  @Inject Calendars calendars;
  @Inject GfConfig config;
  @Inject Clock clock;

  public enum Action {
    APPROVE("approve", ReservationStatus.CONFIRMED),
    REJECT("reject", ReservationStatus.REJECTED),
    CANCEL("cancel", ReservationStatus.CANCELLED),
    CHECK_IN("check-in", ReservationStatus.CHECKED_IN),
    CHECK_OUT("check-out", ReservationStatus.COMPLETED);

    public final String path;
    public final ReservationStatus target;

    Action(String path, ReservationStatus target) {
      this.path = path;
      this.target = target;
    }
  }

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

  /** States in which a manager may record or correct usage; the reservation ends up COMPLETED. */
  static final java.util.Set<ReservationStatus> CORRECTABLE =
      java.util.EnumSet.of(
          ReservationStatus.CONFIRMED,
          ReservationStatus.CHECKED_IN,
          ReservationStatus.COMPLETED,
          ReservationStatus.NO_SHOW);

  /**
   * Records usage for a walk-in or corrects a check-out: lab managers only. The previous values go
   * to usage_correction, so billing can explain every change.
   */
  @Transactional
  public ReservationView correctUsage(Caller caller, long id, UsageRequest body) {
    Reservation r = RowLocks.lock("reservation", id) ? Reservation.findById(id) : null;
    if (r == null || !ReservationQueries.canSee(caller, r)) {
      throw new NotFoundProblem("Reservation", id);
    }
    Lab lab = Lab.findById(r.labId);
    if (!LabAccess.manages(caller, lab)) {
      throw new ForbiddenProblem(
          "not-lab-manager", "Only a manager of lab " + lab.code + " may record usage");
    }
    if (!CORRECTABLE.contains(r.status)) {
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("currentStatus", r.status.name());
      extra.put("action", "usage");
      throw new ConflictProblem(
          "transition-not-allowed",
          "Usage cannot be recorded for a " + r.status + " reservation",
          extra);
    }
    Instant start = body.usageStart().toInstant();
    Instant end = body.usageEnd().toInstant();
    Instant now = clock.instant();
    if (!start.isBefore(end)) {
      throw new RuleViolation("usage-order", "usageStart must be before usageEnd");
    }
    if (end.isAfter(now.plus(Duration.ofMinutes(5)))) {
      throw new RuleViolation("usage-in-future", "usageEnd cannot be in the future");
    }
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
    c.correctedBy = caller.username();
    c.correctedAt = now;
    c.persist();
    r.usageStartAt = start;
    r.usageEndAt = end;
    r.usageSamples = body.samples();
    if (r.checkedOutAt == null) {
      r.checkedOutAt = now;
      r.checkedOutBy = caller.username();
    }
    r.status = ReservationStatus.COMPLETED;
    r.flush();
    return ReservationView.of(
        r,
        ReservationQueries.estimate(
            r, r.rateCardId == null ? null : RateCard.findById(r.rateCardId)));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.List<CorrectionView> corrections(Caller caller, long id) {
    Reservation r = Reservation.findById(id);
    if (r == null || !ReservationQueries.canSee(caller, r)) {
      throw new NotFoundProblem("Reservation", id);
    }
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

  @Transactional
  public ReservationView apply(
      Caller caller, long id, Action action, String reason, CheckOutRequest usage) {
    Reservation r = RowLocks.lock("reservation", id) ? Reservation.findById(id) : null;
    if (r == null || !ReservationQueries.canSee(caller, r)) {
      throw new NotFoundProblem("Reservation", id);
    }
    Lab lab = Lab.findById(r.labId);
    boolean manager = LabAccess.manages(caller, lab);
    boolean booker = r.bookerUsername.equals(caller.username());
    boolean allowed =
        switch (action) {
          case APPROVE, REJECT -> manager;
          case CANCEL, CHECK_IN, CHECK_OUT -> manager || booker;
        };
    if (!allowed) {
      throw new ForbiddenProblem(
          "not-allowed",
          "Only a manager of lab " + lab.code + " may " + action.path + " this reservation");
    }
    if (!r.status.canBecome(action.target)) {
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("currentStatus", r.status.name());
      extra.put("action", action.path);
      throw new ConflictProblem(
          "transition-not-allowed",
          "A "
              + r.status
              + " reservation cannot be "
              + action.path
              + (action.path.endsWith("e") ? "d" : "ed"),
          extra);
    }
    Instant now = clock.instant();
    String who = caller.username();
    switch (action) {
      case APPROVE -> {
        r.approvedAt = now;
        r.approvedBy = who;
      }
      case REJECT -> {
        r.rejectedAt = now;
        r.rejectedBy = who;
        r.statusReason = reason;
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
        r.statusReason = reason;
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
      }
      case CHECK_OUT -> {
        CheckOutRequest u = usage != null ? usage : new CheckOutRequest(null, null, null);
        Instant start = u.usageStart() != null ? u.usageStart().toInstant() : r.checkedInAt;
        Instant end = u.usageEnd() != null ? u.usageEnd().toInstant() : now;
        if (!start.isBefore(end)) {
          throw new RuleViolation("usage-order", "usageStart must be before usageEnd");
        }
        if (end.isAfter(now.plus(Duration.ofMinutes(5)))) {
          throw new RuleViolation("usage-in-future", "usageEnd cannot be in the future");
        }
        r.checkedOutAt = now;
        r.checkedOutBy = who;
        r.usageStartAt = start;
        r.usageEndAt = end;
        r.usageSamples = u.samples() != null ? u.samples() : r.sampleCount;
      }
      default -> throw new IllegalStateException();
    }
    r.status = action.target;
    r.flush();
    return ReservationView.of(
        r,
        ReservationQueries.estimate(
            r, r.rateCardId == null ? null : RateCard.findById(r.rateCardId)));
  }
}
