package cn.gfshare.instruments.reservation;

/** What happened to a reservation, or to a waitlist offer for a resource's freed time. */
public enum ReservationEventType {
  CREATED,
  APPROVED,
  REJECTED,
  CANCELLED,
  /** Cancelled by the booker after the lab's cancellation deadline: billable. */
  LATE_CANCELLED,
  CHECKED_IN,
  CHECKED_OUT,
  USAGE_CORRECTED,
  /** Never approved in time. */
  EXPIRED,
  NO_SHOW,
  /** Completed by the system for a booking left checked in. */
  COMPLETED,
  WAITLIST_OFFERED,
  WAITLIST_ACCEPTED,
  WAITLIST_DECLINED,
  WAITLIST_LAPSED
}
