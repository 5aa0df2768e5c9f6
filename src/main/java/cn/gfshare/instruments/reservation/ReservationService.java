package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.common.idempotency.IdempotencyStore;
import cn.gfshare.instruments.common.idempotency.IdempotencyStore.Outcome;
import cn.gfshare.instruments.reservation.Bookings.BookingRequest;
import cn.gfshare.instruments.reservation.Bookings.SeriesResult;
import cn.gfshare.instruments.reservation.ReservationSeriesService.SeriesRequest;
import cn.gfshare.instruments.reservation.ReservationTransitions.CheckOutRequest;
import cn.gfshare.instruments.reservation.ReservationTransitions.Input;
import cn.gfshare.instruments.reservation.ReservationTransitions.UsageRequest;
import cn.gfshare.instruments.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;

/**
 * The one door to reservations: every use case that changes one, whole, for any entry point (REST,
 * scheduled jobs acting as a {@link Caller#system system actor}, partner portals). Idempotency,
 * locking, the event log and the offer of freed time to the waitlist all happen inside.
 *
 * <p>Each use case runs its own transactions (a booking's checks, then its locked commit; a
 * change's lock, update, event and offer), so it is called outside any transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NEVER)
public class ReservationService {

  /** Names the use cases in idempotency hashes, so one key cannot be replayed across them. */
  static final String BOOK = "reservation.book";

  static final String BOOK_SERIES = "reservation.book-series";

  @Inject Bookings bookings;
  @Inject ReservationSeriesService series;
  @Inject ReservationTransitions transitions;
  @Inject WaitlistService waitlist;
  @Inject IdempotencyStore idempotency;

  /**
   * Books an instrument, or an expert's time. With an idempotency key, a repeated request gets the
   * first result back ({@link Outcome#replayed()}).
   */
  public Outcome<ReservationView> book(Caller caller, BookingRequest req, String idempotencyKey) {
    return idempotency.once(
        caller.username(),
        idempotencyKey,
        BOOK,
        req,
        ReservationView.class,
        claim -> bookings.book(caller, req, claim));
  }

  /** Books the occurrences of a weekly series that fit (or none, with allOrNothing). */
  public Outcome<SeriesResult> bookSeries(Caller caller, SeriesRequest req, String idempotencyKey) {
    return idempotency.once(
        caller.username(),
        idempotencyKey,
        BOOK_SERIES,
        req,
        SeriesResult.class,
        claim -> series.create(caller, req, claim));
  }

  /** Accepts the caller's open waitlist offer: books the held slot. */
  public ReservationView acceptOffer(Caller caller, long waitlistEntryId) {
    WaitlistEntry offer = waitlist.openOffer(caller, waitlistEntryId);
    BookingRequest request =
        new BookingRequest(
            offer.resourceId,
            offer.offerStartAt.atOffset(ZoneOffset.UTC),
            offer.offerEndAt.atOffset(ZoneOffset.UTC),
            offer.purpose,
            null,
            null,
            null,
            null);
    return bookings.book(caller, bookings.prepare(caller, request, offer.id), null);
  }

  /** Declines the caller's open offer; its time goes to the next waiter. */
  public void declineOffer(Caller caller, long waitlistEntryId) {
    waitlist.leave(caller, waitlistEntryId, waitlist.resourceOf(waitlistEntryId), true);
  }

  /** Leaves the waitlist; an open offer's time goes to the next waiter. */
  public void leaveWaitlist(Caller caller, long waitlistEntryId) {
    waitlist.leave(caller, waitlistEntryId, waitlist.resourceOf(waitlistEntryId), false);
  }

  /** System: an offer not accepted in time lapses; its time goes to the next waiter. */
  public void lapseOffer(Caller caller, long waitlistEntryId) {
    waitlist.lapse(caller, waitlistEntryId, waitlist.resourceOf(waitlistEntryId));
  }

  public ReservationView approve(Caller caller, long id) {
    return change(caller, id, ReservationTransition.APPROVE, Input.NONE);
  }

  public ReservationView reject(Caller caller, long id, String reason) {
    return change(caller, id, ReservationTransition.REJECT, Input.reason(reason));
  }

  /** The booker's cancellation after the lab's deadline is recorded as late (billable). */
  public ReservationView cancel(Caller caller, long id, String reason) {
    return change(caller, id, ReservationTransition.CANCEL, Input.reason(reason));
  }

  public ReservationView checkIn(Caller caller, long id) {
    return change(caller, id, ReservationTransition.CHECK_IN, Input.NONE);
  }

  /** Checks out and records actual usage; {@code usage} may be null (the defaults). */
  public ReservationView checkOut(Caller caller, long id, CheckOutRequest usage) {
    return change(caller, id, ReservationTransition.CHECK_OUT, new Input(null, usage, null));
  }

  /** A lab manager records or corrects usage (audited); the reservation becomes COMPLETED. */
  public ReservationView correctUsage(Caller caller, long id, UsageRequest usage) {
    return change(caller, id, ReservationTransition.CORRECT_USAGE, new Input(null, null, usage));
  }

  /** System: a booking still waiting for approval at its start expires. */
  public ReservationView expire(Caller caller, long id) {
    return change(caller, id, ReservationTransition.EXPIRE, Input.NONE);
  }

  /** System: a confirmed booking not checked in within the grace after its start. */
  public ReservationView markNoShow(Caller caller, long id) {
    return change(caller, id, ReservationTransition.MARK_NO_SHOW, Input.NONE);
  }

  /** System: a booking left checked in past its end and the grace is completed at its end. */
  public ReservationView autoComplete(Caller caller, long id) {
    return change(caller, id, ReservationTransition.AUTO_COMPLETE, Input.NONE);
  }

  private ReservationView change(Caller caller, long id, ReservationTransition t, Input in) {
    return transitions.apply(caller, id, transitions.resourceOf(id), t, in);
  }
}
