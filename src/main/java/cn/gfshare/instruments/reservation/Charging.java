package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.security.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What reservations need from billing, implemented above them (billing.ReservationCharging) so that
 * this package never depends on billing.
 */
public interface Charging {

  /**
   * At booking, inside its checks: the funding account the booking is charged to. That is {@code
   * requested} when the caller may charge it on {@code day} (a member, the account active and not
   * expired, the credit limit not exceeded by {@code estimate}), else a 422 {@code
   * account-not-chargeable}; without one, the caller's department account if their institution has
   * one, else null, or a 422 {@code account-required} where the resource requires an account.
   */
  Long accountFor(
      Caller caller, long resourceId, Long requested, LocalDate day, BigDecimal estimate);

  /**
   * Inside the transaction of a reservation change (after the reservation row is updated): writes
   * the charge, fee or correction the change calls for, so both commit or roll back together.
   * {@code reason} is the change's reason (a usage correction's), or null.
   */
  void changed(
      Reservation r,
      ReservationTransition t,
      ReservationStatus from,
      Caller caller,
      Instant at,
      String reason);
}
