package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.common.Clocks;
import cn.gfshare.instruments.common.TimeSlot;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A booking of a resource. Who booked, from which institution and city, at which tier and price, is
 * frozen at booking time so later bills and statistics do not move when affiliations change.
 */
@Entity
@Table(name = "reservation")
public class Reservation extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "resource_id", nullable = false)
  public Long resourceId;

  @Column(name = "lab_id", nullable = false)
  public Long labId;

  @Column(name = "owner_institution_id", nullable = false)
  public Long ownerInstitutionId;

  @Column(name = "resource_city_code", nullable = false)
  public String resourceCityCode;

  @Column(name = "time_zone", nullable = false)
  public String timeZone;

  @Column(name = "start_at", nullable = false)
  public Instant startAt;

  @Column(name = "end_at", nullable = false)
  public Instant endAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ReservationStatus status;

  @Column(name = "booker_username", nullable = false)
  public String bookerUsername;

  @Column(name = "booker_institution_id", nullable = false)
  public Long bookerInstitutionId;

  @Column(name = "booker_city_code", nullable = false)
  public String bookerCityCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "price_tier", nullable = false)
  public PriceTier priceTier;

  @Column(name = "cross_city", nullable = false)
  public boolean crossCity;

  @Column(nullable = false)
  public boolean external;

  @Column(nullable = false)
  public String purpose;

  @Column(name = "sample_count", nullable = false)
  public int sampleCount;

  @Column(name = "operator_assisted", nullable = false)
  public boolean operatorAssisted;

  @Column(name = "expert_id")
  public Long expertId;

  @Column(name = "account_id")
  public Long accountId;

  @Column(name = "series_id")
  public Long seriesId;

  @Column(name = "rate_card_id")
  public Long rateCardId;

  @Column(name = "price_estimate", precision = 12, scale = 2)
  public BigDecimal priceEstimate;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "approved_at")
  public Instant approvedAt;

  @Column(name = "approved_by")
  public String approvedBy;

  @Column(name = "rejected_at")
  public Instant rejectedAt;

  @Column(name = "rejected_by")
  public String rejectedBy;

  @Column(name = "cancelled_at")
  public Instant cancelledAt;

  @Column(name = "cancelled_by")
  public String cancelledBy;

  /** The reason given with a rejection or cancellation. */
  @Column(name = "status_reason")
  public String statusReason;

  @Column(name = "late_cancellation", nullable = false)
  public boolean lateCancellation;

  @Column(name = "checked_in_at")
  public Instant checkedInAt;

  @Column(name = "checked_in_by")
  public String checkedInBy;

  @Column(name = "checked_out_at")
  public Instant checkedOutAt;

  @Column(name = "checked_out_by")
  public String checkedOutBy;

  @Column(name = "usage_start_at")
  public Instant usageStartAt;

  @Column(name = "usage_end_at")
  public Instant usageEndAt;

  @Column(name = "usage_samples")
  public Integer usageSamples;

  @Column(name = "expired_at")
  public Instant expiredAt;

  @Column(name = "no_show_at")
  public Instant noShowAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;

  public TimeSlot slot() {
    return new TimeSlot(startAt, endAt);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  @PrePersist
  void onCreate() {
    if (createdAt == null) {
      createdAt = Clocks.now();
    }
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Clocks.now();
  }

  /** The resource a reservation is of (it never changes); null when there is no such id. */
  public static Long resourceIdOf(long id) {
    return getEntityManager()
        .createQuery("select r.resourceId from Reservation r where r.id = :id", Long.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The active states as HQL enum literals. Hibernate re-translates a query on every execution when
   * a parameter is bound to a collection (the SQL depends on its size), which cost about a fifth of
   * a booking's CPU; with literals and single-valued parameters the translation is cached.
   */
  private static final String ACTIVE_STATES =
      ReservationStatus.ACTIVE.stream()
          .map(s -> ReservationStatus.class.getName() + "." + s.name())
          .collect(java.util.stream.Collectors.joining(", ", "(", ")"));

  /** Active reservations of one resource that reach into [from, to). */
  public static List<Reservation> activeOf(long resourceId, Instant from, Instant to) {
    return list(
        "resourceId = ?1 and endAt > ?2 and startAt < ?3 and status in "
            + ACTIVE_STATES
            + " order by startAt",
        resourceId,
        from,
        to);
  }

  /** The time of one booker's active reservations of a resource reaching into [from, to). */
  public static List<TimeSlot> activeSlotsOf(
      long resourceId, String booker, Instant from, Instant to) {
    return getEntityManager()
        .createQuery(
            "select r.startAt, r.endAt from Reservation r where r.resourceId = :id"
                + " and r.endAt > :from and r.startAt < :to and r.status in "
                + ACTIVE_STATES
                + " and r.bookerUsername = :booker",
            Object[].class)
        .setParameter("id", resourceId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("booker", booker)
        .getResultStream()
        .map(row -> new TimeSlot((Instant) row[0], (Instant) row[1]))
        .toList();
  }

  /**
   * The busy time of each resource in [from, to): active reservations, and waitlist offers that
   * still hold their slot.
   */
  public static Map<Long, List<TimeSlot>> busy(
      Collection<Long> resourceIds, Instant from, Instant to, Instant now) {
    Map<Long, List<TimeSlot>> out = new HashMap<>();
    if (resourceIds.isEmpty()) {
      return out;
    }
    WaitlistEntry.heldTime(resourceIds, from, to, now)
        .forEach(
            (id, slots) -> out.computeIfAbsent(id, k -> new java.util.ArrayList<>()).addAll(slots));
    activeTimeOf(resourceIds, from, to, out);
    return out;
  }

  /**
   * Booked time of several resources (a search: thousands) over plain JDBC, the ids written into
   * the statement: Hibernate translated the HQL again for every size of id list and bound each id
   * as a parameter, which cost more than the database's index range scans (the search profile,
   * bench/BOOKING.md). The ids are longs, so the text cannot carry anything else.
   */
  private static void activeTimeOf(
      Collection<Long> resourceIds, Instant from, Instant to, Map<Long, List<TimeSlot>> out) {
    String ids =
        resourceIds.stream()
            .map(id -> Long.toString(id))
            .collect(java.util.stream.Collectors.joining(","));
    String sql =
        "SELECT resource_id, start_at, end_at FROM reservation WHERE resource_id IN ("
            + ids
            + ") AND end_at > ? AND start_at < ? AND status IN "
            + ReservationStatus.ACTIVE.stream()
                .map(s -> "'" + s.name() + "'")
                .collect(java.util.stream.Collectors.joining(",", "(", ")"));
    getEntityManager()
        .unwrap(org.hibernate.Session.class)
        .doWork(
            c -> {
              try (java.sql.PreparedStatement st = c.prepareStatement(sql)) {
                // DATETIME(6) columns hold UTC (quarkus.hibernate-orm.jdbc.timezone=UTC)
                st.setObject(1, java.time.LocalDateTime.ofInstant(from, java.time.ZoneOffset.UTC));
                st.setObject(2, java.time.LocalDateTime.ofInstant(to, java.time.ZoneOffset.UTC));
                try (java.sql.ResultSet rs = st.executeQuery()) {
                  while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(
                            new TimeSlot(
                                rs.getObject(2, java.time.LocalDateTime.class)
                                    .toInstant(java.time.ZoneOffset.UTC),
                                rs.getObject(3, java.time.LocalDateTime.class)
                                    .toInstant(java.time.ZoneOffset.UTC)));
                  }
                }
              }
            });
  }
}
