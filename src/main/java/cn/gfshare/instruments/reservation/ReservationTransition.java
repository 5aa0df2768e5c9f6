package cn.gfshare.instruments.reservation;

import static cn.gfshare.instruments.reservation.ReservationStatus.CHECKED_IN;
import static cn.gfshare.instruments.reservation.ReservationStatus.COMPLETED;
import static cn.gfshare.instruments.reservation.ReservationStatus.CONFIRMED;
import static cn.gfshare.instruments.reservation.ReservationStatus.NO_SHOW;
import static cn.gfshare.instruments.reservation.ReservationStatus.PENDING_APPROVAL;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one table of reservation state changes: from which states each may start, the state it leads
 * to, who may make it and the event it records. Every path (HTTP, scheduled jobs, partners) goes
 * through it.
 *
 * <p>Usage may be recorded for a NO_SHOW on purpose: the no-show job acts on a missing check-in,
 * and a user who came but forgot to check in is then billed for what the lab records instead of a
 * no-show fee. The correction is the lab manager's, audited in usage_correction and the event log.
 */
public enum ReservationTransition {
  APPROVE(
      "approve", "approve", "be approved", EnumSet.of(PENDING_APPROVAL), CONFIRMED, Party.MANAGER),
  REJECT(
      "reject",
      "reject",
      "be rejected",
      EnumSet.of(PENDING_APPROVAL),
      ReservationStatus.REJECTED,
      Party.MANAGER),
  CANCEL(
      "cancel",
      "cancel",
      "be canceled",
      EnumSet.of(PENDING_APPROVAL, CONFIRMED),
      ReservationStatus.CANCELLED,
      Party.BOOKER_OR_MANAGER),
  CHECK_IN(
      "check-in",
      "check in",
      "be checked in",
      EnumSet.of(CONFIRMED),
      CHECKED_IN,
      Party.BOOKER_OR_MANAGER),
  CHECK_OUT(
      "check-out",
      "check out",
      "be checked out",
      EnumSet.of(CHECKED_IN),
      COMPLETED,
      Party.BOOKER_OR_MANAGER),
  CORRECT_USAGE(
      "usage",
      "record usage of",
      "have usage recorded",
      EnumSet.of(CONFIRMED, CHECKED_IN, COMPLETED, NO_SHOW),
      COMPLETED,
      Party.MANAGER),
  EXPIRE(
      "expire",
      "expire",
      "expire",
      EnumSet.of(PENDING_APPROVAL),
      ReservationStatus.EXPIRED,
      Party.SYSTEM),
  MARK_NO_SHOW(
      "no-show",
      "mark as no-show",
      "be marked a no-show",
      EnumSet.of(CONFIRMED),
      NO_SHOW,
      Party.SYSTEM),
  AUTO_COMPLETE(
      "auto-complete",
      "complete",
      "be completed by the platform",
      EnumSet.of(CHECKED_IN),
      COMPLETED,
      Party.SYSTEM);

  /** Who may make a transition. System actors may make every transition; people only theirs. */
  public enum Party {
    MANAGER,
    BOOKER_OR_MANAGER,
    SYSTEM
  }

  /** The name clients see in problems ({@code action}). */
  public final String action;

  /** For messages: "only a manager may <verb> this reservation". */
  public final String verb;

  /** For messages: "a CANCELLED reservation cannot <cannot>". */
  public final String cannot;

  public final Set<ReservationStatus> from;
  public final ReservationStatus target;
  public final Party party;

  ReservationTransition(
      String action,
      String verb,
      String cannot,
      Set<ReservationStatus> from,
      ReservationStatus target,
      Party party) {
    this.action = action;
    this.verb = verb;
    this.cannot = cannot;
    this.from = from;
    this.target = target;
    this.party = party;
  }

  public boolean allowedFrom(ReservationStatus status) {
    return from.contains(status);
  }

  public boolean mayBeMadeBy(boolean system, boolean manager, boolean booker) {
    return system
        || switch (party) {
          case MANAGER -> manager;
          case BOOKER_OR_MANAGER -> manager || booker;
          case SYSTEM -> false;
        };
  }

  /** Whether this change can take a reservation out of the states that hold a slot. */
  public boolean mayFreeTime() {
    return !target.active() && from.stream().anyMatch(ReservationStatus::active);
  }

  /** Leaving the states that hold a slot frees time that the waitlist may be offered. */
  public boolean freesTimeFrom(ReservationStatus status) {
    return status.active() && !target.active();
  }
}
