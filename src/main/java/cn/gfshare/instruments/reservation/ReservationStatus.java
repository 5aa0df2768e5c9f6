package cn.gfshare.instruments.reservation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a reservation. PENDING_APPROVAL, CONFIRMED and CHECKED_IN hold their slot; the rest
 * are final but for usage corrections. EXPIRED (never approved in time) and NO_SHOW are set by
 * scheduled jobs. Which changes are allowed is {@link ReservationTransition}'s to say.
 */
public enum ReservationStatus {
  PENDING_APPROVAL,
  CONFIRMED,
  CHECKED_IN,
  COMPLETED,
  REJECTED,
  CANCELLED,
  EXPIRED,
  NO_SHOW;

  /** The states that occupy the resource's time. */
  public static final Set<ReservationStatus> ACTIVE =
      EnumSet.of(PENDING_APPROVAL, CONFIRMED, CHECKED_IN);

  public boolean active() {
    return ACTIVE.contains(this);
  }
}
