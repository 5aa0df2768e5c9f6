package cn.gfshare.instruments.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A participating city. Rows, not an enum, so more Greater Bay Area cities can join by data. */
@Entity
@Table(name = "city")
public class City extends PanacheEntityBase {
  @Id
  @Column(length = 8)
  public String code;

  @Column(name = "name_zh", nullable = false)
  public String nameZh;

  @Column(name = "name_en", nullable = false)
  public String nameEn;

  @Column(name = "time_zone", nullable = false)
  public String timeZone;

  @Column(name = "sort_order", nullable = false)
  public int sortOrder;
}
