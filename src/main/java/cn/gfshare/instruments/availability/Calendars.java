package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.catalog.BookableResource;
import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.common.GfConfig;
import cn.gfshare.instruments.common.TimeSlot;
import cn.gfshare.instruments.security.InstitutionRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads what availability is computed from: rules, weekly hours, exceptions and blackouts, for one
 * resource or in batches (one query per table for any number of resources).
 */
@ApplicationScoped
public class Calendars {

  @Inject GfConfig config;

  /** How one resource is set up: its zone and rules, resolved against the platform defaults. */
  public record Setup(
      long resourceId,
      ZoneId zone,
      RuleSet configured,
      RuleSet complete,
      boolean customHours,
      long institutionId,
      String cityCode) {

    public EffectiveRules rulesFor(Optional<InstitutionRef> user, boolean equalAccess) {
      return EffectiveRules.of(complete, Audience.of(user, institutionId, cityCode, equalAccess));
    }
  }

  public RuleDefaults defaults() {
    return RuleDefaults.of(config.booking().defaults());
  }

  public boolean equalAccess() {
    PlatformPolicy p = PlatformPolicy.current();
    return p == null || p.equalAccess;
  }

  public Setup setup(BookableResource r) {
    return setups(List.of(r)).get(r.id);
  }

  public Map<Long, Setup> setups(Collection<? extends BookableResource> resources) {
    Map<Long, BookingRules> rules = new HashMap<>();
    List<Long> ids = resources.stream().map(r -> r.id).toList();
    for (List<Long> chunk : chunks(ids)) {
      BookingRules.<BookingRules>list(byIds(chunk), ids(chunk))
          .forEach(b -> rules.put(b.resourceId, b));
    }
    RuleDefaults d = defaults();
    Map<Long, Setup> out = new HashMap<>();
    for (BookableResource r : resources) {
      BookingRules b = rules.get(r.id);
      RuleSet configured = b == null ? RuleSet.EMPTY : b.toRuleSet();
      boolean approval = r instanceof Instrument i && i.requiresApproval;
      boolean qualification = r instanceof Instrument i && i.qualificationRequired;
      out.put(
          r.id,
          new Setup(
              r.id,
              ZoneId.of(r.lab.timeZone),
              configured,
              d.complete(configured, approval, qualification),
              b != null && b.customHours,
              r.institutionId,
              r.cityCode));
    }
    return out;
  }

  public Map<DayOfWeek, List<LocalHours>> defaultWeekly() {
    GfConfig.Defaults d = config.booking().defaults();
    int from = d.opensAt().getHour() * 60 + d.opensAt().getMinute();
    int to = d.closesAt().getHour() * 60 + d.closesAt().getMinute();
    Map<DayOfWeek, List<LocalHours>> m = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : d.openDays()) {
      m.put(day, List.of(new LocalHours(from, to == 0 ? LocalHours.DAY : to)));
    }
    return m;
  }

  public Map<DayOfWeek, List<LocalHours>> weekly(Setup s) {
    return weekly(List.of(s)).get(s.resourceId());
  }

  /** Weekly hours of each resource: its published ones, or the default hours. */
  public Map<Long, Map<DayOfWeek, List<LocalHours>>> weekly(Collection<Setup> setups) {
    Map<Long, Map<DayOfWeek, List<LocalHours>>> out = new HashMap<>();
    List<Long> custom = new ArrayList<>();
    for (Setup s : setups) {
      if (s.customHours()) {
        custom.add(s.resourceId());
        out.put(s.resourceId(), new EnumMap<>(DayOfWeek.class));
      } else {
        out.put(s.resourceId(), defaultWeekly());
      }
    }
    for (List<Long> chunk : chunks(custom)) {
      for (OpeningHours h :
          OpeningHours.<OpeningHours>list(byIds(chunk) + " order by startMinute", ids(chunk))) {
        out.get(h.resourceId).computeIfAbsent(h.day(), k -> new ArrayList<>()).add(h.hours());
      }
    }
    return out;
  }

  public Map<Long, Map<LocalDate, List<LocalHours>>> exceptions(
      Collection<Long> ids, LocalDate from, LocalDate to) {
    Map<Long, Map<LocalDate, List<LocalHours>>> out = new HashMap<>();
    for (List<Long> chunk : chunks(ids)) {
      List<AvailabilityException> rows =
          AvailabilityException.list(
              byIds(chunk) + " and date >= ?2 and date <= ?3", ids(chunk), from, to);
      for (AvailabilityException e : rows) {
        out.computeIfAbsent(e.resourceId, k -> new HashMap<>()).put(e.date, e.localHours());
      }
    }
    return out;
  }

  public Map<Long, List<Blackout>> blackouts(Collection<Long> ids, Instant from, Instant to) {
    Map<Long, List<Blackout>> out = new HashMap<>();
    for (List<Long> chunk : chunks(ids)) {
      List<Blackout> rows =
          Blackout.list(
              byIds(chunk) + " and endAt > ?2 and startAt < ?3 order by startAt",
              ids(chunk),
              from,
              to);
      for (Blackout b : rows) {
        out.computeIfAbsent(b.resourceId, k -> new ArrayList<>()).add(b);
      }
    }
    return out;
  }

  /** The schedule of one resource for computations inside {@code window}. */
  public Schedule schedule(Setup s, TimeSlot window) {
    return schedules(List.of(s), window).get(s.resourceId());
  }

  public Map<Long, Schedule> schedules(Collection<Setup> setups, TimeSlot window) {
    List<Long> ids = setups.stream().map(Setup::resourceId).toList();
    // one day of slack on each side covers any lab zone's local dates of the window
    LocalDate fromDate =
        window.start().minus(Duration.ofDays(1)).atZone(ZoneId.of("UTC")).toLocalDate();
    LocalDate toDate = window.end().plus(Duration.ofDays(1)).atZone(ZoneId.of("UTC")).toLocalDate();
    Map<Long, Map<DayOfWeek, List<LocalHours>>> weekly = weekly(setups);
    Map<Long, Map<LocalDate, List<LocalHours>>> exceptions = exceptions(ids, fromDate, toDate);
    Map<Long, List<Blackout>> blackouts = blackouts(ids, window.start(), window.end());
    Map<Long, Schedule> out = new HashMap<>();
    for (Setup s : setups) {
      out.put(
          s.resourceId(),
          new Schedule(
              s.zone(),
              weekly.get(s.resourceId()),
              exceptions.getOrDefault(s.resourceId(), Map.of()),
              blackouts.getOrDefault(s.resourceId(), List.of()).stream()
                  .map(Blackout::slot)
                  .toList(),
              Duration.ofMinutes(s.complete().bufferMinutes()),
              s.complete().slotMinutes()));
    }
    return out;
  }

  /**
   * The id condition for a chunk: {@code = ?1} for one id. Hibernate re-translates a query on every
   * execution when a parameter is bound to a collection, but caches it for single values, and most
   * calls (a booking, one instrument's availability) ask about one resource.
   */
  private static String byIds(List<Long> chunk) {
    return chunk.size() == 1 ? "resourceId = ?1" : "resourceId in ?1";
  }

  private static Object ids(List<Long> chunk) {
    return chunk.size() == 1 ? chunk.get(0) : chunk;
  }

  static <T> List<List<T>> chunks(Collection<T> all) {
    List<T> list = new ArrayList<>(all);
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += 1000) {
      out.add(list.subList(i, Math.min(list.size(), i + 1000)));
    }
    return out;
  }
}
