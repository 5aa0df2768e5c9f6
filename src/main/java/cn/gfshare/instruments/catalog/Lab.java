package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.common.Clocks;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A lab or service platform: owns instruments and experts, has managers, has a time zone. */
@Entity
@Table(name = "lab")
public class Lab extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, length = 48)
  public String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "institution_id")
  public Institution institution;

  @Column(name = "name_zh", nullable = false)
  public String nameZh;

  @Column(name = "name_en", nullable = false)
  public String nameEn;

  public String location;

  @Column(name = "contact_name")
  public String contactName;

  @Column(name = "contact_phone")
  public String contactPhone;

  @Column(name = "contact_email")
  public String contactEmail;

  /** Opening hours and daily figures are in this zone. */
  @Column(name = "time_zone", nullable = false)
  public String timeZone = "Asia/Shanghai";

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "lab_manager", joinColumns = @JoinColumn(name = "lab_id"))
  @Column(name = "username", length = 100)
  public Set<String> managers = new HashSet<>();

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Optional<Lab> findByCode(String code) {
    return find("code", code).firstResultOptional();
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
