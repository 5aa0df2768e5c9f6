package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.common.Clocks;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Anything that can be booked. Instruments and experts share this id space, so reservations, rules,
 * qualifications and rate cards point at one table; booking locks this row.
 */
@Entity
@Table(name = "bookable_resource")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.STRING, length = 16)
public abstract class BookableResource extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lab_id")
  public Lab lab;

  /** Copied from the lab (labs never change institution) so list filters need no join. */
  @Column(name = "institution_id", nullable = false)
  public Long institutionId;

  @Column(name = "city_code", nullable = false, length = 8)
  public String cityCode;

  @Version public long version;

  /**
   * Moved by {@link ResourceSettings}, never through the entity: read with {@code version} to tell
   * whether a setup kept in memory is still current.
   */
  @Column(name = "settings_version", insertable = false, updatable = false)
  public long settingsVersion;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public abstract ResourceKind kind();

  /** Puts the resource in a lab and copies the lab's institution and city. */
  public void placeIn(Lab lab) {
    this.lab = lab;
    this.institutionId = lab.institution.id;
    this.cityCode = lab.institution.city.code;
  }

  @PrePersist
  void onCreate() {
    createdAt = Clocks.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Clocks.now();
  }
}
