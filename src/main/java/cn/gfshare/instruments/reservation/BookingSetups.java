package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.availability.AvailabilityException;
import cn.gfshare.instruments.availability.Blackout;
import cn.gfshare.instruments.availability.Calendars;
import cn.gfshare.instruments.availability.LocalHours;
import cn.gfshare.instruments.availability.Schedule;
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
public class BookingSetups {

  /** Beyond this many resources the cache starts over; a miss only costs the reads it saves. */
  static final int MAX_ENTRIES = 50_000;

  /**
   * Exceptions and blackouts this far before loading are kept: a booking's checks look one day
   * around its slot, and no slot starts before now.
   */
  private static final Duration PAST = Duration.ofDays(2);

  @Inject Calendars calendars;
  @Inject Clock clock;

  private final Map<Long, ResourceSetup> cache = new ConcurrentHashMap<>();

  /** A blackout as bookings need it: when, and the reason shown to the booker. */
  public record Closure(TimeSlot slot, String reason) {}

  /** A rate card's prices for one tier, from a date on. */
  public record Rate(long rateCardId, PriceTier tier, LocalDate effectiveFrom, Prices prices) {}

  /** One resource's booking setup as of {@code version} and {@code settingsVersion}. */
  public record ResourceSetup(
      long resourceId,
      long version,
      long settingsVersion,
      String code,
      boolean instrument,
      boolean consultations,
      String qualificationName,
      boolean operatorAssisted,
      long labId,
      Set<String> managers,
      Calendars.Setup setup,
      boolean equalAccess,
      Map<DayOfWeek, List<LocalHours>> weekly,
      Map<LocalDate, List<LocalHours>> exceptions,
      List<Closure> closures,
      List<Rate> rates) {

    /** The schedule of the resource; closures are the blackouts. */
    public Schedule schedule() {
      return new Schedule(
          setup.zone(),
          weekly,
          exceptions,
          closures.stream().map(Closure::slot).toList(),
          Duration.ofMinutes(setup.complete().bufferMinutes()),
          setup.complete().slotMinutes());
    }

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

  /**
   * The setup of a resource whose row showed these versions; loaded in the caller's transaction
   * (after its row lock, for a booking) when the cached copy is older or missing.
   */
  public ResourceSetup current(long resourceId, long version, long settingsVersion) {
    ResourceSetup s = cache.get(resourceId);
    if (s != null && s.version() == version && s.settingsVersion() == settingsVersion) {
      return s;
    }
    ResourceSetup loaded = load(resourceId, version, settingsVersion);
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(resourceId, loaded);
    return loaded;
  }

  private ResourceSetup load(long resourceId, long version, long settingsVersion) {
    BookableResource r = BookableResource.findById(resourceId);
    Instrument i = r instanceof Instrument in ? in : null;
    Calendars.Setup setup = calendars.setup(r);
    Instant since = clock.instant().minus(PAST);
    LocalDate sinceDay = since.atZone(ZoneOffset.UTC).toLocalDate();
    List<Closure> closures =
        Blackout.<Blackout>list("resourceId = ?1 and endAt > ?2 order by startAt", r.id, since)
            .stream()
            .map(b -> new Closure(b.slot(), b.reason))
            .toList();
    Map<LocalDate, List<LocalHours>> exceptions = new HashMap<>();
    for (AvailabilityException e :
        AvailabilityException.<AvailabilityException>list(
            "resourceId = ?1 and date >= ?2", r.id, sinceDay)) {
      exceptions.put(e.date, List.copyOf(e.localHours()));
    }
    List<Rate> rates =
        RateCard.<RateCard>list("resourceId", r.id).stream()
            .map(
                c ->
                    new Rate(
                        c.id,
                        c.tier,
                        c.effectiveFrom,
                        new Prices(c.perHour, c.perSample, c.perOperatorHour)))
            .sorted(Comparator.comparing(Rate::effectiveFrom))
            .toList();
    return new ResourceSetup(
        r.id,
        version,
        settingsVersion,
        i != null ? i.code : ((Expert) r).code,
        i != null,
        r instanceof Expert e && e.consultations,
        i == null ? null : i.qualificationName,
        i != null && i.operatorAssisted,
        r.lab.id,
        Set.copyOf(r.lab.managers),
        setup,
        calendars.equalAccess(),
        Map.copyOf(calendars.weekly(setup)),
        Map.copyOf(exceptions),
        closures,
        rates);
  }
}
