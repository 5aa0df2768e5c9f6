package cn.gfshare.instruments.reservation;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * What already occupies a stretch of a resource's time, for the booking transaction: the earliest
 * active reservation reaching into it, else the earliest waitlist offer holding part of it. One
 * statement over plain JDBC on the transaction's connection: it runs on every booking, under the
 * resource's lock, and Hibernate's query pipeline cost more than the two index range scans.
 */
final class SlotOccupancy {

  /** A reservation's time, or (with {@code heldUntil}) an offer's hold. */
  record Occupant(Instant start, Instant end, Instant heldUntil) {
    boolean hold() {
      return heldUntil != null;
    }
  }

  private static final String ACTIVE =
      ReservationStatus.ACTIVE.stream()
          .map(s -> "'" + s.name() + "'")
          .sorted()
          .collect(Collectors.joining(", ", "(", ")"));

  // DATETIME(6) columns hold UTC (quarkus.hibernate-orm.jdbc.timezone=UTC)
  private static final String SQL =
      "(SELECT start_at, end_at, NULL AS held_until FROM reservation"
          + " WHERE resource_id = ? AND end_at > ? AND start_at < ? AND status IN "
          + ACTIVE
          + " ORDER BY start_at LIMIT 1)"
          + " UNION ALL"
          + " (SELECT offer_start_at, offer_end_at, offer_expires_at FROM waitlist_entry"
          + " WHERE resource_id = ? AND status = '"
          + WaitlistEntry.Status.OFFERED.name()
          + "' AND offer_end_at > ? AND offer_start_at < ? AND offer_expires_at > ? AND id <> ?"
          + " ORDER BY offer_start_at LIMIT 1)";

  private SlotOccupancy() {}

  /**
   * The first occupant of [from, to) at {@code now}; the offer {@code exceptOffer} (being accepted)
   * does not count. A reservation wins over an offer.
   */
  static Optional<Occupant> first(
      long resourceId, Instant from, Instant to, Instant now, Long exceptOffer) {
    return Panache.getEntityManager()
        .unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement s = c.prepareStatement(SQL)) {
                s.setLong(1, resourceId);
                s.setObject(2, utc(from));
                s.setObject(3, utc(to));
                s.setLong(4, resourceId);
                s.setObject(5, utc(from));
                s.setObject(6, utc(to));
                s.setObject(7, utc(now));
                s.setLong(8, exceptOffer == null ? -1L : exceptOffer);
                Occupant hold = null;
                try (ResultSet rs = s.executeQuery()) {
                  while (rs.next()) {
                    Occupant o =
                        new Occupant(
                            instant(rs.getObject(1, LocalDateTime.class)),
                            instant(rs.getObject(2, LocalDateTime.class)),
                            instant(rs.getObject(3, LocalDateTime.class)));
                    if (!o.hold()) {
                      return Optional.of(o);
                    }
                    hold = o;
                  }
                }
                return Optional.ofNullable(hold);
              }
            });
  }

  private static LocalDateTime utc(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  private static Instant instant(LocalDateTime t) {
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }
}
