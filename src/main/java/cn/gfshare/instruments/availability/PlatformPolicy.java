package cn.gfshare.instruments.availability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The platform-wide policy (one row, id 1). Kept in the database rather than in configuration so a
 * platform admin's switch takes effect on every replica at once.
 */
@Entity
@Table(name = "platform_policy")
public class PlatformPolicy extends PanacheEntityBase {
  public static final int ID = 1;

  @Id public Integer id;

  @Column(name = "equal_access", nullable = false)
  public boolean equalAccess;

  @Version public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  public static PlatformPolicy current() {
    return findById(ID);
  }
}
