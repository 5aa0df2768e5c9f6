package cn.gfshare.instruments.availability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;

/** One span of a resource's weekly hours, in its lab's time zone. */
@Entity
@Table(name = "opening_hours")
public class OpeningHours extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "resource_id", nullable = false)
  public Long resourceId;

  /** ISO day of week, 1 = Monday. */
  @Column(name = "day_of_week", nullable = false)
  public int dayOfWeek;

  @Column(name = "start_minute", nullable = false)
  public int startMinute;

  @Column(name = "end_minute", nullable = false)
  public int endMinute;

  public DayOfWeek day() {
    return DayOfWeek.of(dayOfWeek);
  }

  public LocalHours hours() {
    return new LocalHours(startMinute, endMinute);
  }
}
