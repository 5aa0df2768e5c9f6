package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.common.TimeSlot;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The time that bookings take on resources. Availability computes free time as schedule minus this;
 * the reservation feature, which builds on availability, provides it (so the import graph runs one
 * way: availability never sees a reservation).
 */
public interface BookedTime {

  /** An active booking of a resource, without anything personal. */
  record Booking(long reservationId, TimeSlot slot) {}

  /**
   * The busy time of each resource in [from, to) as of {@code now}: active bookings and waitlist
   * offers that still hold their slot.
   */
  Map<Long, List<TimeSlot>> busy(
      Collection<Long> resourceIds, Instant from, Instant to, Instant now);

  /** Active bookings of one resource reaching into [from, to), by start. */
  List<Booking> active(long resourceId, Instant from, Instant to);
}
