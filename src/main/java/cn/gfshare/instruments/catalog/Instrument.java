package cn.gfshare.instruments.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;

@Entity
@Table(name = "instrument")
@DiscriminatorValue("INSTRUMENT")
@PrimaryKeyJoinColumn(name = "id")
public class Instrument extends BookableResource {

  /** National and Guangdong evaluations count an instrument as large from this original value. */
  public static final BigDecimal LARGE_THRESHOLD_CNY = new BigDecimal("500000");

  @Column(nullable = false, length = 64)
  public String code;

  @Column(name = "name_zh", nullable = false)
  public String nameZh;

  @Column(name = "name_en", nullable = false)
  public String nameEn;

  public String model;
  public String manufacturer;

  @Column(name = "category_code", nullable = false, length = 16)
  public String categoryCode;

  @Column(name = "value_cny", nullable = false, precision = 14, scale = 2)
  public BigDecimal valueCny;

  /** Derived from {@link #valueCny}; stored so the filter can use an index. */
  @Column(nullable = false)
  public boolean large;

  @Column(name = "acquisition_year")
  public Integer acquisitionYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public InstrumentStatus status = InstrumentStatus.ACTIVE;

  public String location;

  @Column(columnDefinition = "TEXT")
  public String description;

  /** Comma-separated capability tags. */
  @Column(length = 1000)
  public String techniques;

  @Column(name = "sample_requirements", columnDefinition = "TEXT")
  public String sampleRequirements;

  @Column(name = "requires_approval", nullable = false)
  public boolean requiresApproval;

  @Column(name = "qualification_required", nullable = false)
  public boolean qualificationRequired;

  @Column(name = "qualification_name")
  public String qualificationName;

  @Column(name = "operator_assisted", nullable = false)
  public boolean operatorAssisted;

  @Column(name = "search_text", nullable = false, length = 2000)
  public String searchText;

  @Override
  public ResourceKind kind() {
    return ResourceKind.INSTRUMENT;
  }

  public static Optional<Instrument> findByCode(String code) {
    return find("code", code).firstResultOptional();
  }

  @PrePersist
  @PreUpdate
  void derive() {
    large = isLarge(valueCny);
    searchText = searchText(code, nameZh, nameEn, model, manufacturer, techniques);
  }

  public static boolean isLarge(BigDecimal valueCny) {
    return valueCny != null && valueCny.compareTo(LARGE_THRESHOLD_CNY) >= 0;
  }

  /**
   * What the {@code q} filter searches: code, names, model, manufacturer, techniques, lower-cased.
   */
  public static String searchText(String... parts) {
    return SearchText.of(2000, parts);
  }
}
