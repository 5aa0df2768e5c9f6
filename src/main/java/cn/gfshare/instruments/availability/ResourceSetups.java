package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.catalog.BookableResource;
import cn.gfshare.instruments.catalog.Expert;
import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.catalog.RateCard;
import cn.gfshare.instruments.catalog.RatePlan.Prices;
import cn.gfshare.instruments.common.TimeSlot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a booking of one resource is checked and priced against — the resource, its lab's managers,
 * rules, hours, exceptions, blackouts, rate cards and the platform policy — kept in memory per
 * resource and version (issue 9: these reads were most of a booking's statements, and they change
 * rarely). An entry is used only while both versions the booking reads from the resource row still
 * match: every change to any of these moves one of them in its own transaction ({@code version} by
 * the entity, {@code settings_version} by {@link cn.gfshare.instruments.catalog.ResourceSettings}),
 * so every replica sees a change with the next booking, and no cross-replica messaging is needed.
 */
@ApplicationScoped
public class ResourceSetups {

  /** Beyond this many resources the cache starts over; a miss only costs the reads it saves. */
  static final int MAX_ENTRIES = 50_000;

  /**
   * Exceptions and blackouts this far before loading are kept: a booking's checks look one day
   * around its slot, and no slot starts before now.
   */
  private static final Duration PAST = Duration.ofDays(2);

  /** The last day a DATE column holds (MySQL and MariaDB). */
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  @Inject Calendars calendars;
  @Inject Clock clock;

  private final Map<Long, ResourceSetup> cache = new ConcurrentHashMap<>();

  /** A blackout as bookings need it: when, and the reason shown to the booker. */
  public record Closure(TimeSlot slot, String reason) {}

  /** A rate card's prices for one tier, from a date on. */
  public record Rate(long rateCardId, PriceTier tier, LocalDate effectiveFrom, Prices prices) {}

  /**
   * One resource's booking setup as of {@code version} and {@code settingsVersion}; {@code
   * schedule} holds its weekly hours, exceptions and blackouts.
   */
  public record ResourceSetup(
      long resourceId,
      long version,
      long settingsVersion,
      String code,
      String nameZh,
      String nameEn,
      String categoryCode,
      boolean instrument,
      boolean consultations,
      String qualificationName,
      boolean operatorAssisted,
      long labId,
      Set<String> managers,
      Calendars.Setup setup,
      boolean equalAccess,
      List<Closure> closures,
      List<Rate> rates,
      Schedule schedule) {

    /** The blackouts overlapping {@code slot}, earliest first. */
    public List<Closure> closuresIn(TimeSlot slot) {
      return closures.stream().filter(c -> c.slot().overlaps(slot)).toList();
    }

    /** The card of {@code tier} in force on {@code day}: the latest effective on or before it. */
    public Optional<Rate> rateOn(PriceTier tier, LocalDate day) {
      Rate best = null;
      for (Rate r : rates) {
        if (r.tier() == tier
            && !r.effectiveFrom().isAfter(day)
            && (best == null || r.effectiveFrom().isAfter(best.effectiveFrom()))) {
          best = r;
        }
      }
      return Optional.ofNullable(best);
    }
  }

  /** The versions a resource row shows: its own, and its settings'. */
  public record Versions(long version, long settingsVersion) {}

  /**
   * The setup of a resource whose row showed these versions; loaded in the caller's transaction
   * (after its row lock, for a booking) when the cached copy is older or missing.
   */
  public ResourceSetup current(long resourceId, long version, long settingsVersion) {
    return current(Map.of(resourceId, new Versions(version, settingsVersion))).get(resourceId);
  }

