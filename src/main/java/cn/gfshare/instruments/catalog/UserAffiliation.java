package cn.gfshare.instruments.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The institution a user belongs to, for tokens that carry no {@code institution} claim. */
@Entity
@Table(name = "user_affiliation")
public class UserAffiliation extends PanacheEntityBase {
  @Id
  @Column(length = 100)
  public String username;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "institution_id")
  public Institution institution;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;
}
