package cn.gfshare.instruments.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bookings.book() over plain JDBC: the statements the service sends for it (Bookings and
 * SlotOccupancy send theirs over JDBC; the inserts are copied from the service's SQL log, {@code
 * QUARKUS_HIBERNATE_ORM_LOG_SQL=true}), in one transaction per booking on a connection of its own,
 * with the service's JDBC URL and Connector/J properties. No framework, no HTTP, no rule checks, no
 * JSON: the rate the database allows for the transaction that serializes bookings. Keep it in step
 * with Bookings.
 *
 * <ol>
 *   <li>lock the resource row and read its versions: {@code SELECT r.version, r.settings_version,
 *       i.status ... FOR UPDATE} (the rules, hours, blackouts and prices are in the service's
 *       memory while the versions match);
 *   <li>the first active reservation or held waitlist offer reaching into the slot (one UNION);
 *   <li>insert the reservation and its CREATED event; commit.
 * </ol>
 */
final class RawBooking {

  static final String LOCK =
      "SELECT r.version, r.settings_version, i.status FROM bookable_resource r"
          + " LEFT JOIN instrument i ON i.id = r.id WHERE r.id = ? FOR UPDATE";

  /** SlotOccupancy's statement. */
  static final String OCCUPANCY =
      "(SELECT start_at, end_at, NULL AS held_until FROM reservation"
          + " WHERE resource_id = ? AND end_at > ? AND start_at < ? AND status IN"
          + " ('CHECKED_IN', 'CONFIRMED', 'PENDING_APPROVAL') ORDER BY start_at LIMIT 1)"
          + " UNION ALL"
          + " (SELECT offer_start_at, offer_end_at, offer_expires_at FROM waitlist_entry"
          + " WHERE resource_id = ? AND status = 'OFFERED' AND offer_end_at > ? AND offer_start_at < ?"
          + " AND offer_expires_at > ? AND id <> ? ORDER BY offer_start_at LIMIT 1)";

  static final String INSERT =
      "insert into reservation (account_id,approved_at,approved_by,booker_city_code,"
          + "booker_institution_id,booker_username,cancelled_at,cancelled_by,checked_in_at,checked_in_by,"
          + "checked_out_at,checked_out_by,created_at,cross_city,end_at,expert_id,expired_at,external,lab_id,"
          + "late_cancellation,no_show_at,operator_assisted,owner_institution_id,price_estimate,price_tier,purpose,"
          + "rate_card_id,rejected_at,rejected_by,resource_city_code,resource_id,sample_count,series_id,start_at,status,"
          + "status_reason,time_zone,updated_at,usage_end_at,usage_samples,usage_start_at,version)"
          + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

  static final String EVENT =
      "insert into reservation_event (actor,lab_id,occurred_at,payload,reservation_id,resource_id,"
          + "type,waitlist_entry_id) values (?,?,?,?,?,?,?,?)";

  /** CatalogInstitutionDirectory's statement: the caller's institution, in autocommit. */
  static final String INSTITUTION =
      "SELECT i.id, i.code, i.name_zh, i.name_en, i.city_code, i.type FROM institution i"
          + " WHERE i.code = ?";

  private final String url;
  private final String user;
  private final String password;
  private final BookingDataset data;
  private final List<Connection> open = new ArrayList<>();

