package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.availability.BookedTime;
import cn.gfshare.instruments.common.TimeSlot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Booked time from reservations and held waitlist offers. */
@ApplicationScoped
public class ReservationBookedTime implements BookedTime {

  @Override
  public Map<Long, List<TimeSlot>> busy(
      Collection<Long> resourceIds, Instant from, Instant to, Instant now) {
    return Reservation.busy(resourceIds, from, to, now);
  }

  @Override
  public List<Booking> active(long resourceId, Instant from, Instant to) {
    return Reservation.activeOf(resourceId, from, to).stream()
        .map(r -> new Booking(r.id, r.slot()))
        .toList();
  }
}
