package cn.gfshare.instruments.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A node of the 3-level instrument classification; {@code path} ends with '/' (e.g. "01/0101/").
 */
@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase {
  @Id
  @Column(length = 16)
  public String code;

  @Column(name = "parent_code", length = 16)
  public String parentCode;

  @Column(nullable = false)
  public int level;

  @Column(nullable = false, length = 64)
  public String path;

  @Column(name = "name_zh", nullable = false)
  public String nameZh;

  @Column(name = "name_en", nullable = false)
  public String nameEn;
}
