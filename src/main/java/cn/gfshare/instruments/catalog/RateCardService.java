package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.catalog.RatePlan.Prices;
import cn.gfshare.instruments.catalog.dto.RateCardRequest;
import cn.gfshare.instruments.catalog.dto.RateCardView;
import cn.gfshare.instruments.catalog.dto.RatePrice;
import cn.gfshare.instruments.common.ETags;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rate cards are appended as whole price lists and never changed. A list may not start before today
 * (in the lab's zone) once the resource has prices, so bills already priced stay explainable.
 */
@ApplicationScoped
public class RateCardService {

  @Inject Clock clock;

  /** What appending a plan did: added four cards, or found the very same plan already there. */
  public enum Outcome {
    ADDED,
    UNCHANGED
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<RateCardView> history(
      long resourceId, ResourceKind kind, PageRequest page, Caller caller) {
    BookableResource r = load(resourceId, kind);
    Set<Long> inForce = new HashSet<>();
    inForceCards(r.id, today(r)).forEach(c -> inForce.add(c.id));
    PanacheQuery<RateCard> q =
        RateCard.<RateCard>find(
                "resourceId", Sort.descending("effectiveFrom").and("tier").and("id"), r.id)
            .page(page.page(), page.size());
    return new PageResult<>(
        q.list().stream()
            .map(c -> CatalogViews.rateCard(c, inForce.contains(c.id), caller.authenticated()))
            .toList(),
        page.page(),
        page.size(),
        q.count());
  }

  @Transactional
  public List<RateCardView> append(
      long resourceId, ResourceKind kind, RateCardRequest req, String ifMatch, Caller caller) {
    BookableResource r = load(resourceId, kind);
    LabAccess.requireManager(caller, r.lab);
    ETags.checkIfPresent(ifMatch, r.version);
    RatePlan plan = plan(req);
    List<FieldViolation> v = plan.violations("prices");
    if (!v.isEmpty()) {
      throw new InvalidFieldsProblem("rate-card-invalid", v);
    }
    // serializes appends per resource and moves its ETag: the representation's prices change
    Panache.getEntityManager().lock(r, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    if (RateCard.count("resourceId = ?1 and effectiveFrom = ?2", r.id, plan.effectiveFrom()) > 0) {
      throw new ConflictProblem(
          "rate-card-exists",
          "A price list starting "
              + plan.effectiveFrom()
              + " exists; append one with a later effectiveFrom",
          Map.of("effectiveFrom", plan.effectiveFrom().toString()));
    }
    LocalDate today = today(r);
    if (plan.effectiveFrom().isBefore(today) && RateCard.count("resourceId", r.id) > 0) {
      throw new InvalidFieldsProblem(
          "rate-card-not-retroactive",
          List.of(
              FieldViolation.body(
                  "effectiveFrom",
                  "must be today (" + today + ", lab time) or later: earlier prices are history")));
    }
    List<RateCard> cards = write(r, plan, caller.username());
    return cards.stream()
        .map(
            c ->
                CatalogViews.rateCard(
                    c, !plan.effectiveFrom().isAfter(today), caller.authenticated()))
        .toList();
  }

  /**
   * Checks a plan against the cards a resource already has ({@code existing}, loaded by the
   * caller). Returns UNCHANGED when the same prices start on the same date already (a repeated
   * import), otherwise ADDED, and adds a message to {@code problems} if the plan would rewrite
   * history or clash with another list of that date.
   */
  static Outcome check(
      RatePlan plan, List<RateCard> existing, LocalDate today, List<String> problems) {
    Map<PriceTier, Prices> sameDay = new EnumMap<>(PriceTier.class);
    existing.stream()
        .filter(c -> c.effectiveFrom.equals(plan.effectiveFrom()))
        .forEach(c -> sameDay.put(c.tier, new Prices(c.perHour, c.perSample, c.perOperatorHour)));
    if (!sameDay.isEmpty()) {
      boolean same =
          sameDay.size() == plan.tiers().size()
              && plan.tiers().entrySet().stream()
                  .allMatch(
                      e ->
                          sameDay.containsKey(e.getKey())
                              && sameDay.get(e.getKey()).sameAs(e.getValue()));
      if (same) {
        return Outcome.UNCHANGED;
      }
      problems.add(
          "a different price list starting " + plan.effectiveFrom() + " exists; use a later date");
      return Outcome.ADDED;
    }
    if (plan.effectiveFrom().isBefore(today) && !existing.isEmpty()) {
      problems.add("must be today (" + today + ", lab time) or later: earlier prices are history");
    }
    return Outcome.ADDED;
  }

  /**
   * Inserts many price lists with multi-row INSERTs (IDENTITY keys keep Hibernate from batching
   * entity inserts); for bulk paths that need no ids back.
   */
  public static void insertAll(Map<Long, RatePlan> plans, String actor) {
    List<Object[]> rows = new ArrayList<>();
    java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
    plans.forEach(
        (id, plan) -> {
          for (PriceTier tier : PriceTier.values()) {
            Prices p = plan.tiers().get(tier);
            rows.add(
                new Object[] {
                  id,
                  tier.name(),
                  plan.effectiveFrom(),
                  p.perHour(),
                  p.perSample(),
                  p.perOperatorHour(),
                  now,
                  actor
                });
          }
        });
    for (int from = 0; from < rows.size(); from += 200) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 200));
      String values =
          String.join(",", java.util.Collections.nCopies(chunk.size(), "(?,?,?,?,?,?,?,?)"));
      jakarta.persistence.Query insert =
          Panache.getEntityManager()
              .createNativeQuery(
                  "insert into rate_card (resource_id, tier, effective_from, per_hour, per_sample, per_operator_hour,"
                      + " created_at, created_by) values "
                      + values);
      int n = 1;
      for (Object[] row : chunk) {
        for (Object v : row) {
          insert.setParameter(n++, v);
        }
      }
      insert.executeUpdate();
    }
    ResourceSettings.touch(plans.keySet());
  }

  List<RateCard> write(BookableResource r, RatePlan plan, String actor) {
    List<RateCard> cards = new ArrayList<>();
    Instant now = clock.instant();
    for (PriceTier tier : PriceTier.values()) {
      Prices p = plan.tiers().get(tier);
      RateCard c = new RateCard();
      c.resourceId = r.id;
      c.tier = tier;
      c.effectiveFrom = plan.effectiveFrom();
      c.perHour = p.perHour().setScale(2);
      c.perSample = p.perSample().setScale(2);
      c.perOperatorHour = p.perOperatorHour().setScale(2);
      c.createdAt = now;
      c.createdBy = actor == null ? "system" : actor;
      c.persist();
      cards.add(c);
    }
    return cards;
  }

  /** The card of each tier in force on {@code day}: the latest effective on or before it. */
  public List<RatePrice> inForce(long resourceId, LocalDate day) {
    return inForceCards(resourceId, day).stream().map(CatalogViews::price).toList();
  }

  private List<RateCard> inForceCards(long resourceId, LocalDate day) {
    List<RateCard> candidates =
        RateCard.list(
            "resourceId = ?1 and effectiveFrom <= ?2",
            Sort.descending("effectiveFrom").and("id", Sort.Direction.Descending),
            resourceId,
            day);
    Map<PriceTier, RateCard> latest = new EnumMap<>(PriceTier.class);
    for (RateCard c : candidates) {
      latest.putIfAbsent(c.tier, c);
    }
    return latest.values().stream().sorted(Comparator.comparing(c -> c.tier)).toList();
  }

  static LocalDate today(BookableResource r) {
    return LocalDate.now(ZoneId.of(r.lab.timeZone));
  }

  static RatePlan plan(RateCardRequest req) {
    Map<PriceTier, Prices> tiers = new EnumMap<>(PriceTier.class);
    List<FieldViolation> dupes = new ArrayList<>();
    for (int n = 0; n < req.prices().size(); n++) {
      RateCardRequest.TierPrices p = req.prices().get(n);
      PriceTier tier = PriceTier.valueOf(p.tier());
      if (tiers.put(tier, new Prices(p.perHour(), p.perSample(), p.perOperatorHour())) != null) {
        dupes.add(FieldViolation.body("prices[" + n + "].tier", tier + " appears twice"));
      }
    }
    if (!dupes.isEmpty()) {
      throw new InvalidFieldsProblem("rate-card-invalid", dupes);
    }
    return new RatePlan(req.effectiveFrom(), tiers);
  }

  private BookableResource load(long id, ResourceKind kind) {
    BookableResource r =
        kind == ResourceKind.INSTRUMENT ? Instrument.findById(id) : Expert.findById(id);
    if (r == null) {
      throw new NotFoundProblem(kind == ResourceKind.INSTRUMENT ? "Instrument" : "Expert", id);
    }
    return r;
  }
}
