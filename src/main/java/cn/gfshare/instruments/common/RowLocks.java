package cn.gfshare.instruments.common;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Set;

/**
 * Row locks by native {@code SELECT ... FOR UPDATE}. Hibernate's PESSIMISTIC_WRITE renders MySQL
 * 8's {@code FOR UPDATE OF alias}, which MariaDB rejects; plain {@code FOR UPDATE} works on both.
 */
public final class RowLocks {

  private static final Set<String> TABLES =
      Set.of(
          "bookable_resource",
          "reservation",
          "waitlist_entry",
          "platform_policy",
          "funding_account",
          "ledger_entry",
          "statement");

  private RowLocks() {}

  /** Locks one row by primary key until the transaction ends; false when there is no such row. */
  public static boolean lock(String table, Object id) {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException(table);
    }
    return !Panache.getEntityManager()
        .createNativeQuery("SELECT id FROM " + table + " WHERE id = ?1 FOR UPDATE")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }
}
