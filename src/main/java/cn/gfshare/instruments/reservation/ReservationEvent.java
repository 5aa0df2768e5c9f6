package cn.gfshare.instruments.reservation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One appended row of the reservation event log (see V5__reservation_events.sql). */
@Entity
@Immutable
@Table(name = "reservation_event")
public class ReservationEvent extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  public ReservationEventType type;

  @Column(name = "reservation_id")
  public Long reservationId;

  @Column(name = "waitlist_entry_id")
  public Long waitlistEntryId;

  @Column(name = "resource_id", nullable = false)
  public Long resourceId;

  @Column(name = "lab_id", nullable = false)
  public Long labId;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  @Column(nullable = false, length = 100)
  public String actor;

  /** What changed, as a JSON object. */
  @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
  public String payload;

  /** The history of one reservation, oldest first. */
  public static List<ReservationEvent> ofReservation(long reservationId) {
    return list("reservationId = ?1 order by id", reservationId);
  }

  /** Events appended after {@code afterId}, in id order: how outbox readers page. */
  public static List<ReservationEvent> after(long afterId, int limit) {
    return find("id > ?1 order by id", afterId).range(0, limit - 1).list();
  }
}
