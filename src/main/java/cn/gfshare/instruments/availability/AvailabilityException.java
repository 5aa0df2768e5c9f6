package cn.gfshare.instruments.availability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A date whose hours differ from the weekly ones: closed (no hours) or other hours. */
@Entity
@Table(name = "availability_exception")
public class AvailabilityException extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "resource_id", nullable = false)
  public Long resourceId;

  @Column(name = "on_date", nullable = false)
  public LocalDate date;

  public String reason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "availability_exception_hours",
      joinColumns = @JoinColumn(name = "exception_id"))
  public List<ExceptionHours> hours = new ArrayList<>();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  public List<LocalHours> localHours() {
    return hours.stream().map(ExceptionHours::hours).sorted().toList();
  }
}
