package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.common.Clocks;
import cn.gfshare.instruments.security.InstitutionRef;
import cn.gfshare.instruments.security.InstitutionType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Optional;

@Entity
@Table(name = "institution")
public class Institution extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, length = 32)
  public String code;

  @Column(name = "name_zh", nullable = false)
  public String nameZh;

  @Column(name = "name_en", nullable = false)
  public String nameEn;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "city_code")
  public City city;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  public InstitutionType type;

  public String address;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Optional<Institution> findByCode(String code) {
    return find("code", code).firstResultOptional();
  }

  public InstitutionRef ref() {
    return new InstitutionRef(id, code, nameZh, nameEn, city.code, type);
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
