package cn.gfshare.instruments.reservation;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user waiting for time on a resource; an OFFERED entry holds its offered slot until it expires.
 */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry extends PanacheEntityBase {

  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "WaitlistEntryStatus")
  public enum Status {
    WAITING,
    OFFERED,
    BOOKED,
    DECLINED,
    CANCELLED,
    /** The offer was not accepted in time; the held time went to the next waiter. */
    LAPSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "resource_id", nullable = false)
  public Long resourceId;

  @Column(nullable = false)
  public String username;

  @Column(name = "institution_id", nullable = false)
  public Long institutionId;

  @Column(name = "city_code", nullable = false)
  public String cityCode;

  @Column(name = "window_start_at", nullable = false)
  public Instant windowStartAt;

  @Column(name = "window_end_at", nullable = false)
  public Instant windowEndAt;

  @Column(name = "duration_minutes", nullable = false)
  public int durationMinutes;

  @Column(nullable = false)
  public String purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "offer_start_at")
  public Instant offerStartAt;

  @Column(name = "offer_end_at")
  public Instant offerEndAt;

  @Column(name = "offer_expires_at")
  public Instant offerExpiresAt;

  @Column(name = "offered_at")
  public Instant offeredAt;

  @Column(name = "reservation_id")
  public Long reservationId;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;

  public boolean holding(Instant now) {
    return status == Status.OFFERED && offerExpiresAt != null && offerExpiresAt.isAfter(now);
  }

  @PrePersist
  @PreUpdate
  void touch() {
    updatedAt = Clocks.now();
  }

  /** Held time per resource, to add to the busy time of availability (times only, no entities). */
  public static Map<Long, List<TimeSlot>> heldTime(
      Collection<Long> resourceIds, Instant from, Instant to, Instant now) {
    Map<Long, List<TimeSlot>> out = new HashMap<>();
    if (resourceIds.isEmpty()) {
      return out;
    }
    // For several resources (a search: thousands), all open offers are fewer rows than the ids
    // would be parameters.
    boolean many = resourceIds.size() > 1;
    var query =
        getEntityManager()
            .createQuery(
                "select w.resourceId, w.offerStartAt, w.offerEndAt from WaitlistEntry w"
                    + " where w.status = :offered and w.offerExpiresAt > :now"
                    + " and w.offerEndAt > :from and w.offerStartAt < :to"
                    + (many ? "" : " and w.resourceId in :ids"),
                Object[].class)
            .setParameter("offered", Status.OFFERED)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("now", now);
    if (!many) {
      query.setParameter("ids", resourceIds);
    }
    Set<Long> wanted = many ? new HashSet<>(resourceIds) : null;
    for (Object[] row : query.getResultList()) {
      Long id = (Long) row[0];
      if (wanted == null || wanted.contains(id)) {
        out.computeIfAbsent(id, k -> new ArrayList<>())
            .add(new TimeSlot((Instant) row[1], (Instant) row[2]));
      }
    }
    return out;
  }
}
