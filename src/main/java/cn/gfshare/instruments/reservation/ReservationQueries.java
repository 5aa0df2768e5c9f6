package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.catalog.Lab;
import cn.gfshare.instruments.catalog.LabAccess;
import cn.gfshare.instruments.catalog.PriceEstimate;
import cn.gfshare.instruments.catalog.RateCard;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.security.Caller;
import cn.gfshare.instruments.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading reservations. Researchers see their own, lab managers also those of their labs, platform
 * admins all; anyone else's reservation is "not found", so ids cannot be probed.
 */
@ApplicationScoped
public class ReservationQueries {

  public record Filter(
      Set<ReservationStatus> statuses,
      Long instrumentId,
      Long labId,
      Instant from,
      Instant to,
      Boolean crossCity) {}

  @Inject ReservationEvents events;

  @Transactional(Transactional.TxType.SUPPORTS)
  public ReservationView get(Caller caller, long id) {
    return view(visible(caller, id));
  }

  /** The history of a reservation, oldest first, for whoever may see the reservation. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReservationEvents.ReservationEventView> events(Caller caller, long id) {
    Reservation r = visible(caller, id);
    return events.views(ReservationEvent.ofReservation(id), r.zone());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ReservationView> list(Caller caller, Filter f, PageRequest page) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> p = new HashMap<>();
    if (!caller.isPlatformAdmin() && !caller.system()) {
      // the query form of LabAccess.manages: listed on the lab and holding the role
      where.append(
          caller.hasRole(Roles.LAB_MANAGER)
              ? " and (r.bookerUsername = :me or r.labId in"
                  + " (select l.id from Lab l join l.managers m where m = :me))"
              : " and r.bookerUsername = :me");
      p.put("me", caller.username());
    }
    if (f.statuses() != null && !f.statuses().isEmpty()) {
      where.append(" and r.status in :statuses");
      p.put("statuses", f.statuses());
    }
    if (f.instrumentId() != null) {
      where.append(" and r.resourceId = :instrument");
      p.put("instrument", f.instrumentId());
    }
    if (f.labId() != null) {
      where.append(" and r.labId = :lab");
      p.put("lab", f.labId());
    }
    if (f.from() != null) {
      where.append(" and r.endAt > :from");
      p.put("from", f.from());
    }
    if (f.to() != null) {
      where.append(" and r.startAt < :to");
      p.put("to", f.to());
    }
    if (f.crossCity() != null) {
      where.append(" and r.crossCity = :crossCity");
      p.put("crossCity", f.crossCity());
    }
    var em = Reservation.getEntityManager();
    var count = em.createQuery("select count(r) from Reservation r where " + where, Long.class);
    var query =
        em.createQuery(
                "select r from Reservation r where " + where + " order by r.startAt, r.id",
                Reservation.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    p.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          query.setParameter(k, v);
        });
    List<Reservation> rows = query.getResultList();
    List<Long> cardIds =
        rows.stream().map(r -> r.rateCardId).filter(java.util.Objects::nonNull).distinct().toList();
    Map<Long, RateCard> cards = new HashMap<>();
    if (!cardIds.isEmpty()) {
      RateCard.<RateCard>list("id in ?1", cardIds).forEach(c -> cards.put(c.id, c));
    }
    List<ReservationView> items = new ArrayList<>();
    for (Reservation r : rows) {
      items.add(
          ReservationView.of(
              r, estimate(r, r.rateCardId == null ? null : cards.get(r.rateCardId))));
    }
    return new PageResult<>(items, page.page(), page.size(), count.getSingleResult());
  }

  /** The reservation if the caller may see it: its booker, a manager of its lab; else 404. */
  static Reservation visible(Caller caller, long id) {
    Reservation r = Reservation.findById(id);
    if (r == null || !canSee(caller, r)) {
      throw new NotFoundProblem("Reservation", id);
    }
    return r;
  }

  static boolean canSee(Caller caller, Reservation r) {
    return r.bookerUsername.equals(caller.username())
        || LabAccess.manages(caller, Lab.findById(r.labId));
  }

  /** The reservation on the wire, with the estimate from its rate card. */
  static ReservationView view(Reservation r) {
    return ReservationView.of(
        r, estimate(r, r.rateCardId == null ? null : RateCard.findById(r.rateCardId)));
  }

  static PriceEstimate estimate(Reservation r, RateCard card) {
    return card == null
        ? null
        : PriceEstimate.of(card, r.slot().duration(), r.sampleCount, r.operatorAssisted);
  }
}