  RawBooking(String url, String user, String password, BookingDataset data) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.data = data;
  }

  BookingBenchmark.Load.Worker worker(int index) {
    try {
      Connection c = DriverManager.getConnection(url, user, password);
      c.setAutoCommit(false);
      synchronized (open) {
        open.add(c);
      }
      return () -> book(c, data.take());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every statement a POST /api/v1/reservations sends once the instrument's setup is in memory: the
   * caller's institution in autocommit, then the booking transaction opened and closed the way the
   * pool does it (autocommit off, commit, autocommit on): what the request would cost the database
   * if the service itself took no time.
   */
  BookingBenchmark.Load.Worker fullRequestWorker(int index) {
    try {
      Connection c = DriverManager.getConnection(url, user, password);
      synchronized (open) {
        open.add(c);
      }
      return () -> {
        BookingDataset.Slot slot = data.take();
        c.setAutoCommit(true);
        query(
            c,
            INSTITUTION,
            BookingDataset.INSTITUTIONS[ThreadLocalRandom.current().nextInt(12)][0]);
        c.setAutoCommit(false);
        int outcome = book(c, slot);
        c.setAutoCommit(true);
        return outcome;
      };
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void query(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rs.getObject(1);
        }
      }
    }
  }

  /** Closes the connections of the finished phase. */
  void closeConnections() {
    synchronized (open) {
      for (Connection c : open) {
        try {
          c.close();
        } catch (SQLException e) {
          // already broken
        }
      }
      open.clear();
    }
  }

  /** One booking transaction; 0 when committed, 409 when the slot was taken meanwhile. */
  int book(Connection c, BookingDataset.Slot slot) throws SQLException {
    ZoneId zone = BookingDataset.ZONE;
    Instant start = slot.start();
    Instant end = slot.end();
    try {
      try (PreparedStatement p = c.prepareStatement(LOCK)) {
        p.setLong(1, slot.instrument());
        try (ResultSet rs = p.executeQuery()) {
          if (!rs.next() || !"ACTIVE".equals(rs.getString(3))) {
            c.rollback();
            return 422;
          }
        }
      }
      try (PreparedStatement p = c.prepareStatement(OCCUPANCY)) {
        p.setLong(1, slot.instrument());
        p.setObject(2, utc(start));
        p.setObject(3, utc(end));
        p.setLong(4, slot.instrument());
        p.setObject(5, utc(start));
        p.setObject(6, utc(end));
        p.setObject(7, LocalDateTime.now(ZoneOffset.UTC));
        p.setLong(8, -1L);
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            c.rollback();
            return 409;
          }
        }
      }
      int lab = BookingDataset.labOf(slot.instrument());
      int owner = BookingDataset.institutionOfLab(lab);
      int ui = ThreadLocalRandom.current().nextInt(BookingDataset.INSTITUTIONS.length);
      String city = BookingDataset.cityOfInstitution(owner);
      String userCity = BookingDataset.INSTITUTIONS[ui][1];
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
      long reservation;
      try (PreparedStatement p = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
        int k = 1;
        p.setObject(k++, null); // account_id
        p.setObject(k++, now); // approved_at
        p.setString(k++, "bench-raw"); // approved_by
        p.setString(k++, userCity);
        p.setLong(k++, ui + 1);
        p.setString(k++, "bench-raw");
        p.setObject(k++, null); // cancelled_at
        p.setObject(k++, null);
        p.setObject(k++, null); // checked_in_at
        p.setObject(k++, null);
        p.setObject(k++, null); // checked_out_at
        p.setObject(k++, null);
        p.setObject(k++, now); // created_at
        p.setBoolean(k++, !city.equals(userCity));
        p.setObject(k++, utc(end));
        p.setObject(k++, null); // expert_id
        p.setObject(k++, null); // expired_at
        p.setBoolean(k++, ui + 1 != owner);
        p.setLong(k++, lab);
        p.setBoolean(k++, false);
        p.setObject(k++, null); // no_show_at
        p.setBoolean(k++, false);
        p.setLong(k++, owner);
        p.setBigDecimal(k++, new java.math.BigDecimal("300.00"));
        p.setString(k++, "SAME_CITY");
        p.setString(k++, "Benchmark booking");
        p.setObject(k++, null); // rate_card_id
        p.setObject(k++, null); // rejected_at
        p.setObject(k++, null);
        p.setString(k++, city);
        p.setLong(k++, slot.instrument());
        p.setInt(k++, 1);
        p.setObject(k++, null); // series_id
        p.setObject(k++, utc(start));
        p.setString(k++, "CONFIRMED");
        p.setObject(k++, null); // status_reason
        p.setString(k++, zone.getId());
        p.setObject(k++, now); // updated_at
        p.setObject(k++, null); // usage_end_at
        p.setObject(k++, null);
        p.setObject(k++, null); // usage_start_at
        p.setLong(k, 0);
        p.executeUpdate();
        try (ResultSet keys = p.getGeneratedKeys()) {
          keys.next();
          reservation = keys.getLong(1);
        }
      }
      try (PreparedStatement p = c.prepareStatement(EVENT)) {
        p.setString(1, "bench-raw");
        p.setLong(2, lab);
        p.setObject(3, now);
        p.setString(
            4,
            "{\"fromStatus\":null,\"toStatus\":\"CONFIRMED\",\"start\":\""
                + start
                + "\",\"end\":\""
                + end
                + "\",\"booker\":\"bench-raw\",\"priceTier\":\"SAME_CITY\",\"crossCity\":false}");
        p.setLong(5, reservation);
        p.setLong(6, slot.instrument());
        p.setString(7, "CREATED");
        p.setObject(8, null);
        p.executeUpdate();
      }
      c.commit();
      return 0;
    } catch (SQLException e) {
      c.rollback();
      throw e;
    }
  }

  static LocalDateTime utc(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
