package cn.gfshare.instruments.reservation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A recurring booking request; its reservations point at it. */
@Entity
@Table(name = "reservation_series")
public class ReservationSeries extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "resource_id", nullable = false)
  public Long resourceId;

  @Column(name = "booker_username", nullable = false)
  public String bookerUsername;

  /** ISO day numbers, comma-separated (1 = Monday). */
  @Column(name = "days_of_week", nullable = false)
  public String daysOfWeek;

  @Column(name = "until_date")
  public LocalDate untilDate;

  @Column(name = "occurrence_count")
  public Integer occurrenceCount;

  @Column(name = "all_or_nothing", nullable = false)
  public boolean allOrNothing;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
