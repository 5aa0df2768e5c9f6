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
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** Offers still holding their slot on the given resources within [from, to). */
  public static List<WaitlistEntry> holds(
      Collection<Long> resourceIds, Instant from, Instant to, Instant now) {
    if (resourceIds.isEmpty()) {
      return List.of();
    }
    return list(
        "resourceId in ?1 and status = ?2 and offerEndAt > ?3 and offerStartAt < ?4 and offerExpiresAt > ?5",
        resourceIds,
        Status.OFFERED,
        from,
        to,
        now);
  }

  /** An offer other than {@code except} holding time of one resource within [from, to). */
  public static Optional<WaitlistEntry> firstHold(
      long resourceId, Instant from, Instant to, Instant now, Long except) {
    return find(
            "resourceId = ?1 and status = ?2 and offerEndAt > ?3 and offerStartAt < ?4"
                + " and offerExpiresAt > ?5 and id <> ?6",
            resourceId,
            Status.OFFERED,
            from,
            to,
            now,
            except == null ? -1L : except)
        .firstResultOptional();
  }

  /** Held time per resource, to add to the busy time of availability. */
  public static Map<Long, List<TimeSlot>> heldTime(
      Collection<Long> resourceIds, Instant from, Instant to, Instant now) {
    Map<Long, List<TimeSlot>> out = new HashMap<>();
    for (WaitlistEntry e : holds(resourceIds, from, to, now)) {
      out.computeIfAbsent(e.resourceId, k -> new ArrayList<>())
          .add(new TimeSlot(e.offerStartAt, e.offerEndAt));
    }
    return out;
  }
}
