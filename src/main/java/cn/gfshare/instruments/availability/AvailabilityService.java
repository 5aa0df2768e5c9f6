package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.catalog.Category;
import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.catalog.PriceEstimate;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.catalog.RateCard;
import cn.gfshare.instruments.common.GfConfig;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.TimeSlot;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Free time of one instrument, and the search for any instrument free for a duration. */
@ApplicationScoped
public class AvailabilityService {

  @Inject Calendars calendars;
  @Inject GfConfig config;
  @Inject Clock clock;
  @Inject BookedTime bookedTime;

  public record Interval(OffsetDateTime start, OffsetDateTime end) {}

  /** Free intervals of one instrument, for the caller (their lead time and the horizon applied). */
  public record FreeView(
      long instrumentId,
      String timeZone,
      OffsetDateTime from,
      OffsetDateTime to,
      int slotMinutes,
      int minDurationMinutes,
      int maxDurationMinutes,
      List<Interval> free) {}

  public record SearchHit(
      long instrumentId,
      String code,
      String nameZh,
      String nameEn,
      String categoryCode,
      String cityCode,
      long labId,
      String timeZone,
      OffsetDateTime earliestStart,
      OffsetDateTime earliestEnd,
      boolean approvalRequired,
      PriceTier priceTier,
      PriceEstimate priceEstimate) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public FreeView free(Caller caller, long instrumentId, Instant from, Instant to) {
    Instrument instrument = Instrument.findById(instrumentId);
    if (instrument == null) {
      throw new NotFoundProblem("Instrument", instrumentId);
    }
    Calendars.Setup setup = calendars.setup(instrument);
    EffectiveRules rules = setup.rulesFor(caller.institution(), calendars.equalAccess());
    Instant now = clock.instant();
    Instant horizon = rules.horizonEnd(now, setup.zone());
    Instant f = from != null ? from : now;
    Instant t =
        to != null ? to : min(horizon, f.plus(Duration.ofDays(config.booking().maxWindowDays())));
    checkWindow(f, t, config.booking().maxWindowDays());
    if (t.isAfter(horizon)) {
      throw new RuleViolation(
          "horizon",
          "Bookings on this instrument reach only "
              + rules.horizonDays()
              + " days ahead, to "
              + IsoTimes.text(horizon, setup.zone()),
          Map.of("horizonEnd", IsoTimes.text(horizon, setup.zone())));
    }
    List<Interval> free = new ArrayList<>();
    Instant earliest = rules.earliestStart(now);
    Instant start = f.isBefore(earliest) ? earliest : f;
    if (instrument.status == InstrumentStatus.ACTIVE && start.isBefore(t)) {
      TimeSlot window = new TimeSlot(start, t);
      Schedule schedule = calendars.schedule(setup, window);
      List<TimeSlot> busy =
          bookedTime
              .busy(List.of(instrumentId), start.minus(rules.buffer()), t.plus(rules.buffer()), now)
              .getOrDefault(instrumentId, List.of());
      for (TimeSlot s :
          schedule.free(window, busy, Duration.ofMinutes(rules.minDurationMinutes()))) {
        free.add(
            new Interval(IsoTimes.at(s.start(), setup.zone()), IsoTimes.at(s.end(), setup.zone())));
      }
    }
    return new FreeView(
        instrumentId,
        setup.zone().getId(),
        IsoTimes.at(f, setup.zone()),
        IsoTimes.at(t, setup.zone()),
        rules.slotMinutes(),
        rules.minDurationMinutes(),
        rules.maxDurationMinutes(),
        free);
  }

