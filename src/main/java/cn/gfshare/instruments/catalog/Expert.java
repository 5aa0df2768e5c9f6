package cn.gfshare.instruments.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A member of the expert pool (专家库): bookable for consultations, qualified on instruments. */
@Entity
@Table(name = "expert")
@DiscriminatorValue("EXPERT")
@PrimaryKeyJoinColumn(name = "id")
public class Expert extends BookableResource {

  @Column(nullable = false, length = 64)
  public String code;

  @Column(name = "name_zh", nullable = false)
  public String nameZh;

  @Column(name = "name_en", nullable = false)
  public String nameEn;

  public String title;

  /** Comma-separated fields of expertise. */
  @Column(nullable = false, length = 500)
  public String fields;

  /** Comma-separated language codes (zh, en, yue …). */
  @Column(nullable = false, length = 100)
  public String languages;

  @Column(columnDefinition = "TEXT")
  public String bio;

  public String email;
  public String phone;

  @Column(nullable = false)
  public boolean consultations = true;

  @Column(name = "search_text", nullable = false, length = 1200)
  public String searchText;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "expert_instrument",
      joinColumns = @JoinColumn(name = "expert_id"),
      inverseJoinColumns = @JoinColumn(name = "instrument_id"))
  public Set<Instrument> instruments = new HashSet<>();

  @Override
  public ResourceKind kind() {
    return ResourceKind.EXPERT;
  }

  public static Optional<Expert> findByCode(String code) {
    return find("code", code).firstResultOptional();
  }

  @PrePersist
  @PreUpdate
  void derive() {
    searchText = searchText(nameZh, nameEn, title, fields);
  }

  /** What the {@code q} filter searches: names, title and fields, lower-cased. */
  public static String searchText(String... parts) {
    return SearchText.of(1200, parts);
  }
}