  /** As {@link #current(long, long, long)} for many resources; misses load in a few batches. */
  public Map<Long, ResourceSetup> current(Map<Long, Versions> versions) {
    Map<Long, ResourceSetup> out = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    versions.forEach(
        (id, v) -> {
          ResourceSetup s = cache.get(id);
          if (s != null
              && s.version() == v.version()
              && s.settingsVersion() == v.settingsVersion()) {
            out.put(id, s);
          } else {
            missing.add(id);
          }
        });
    if (!missing.isEmpty()) {
      if (cache.size() + missing.size() > MAX_ENTRIES) {
        cache.clear();
      }
      for (List<Long> chunk : Calendars.chunks(missing)) {
        for (ResourceSetup s : load(chunk, versions).values()) {
          cache.put(s.resourceId(), s);
          out.put(s.resourceId(), s);
        }
      }
    }
    return out;
  }

  private Map<Long, ResourceSetup> load(List<Long> ids, Map<Long, Versions> versions) {
    List<BookableResource> resources =
        BookableResource.<BookableResource>find(
                "select distinct r from BookableResource r join fetch r.lab l"
                    + " left join fetch l.managers where r.id in ?1",
                ids)
            .list();
    Map<Long, Calendars.Setup> setups = calendars.setups(resources);
    Map<Long, Map<DayOfWeek, List<LocalHours>>> weekly = calendars.weekly(setups.values());
    boolean equalAccess = calendars.equalAccess();
    Instant since = clock.instant().minus(PAST);
    LocalDate sinceDay = since.atZone(ZoneOffset.UTC).toLocalDate();
    Map<Long, List<Closure>> closures = new HashMap<>();
    for (Blackout b :
        Blackout.<Blackout>list("resourceId in ?1 and endAt > ?2 order by startAt", ids, since)) {
      closures
          .computeIfAbsent(b.resourceId, k -> new ArrayList<>())
          .add(new Closure(b.slot(), b.reason));
    }
    Map<Long, Map<LocalDate, List<LocalHours>>> exceptions =
        calendars.exceptions(ids, sinceDay, LAST_DAY);
    Map<Long, List<Rate>> rates = new HashMap<>();
    for (RateCard c : RateCard.<RateCard>list("resourceId in ?1", ids)) {
      rates
          .computeIfAbsent(c.resourceId, k -> new ArrayList<>())
          .add(
              new Rate(
                  c.id,
                  c.tier,
                  c.effectiveFrom,
                  new Prices(c.perHour, c.perSample, c.perOperatorHour)));
    }
    Map<Long, ResourceSetup> out = new HashMap<>();
    for (BookableResource r : resources) {
      Instrument i = r instanceof Instrument in ? in : null;
      Expert e = r instanceof Expert ex ? ex : null;
      Versions v = versions.get(r.id);
      List<Rate> own = new ArrayList<>(rates.getOrDefault(r.id, List.of()));
      own.sort(Comparator.comparing(Rate::effectiveFrom));
      out.put(
          r.id,
          new ResourceSetup(
              r.id,
              v.version(),
              v.settingsVersion(),
              i != null ? i.code : e.code,
              i != null ? i.nameZh : e.nameZh,
              i != null ? i.nameEn : e.nameEn,
              i != null ? i.categoryCode : null,
              i != null,
              e != null && e.consultations,
              i == null ? null : i.qualificationName,
              i != null && i.operatorAssisted,
              r.lab.id,
              Set.copyOf(r.lab.managers),
              setups.get(r.id),
              equalAccess,
              List.copyOf(closures.getOrDefault(r.id, List.of())),
              List.copyOf(own),
              schedule(
                  setups.get(r.id),
                  weekly.get(r.id),
                  exceptions.getOrDefault(r.id, Map.of()),
                  closures.getOrDefault(r.id, List.of()))));
    }
    return out;
  }

  /** The resource's schedule for all time from load on; the closures are its blackouts. */
  private static Schedule schedule(
      Calendars.Setup setup,
      Map<DayOfWeek, List<LocalHours>> weekly,
      Map<LocalDate, List<LocalHours>> exceptions,
      List<Closure> closures) {
    return new Schedule(
        setup.zone(),
        weekly,
        exceptions,
        closures.stream().map(Closure::slot).toList(),
        Duration.ofMinutes(setup.complete().bufferMinutes()),
        setup.complete().slotMinutes());
  }
}
