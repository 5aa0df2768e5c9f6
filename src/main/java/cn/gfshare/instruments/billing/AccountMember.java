package cn.gfshare.instruments.billing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Someone who may charge an account (the PI always may). */
@Entity
@IdClass(AccountMember.Key.class)
@Table(name = "funding_account_member")
public class AccountMember extends PanacheEntityBase {

  /** The composite primary key. */
  public static class Key implements Serializable {
    public Long accountId;
    public String username;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(accountId, k.accountId)
          && java.util.Objects.equals(username, k.username);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(accountId, username);
    }
  }

  @Id
  @Column(name = "account_id")
  public Long accountId;

  @Id public String username;

  @Column(name = "added_at", nullable = false)
  public Instant addedAt;

  @Column(name = "added_by", nullable = false)
  public String addedBy;

  public static boolean isMember(long accountId, String username) {
    return count("accountId = ?1 and username = ?2", accountId, username) > 0;
  }

  public static List<String> of(long accountId) {
    return AccountMember.<AccountMember>list("accountId = ?1 order by username", accountId).stream()
        .map(m -> m.username)
        .toList();
  }
}