  /**
   * Active instruments of a category subtree (and city) with a free slot of {@code minutes} in the
   * window, earliest first. Rules, hours, exceptions, blackouts, bookings and rate cards are each
   * loaded for all candidates in one query (per 1,000 ids), then the free time is computed in
   * memory.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<SearchHit> search(
      Caller caller,
      String categoryCode,
      String city,
      Instant from,
      Instant to,
      int minutes,
      PageRequest page) {
    Instant now = clock.instant();
    Instant f = from != null ? from : now;
    Instant t = to != null ? to : f.plus(Duration.ofDays(7));
    checkWindow(f, t, config.booking().searchMaxWindowDays());
    if (minutes < 1 || minutes > 44640) {
      throw new RuleViolation("duration", "durationMinutes must be between 1 and 44640");
    }
    Duration length = Duration.ofMinutes(minutes);
    List<Instrument> candidates = candidates(categoryCode, city);
    Map<Long, Calendars.Setup> setups = calendars.setups(candidates);
    boolean equalAccess = calendars.equalAccess();
    Instant readFrom = f.isBefore(now) ? now : f;
    List<SearchHit> hits = new ArrayList<>();
    if (!candidates.isEmpty() && readFrom.isBefore(t)) {
      TimeSlot window = new TimeSlot(readFrom, t);
      int maxBuffer =
          setups.values().stream().mapToInt(s -> s.complete().bufferMinutes()).max().orElse(0);
      Map<Long, Schedule> schedules = calendars.schedules(setups.values(), window);
      Map<Long, List<TimeSlot>> busy =
          bookedTime.busy(
              setups.keySet(),
              window.start().minus(Duration.ofMinutes(maxBuffer)),
              window.end().plus(Duration.ofMinutes(maxBuffer)),
              now);
      List<Found> found = new ArrayList<>();
      for (Instrument i : candidates) {
        Calendars.Setup s = setups.get(i.id);
        EffectiveRules rules = s.rulesFor(caller.institution(), equalAccess);
        if (minutes < rules.minDurationMinutes()
            || minutes > rules.maxDurationMinutes()
            || minutes % rules.slotMinutes() != 0) {
          continue;
        }
        Instant start = max(readFrom, rules.earliestStart(now));
        Instant end = min(t, rules.horizonEnd(now, s.zone()));
        if (!start.isBefore(end)) {
          continue;
        }
        TimeSlot slot =
            schedules
                .get(i.id)
                .earliest(new TimeSlot(start, end), busy.getOrDefault(i.id, List.of()), length);
        if (slot != null) {
          found.add(
              new Found(
                  i,
                  s,
                  rules,
                  slot,
                  PriceTier.of(caller.institution(), i.institutionId, i.cityCode)));
        }
      }
      found.sort(
          Comparator.comparing((Found x) -> x.slot.start()).thenComparing(x -> x.instrument.id));
      List<Found> pageItems = found.stream().skip(page.offset()).limit(page.size()).toList();
      Map<Long, List<RateCard>> cards = rateCards(pageItems);
      for (Found x : pageItems) {
        LocalDate day = x.slot.start().atZone(x.setup.zone()).toLocalDate();
        PriceEstimate estimate =
            cards.getOrDefault(x.instrument.id, List.of()).stream()
                .filter(c -> c.tier == x.tier && !c.effectiveFrom.isAfter(day))
                .max(Comparator.comparing(c -> c.effectiveFrom))
                .map(c -> PriceEstimate.of(c, length, 0, false))
                .orElse(null);
        hits.add(
            new SearchHit(
                x.instrument.id,
                x.instrument.code,
                x.instrument.nameZh,
                x.instrument.nameEn,
                x.instrument.categoryCode,
                x.instrument.cityCode,
                x.instrument.lab.id,
                x.setup.zone().getId(),
                IsoTimes.at(x.slot.start(), x.setup.zone()),
                IsoTimes.at(x.slot.end(), x.setup.zone()),
                x.rules.approvalRequired(),
                x.tier,
                estimate));
      }
      return new PageResult<>(hits, page.page(), page.size(), found.size());
    }
    return new PageResult<>(hits, page.page(), page.size(), 0);
  }

  private record Found(
      Instrument instrument,
      Calendars.Setup setup,
      EffectiveRules rules,
      TimeSlot slot,
      PriceTier tier) {}

  private static List<Instrument> candidates(String categoryCode, String city) {
    StringBuilder q =
        new StringBuilder("select i from Instrument i join fetch i.lab where i.status = :active");
    Map<String, Object> params = new HashMap<>();
    params.put("active", InstrumentStatus.ACTIVE);
    if (categoryCode != null && !categoryCode.isBlank()) {
      Category c = Category.findById(categoryCode.trim());
      if (c == null) {
        throw new RuleViolation("category-exists", "No category with code " + categoryCode);
      }
      q.append(" and i.categoryCode in (select c.code from Category c where c.path like :path)");
      params.put("path", c.path + "%");
    }
    if (city != null && !city.isBlank()) {
      q.append(" and i.cityCode = :city");
      params.put("city", city.trim().toUpperCase(java.util.Locale.ROOT));
    }
    var query = Instrument.getEntityManager().createQuery(q.toString(), Instrument.class);
    params.forEach(query::setParameter);
    return query.getResultList();
  }

  private static Map<Long, List<RateCard>> rateCards(List<Found> found) {
    Map<Long, List<RateCard>> out = new HashMap<>();
    if (found.isEmpty()) {
      return out;
    }
    List<Long> ids = found.stream().map(x -> x.instrument.id).toList();
    RateCard.<RateCard>list("resourceId in ?1", ids)
        .forEach(c -> out.computeIfAbsent(c.resourceId, k -> new ArrayList<>()).add(c));
    return out;
  }

  static void checkWindow(Instant from, Instant to, int maxDays) {
    if (!from.isBefore(to)) {
      throw new RuleViolation("window-order", "from must be before to");
    }
    if (Duration.between(from, to).compareTo(Duration.ofDays(maxDays)) > 0) {
      throw new RuleViolation(
          "window-too-long",
          "A window may span at most " + maxDays + " days",
          Map.of("maxDays", maxDays));
    }
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
