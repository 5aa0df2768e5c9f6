package cn.gfshare.instruments.billing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A ledger entry on a statement. {@code liveEntryId} repeats the entry while the statement is live
 * and is cleared when it is voided: its unique key keeps an entry on one live statement at most.
 */
@Entity
@IdClass(StatementLine.Key.class)
@Table(name = "statement_line")
public class StatementLine extends PanacheEntityBase {

  /** The composite primary key. */
  public static class Key implements Serializable {
    public Long statementId;
    public Long entryId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(statementId, k.statementId)
          && java.util.Objects.equals(entryId, k.entryId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(statementId, entryId);
    }
  }

  @Id
  @Column(name = "statement_id")
  public Long statementId;

  @Id
  @Column(name = "entry_id")
  public Long entryId;

  @Column(name = "live_entry_id")
  public Long liveEntryId;
}
