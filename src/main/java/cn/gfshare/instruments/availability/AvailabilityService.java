package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.availability.ResourceSetups.ResourceSetup;
import cn.gfshare.instruments.catalog.Category;
import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.catalog.PriceEstimate;
import cn.gfshare.instruments.catalog.PriceTier;
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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Free time of one instrument, and the search for any instrument free for a duration. */
@ApplicationScoped
public class AvailabilityService {

  @Inject Calendars calendars;
  @Inject GfConfig config;
  @Inject Clock clock;
  @Inject BookedTime bookedTime;
  @Inject ResourceSetups resourceSetups;

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
   * window, earliest first. The candidates' ids and versions are one scalar query; their setups
   * (rules, hours, exceptions, blackouts, rate cards) come from {@link ResourceSetups}, loaded in
   * batches for those not in memory; booked and held time is one scalar query per 1,000 ids; the
   * free time is computed in memory.
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
    Map<Long, ResourceSetups.Versions> candidates = candidates(categoryCode, city);
    Instant readFrom = f.isBefore(now) ? now : f;
    if (candidates.isEmpty() || !readFrom.isBefore(t)) {
      return new PageResult<>(List.of(), page.page(), page.size(), 0);
    }
    Map<Long, ResourceSetup> setups = resourceSetups.current(candidates);
    // Each candidate's earliest slot is looked for in windows from its own start that double from
    // one day, reading booked time only for the candidates still without a slot: most have one on
    // their first day, so the booked time of the whole window is read for few of them. The earliest
    // slot of a shorter window from the same start is the earliest of the whole
    // (Schedule.earliest).
    Map<Long, Pending> pending = new LinkedHashMap<>();
    int maxBuffer = 0;
    for (Long id : candidates.keySet()) {
      ResourceSetup rs = setups.get(id);
      if (rs == null) {
        continue; // deleted since the candidates were read
      }
      Calendars.Setup s = rs.setup();
      EffectiveRules rules = s.rulesFor(caller.institution(), rs.equalAccess());
      if (minutes < rules.minDurationMinutes()
          || minutes > rules.maxDurationMinutes()
          || minutes % rules.slotMinutes() != 0) {
        continue;
      }
      Instant start = max(readFrom, rules.earliestStart(now));
      Instant end = min(t, rules.horizonEnd(now, s.zone()));
      if (start.isBefore(end)) {
        pending.put(id, new Pending(rs, rules, start, end));
        maxBuffer = Math.max(maxBuffer, s.complete().bufferMinutes());
      }
    }
    Duration buffer = Duration.ofMinutes(maxBuffer);
    List<Found> found = new ArrayList<>();
    for (Duration span = Duration.ofDays(1); !pending.isEmpty(); span = span.multipliedBy(2)) {
      Instant partEnd = min(t, readFrom.plus(span).plus(length));
      Map<Long, List<TimeSlot>> busy =
          bookedTime.busy(pending.keySet(), readFrom.minus(buffer), partEnd.plus(buffer), now);
      for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
        Pending p = it.next().getValue();
        Instant end = min(p.end, partEnd);
        if (!p.start.isBefore(end)) {
          continue; // starts after this part
        }
        TimeSlot slot =
            p.setup
                .schedule()
                .earliest(
                    new TimeSlot(p.start, end),
                    busy.getOrDefault(p.setup.resourceId(), List.of()),
                    length);
        if (slot != null || !end.isBefore(p.end)) {
          it.remove();
        }
        if (slot != null) {
          Calendars.Setup s = p.setup.setup();
          found.add(
              new Found(
                  p.setup,
                  p.rules,
                  slot,
                  PriceTier.of(caller.institution(), s.institutionId(), s.cityCode())));
        }
      }
      if (!partEnd.isBefore(t)) {
        break;
      }
    }
    found.sort(
        Comparator.comparing((Found x) -> x.slot.start()).thenComparing(x -> x.setup.resourceId()));
    List<SearchHit> hits = new ArrayList<>();
    for (Found x : found.stream().skip(page.offset()).limit(page.size()).toList()) {
      ZoneId zone = x.setup.setup().zone();
      PriceEstimate estimate =
          x.setup
              .rateOn(x.tier, x.slot.start().atZone(zone).toLocalDate())
              .map(c -> PriceEstimate.of(c.rateCardId(), c.tier(), c.prices(), length, 0, false))
              .orElse(null);
      hits.add(
          new SearchHit(
              x.setup.resourceId(),
              x.setup.code(),
              x.setup.nameZh(),
              x.setup.nameEn(),
              x.setup.categoryCode(),
              x.setup.setup().cityCode(),
              x.setup.labId(),
              zone.getId(),
              IsoTimes.at(x.slot.start(), zone),
              IsoTimes.at(x.slot.end(), zone),
              x.rules.approvalRequired(),
              x.tier,
              estimate));
    }
    return new PageResult<>(hits, page.page(), page.size(), found.size());
  }

  private record Found(ResourceSetup setup, EffectiveRules rules, TimeSlot slot, PriceTier tier) {}

  /** A candidate still without a slot, and the stretch it may be booked in. */
  private record Pending(ResourceSetup setup, EffectiveRules rules, Instant start, Instant end) {}

  /** Ids and versions of the active instruments of a category subtree and city, by id. */
  private static Map<Long, ResourceSetups.Versions> candidates(String categoryCode, String city) {
    StringBuilder q =
        new StringBuilder(
            "select i.id, i.version, i.settingsVersion from Instrument i where i.status = :active");
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
    q.append(" order by i.id");
    var query = Instrument.getEntityManager().createQuery(q.toString(), Object[].class);
    params.forEach(query::setParameter);
    Map<Long, ResourceSetups.Versions> out = new LinkedHashMap<>();
    for (Object[] row : query.getResultList()) {
      out.put(
          (Long) row[0],
          new ResourceSetups.Versions(
              ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
    }
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
