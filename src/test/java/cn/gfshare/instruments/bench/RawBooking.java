package cn.gfshare.instruments.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bookings.book() over plain JDBC: the statements Hibernate sends for it (copied from the service's
 * SQL log, {@code QUARKUS_HIBERNATE_ORM_LOG_SQL=true}, IN-list padding included), in one
 * transaction per booking on a connection of its own, with the service's JDBC URL and Connector/J
 * properties. No framework, no HTTP, no rule checks, no JSON: the rate the database allows for the
 * transaction that serializes bookings. Keep it in step with Bookings.
 *
 * <ol>
 *   <li>lock the resource row: {@code SELECT i.status ... FOR UPDATE};
 *   <li>blackouts reaching into the slot (a blackout added since the rule checks);
 *   <li>active reservations of the resource from the slot's week start to its week end (one range
 *       scan serves the overlap check and the quotas);
 *   <li>insert the reservation and its CREATED event; commit.
 * </ol>
 */
final class RawBooking {

  static final String LOCK =
      "SELECT i.status FROM bookable_resource r LEFT JOIN instrument i ON i.id = r.id"
          + " WHERE r.id = ? FOR UPDATE";

  static final String BLACKOUTS =
      "select b1_0.id,b1_0.created_at,b1_0.created_by,b1_0.end_at,b1_0.reason,"
          + "b1_0.resource_id,b1_0.start_at from blackout b1_0 where b1_0.resource_id=? and b1_0.end_at>?"
          + " and b1_0.start_at<? order by b1_0.start_at";

  static final String ACTIVE =
      "select r1_0.id,r1_0.account_id,r1_0.approved_at,r1_0.approved_by,"
          + "r1_0.booker_city_code,r1_0.booker_institution_id,r1_0.booker_username,r1_0.cancelled_at,r1_0.cancelled_by,"
          + "r1_0.checked_in_at,r1_0.checked_in_by,r1_0.checked_out_at,r1_0.checked_out_by,r1_0.created_at,"
          + "r1_0.cross_city,r1_0.end_at,r1_0.expert_id,r1_0.expired_at,r1_0.external,r1_0.lab_id,"
          + "r1_0.late_cancellation,r1_0.no_show_at,r1_0.operator_assisted,r1_0.owner_institution_id,"
          + "r1_0.price_estimate,r1_0.price_tier,r1_0.purpose,r1_0.rate_card_id,r1_0.rejected_at,r1_0.rejected_by,"
          + "r1_0.resource_city_code,r1_0.resource_id,r1_0.sample_count,r1_0.series_id,r1_0.start_at,r1_0.status,"
          + "r1_0.status_reason,r1_0.time_zone,r1_0.updated_at,r1_0.usage_end_at,r1_0.usage_samples,"
          + "r1_0.usage_start_at,r1_0.version from reservation r1_0 where r1_0.resource_id=? and r1_0.end_at>?"
          + " and r1_0.start_at<? and r1_0.status in ('PENDING_APPROVAL','CONFIRMED','CHECKED_IN','CHECKED_IN')"
          + " order by r1_0.start_at";

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

  // The reads before the locking transaction (Bookings.prepare() and CallerResolver), for
  // the "whole request over JDBC" row: same SQL as the service's log, in the same order.
  static final String INSTITUTION =
      "select i1_0.id,i1_0.address,i1_0.city_code,i1_0.code,i1_0.created_at,"
          + "i1_0.name_en,i1_0.name_zh,i1_0.type,i1_0.updated_at,i1_0.version from institution i1_0 where i1_0.code=?"
          + " limit ?";
  static final String INSTRUMENT =
      "select i1_0.id,i1_1.city_code,i1_1.created_at,i1_1.institution_id,i1_1.lab_id,"
          + "i1_1.updated_at,i1_1.version,i1_0.acquisition_year,i1_0.category_code,i1_0.code,i1_0.description,i1_0.large,"
          + "i1_0.location,i1_0.manufacturer,i1_0.model,i1_0.name_en,i1_0.name_zh,i1_0.operator_assisted,"
          + "i1_0.qualification_name,i1_0.qualification_required,i1_0.requires_approval,i1_0.sample_requirements,"
          + "i1_0.search_text,i1_0.status,i1_0.techniques,i1_0.value_cny from instrument i1_0 join bookable_resource i1_1"
          + " on i1_0.id=i1_1.id where i1_0.id=?";
  static final String RULES =
      "select br1_0.resource_id,br1_0.approval_required,br1_0.buffer_minutes,"
          + "br1_0.cancellation_deadline_hours,br1_0.cross_city_lead_minutes,br1_0.cross_city_quota_day_hours,"
          + "br1_0.cross_city_quota_week_hours,br1_0.custom_hours,br1_0.external_lead_minutes,br1_0.horizon_days,"
          + "br1_0.internal_lead_minutes,br1_0.max_duration_minutes,br1_0.min_duration_minutes,"
          + "br1_0.qualification_required,br1_0.quota_day_hours,br1_0.quota_week_hours,br1_0.slot_minutes,"
          + "br1_0.updated_at,br1_0.updated_by,br1_0.version from booking_rules br1_0 where br1_0.resource_id=?";
  static final String LAB =
      "select l1_0.id,l1_0.code,l1_0.contact_email,l1_0.contact_name,l1_0.contact_phone,"
          + "l1_0.created_at,l1_0.institution_id,l1_0.location,l1_0.name_en,l1_0.name_zh,l1_0.time_zone,l1_0.updated_at,"
          + "l1_0.version from lab l1_0 where l1_0.id=?";
  static final String POLICY =
      "select pp1_0.id,pp1_0.equal_access,pp1_0.updated_at,pp1_0.updated_by,pp1_0.version"
          + " from platform_policy pp1_0 where pp1_0.id=?";
  static final String MANAGERS =
      "select m1_0.lab_id,m1_0.username from lab_manager m1_0 where m1_0.lab_id=?";
  static final String HOURS =
      "select oh1_0.id,oh1_0.day_of_week,oh1_0.end_minute,oh1_0.resource_id,"
          + "oh1_0.start_minute from opening_hours oh1_0 where oh1_0.resource_id=? order by oh1_0.start_minute";
  static final String EXCEPTIONS =
      "select ae1_0.id,ae1_0.on_date,ae1_0.reason,ae1_0.resource_id,ae1_0.updated_at,"
          + "ae1_0.updated_by from availability_exception ae1_0 where ae1_0.resource_id=? and ae1_0.on_date>=?"
          + " and ae1_0.on_date<=?";
  static final String RATE_CARD =
      "select rc1_0.id,rc1_0.created_at,rc1_0.created_by,rc1_0.effective_from,"
          + "rc1_0.per_hour,rc1_0.per_operator_hour,rc1_0.per_sample,rc1_0.resource_id,rc1_0.tier from rate_card rc1_0"
          + " where rc1_0.resource_id=? and rc1_0.tier=? and rc1_0.effective_from<=? order by rc1_0.effective_from desc"
          + " limit ?";

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
   * Every statement a POST /api/v1/reservations sends, in its three transactions (caller, prepare,
   * book), each opened and closed the way the pool does it (autocommit off, commit, autocommit on):
   * what the request would cost the database if the service itself took no time.
   */
  BookingBenchmark.Load.Worker fullRequestWorker(int index) {
    try {
      Connection c = DriverManager.getConnection(url, user, password);
      synchronized (open) {
        open.add(c);
      }
      return () -> {
        BookingDataset.Slot slot = data.take();
        c.setAutoCommit(false);
        query(
            c,
            INSTITUTION,
            BookingDataset.INSTITUTIONS[ThreadLocalRandom.current().nextInt(12)][0],
            1);
        c.commit();
        c.setAutoCommit(true);
        c.setAutoCommit(false);
        long id = slot.instrument();
        long lab = BookingDataset.labOf(slot.instrument());
        LocalDateTime from = utc(slot.start().minus(java.time.Duration.ofDays(1)));
        LocalDateTime to = utc(slot.end().plus(java.time.Duration.ofDays(1)));
        query(c, INSTRUMENT, id);
        query(c, RULES, id);
        query(c, LAB, lab);
        query(c, POLICY, 1);
        query(c, MANAGERS, lab);
        query(c, BLACKOUTS, id, utc(slot.start()), utc(slot.end()));
        if (BookingDataset.customHours(slot.instrument())) {
          query(c, HOURS, id); // the service reads published hours only
        }
        query(c, EXCEPTIONS, id, from.toLocalDate().minusDays(1), to.toLocalDate().plusDays(1));
        query(c, BLACKOUTS, id, from, to);
        query(
            c,
            ACTIVE,
            id,
            utc(weekStart(slot.start(), BookingDataset.ZONE)),
            utc(weekEnd(slot.end().minusNanos(1), BookingDataset.ZONE)));
        query(
            c,
            RATE_CARD,
            id,
            "SAME_CITY",
            slot.start().atZone(BookingDataset.ZONE).toLocalDate(),
            1);
        c.commit();
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
          if (!rs.next() || !"ACTIVE".equals(rs.getString(1))) {
            c.rollback();
            return 422;
          }
        }
      }
      try (PreparedStatement p = c.prepareStatement(BLACKOUTS)) {
        p.setLong(1, slot.instrument());
        p.setObject(2, utc(start));
        p.setObject(3, utc(end));
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            c.rollback();
            return 422;
          }
        }
      }
      // the service reads from min(start - buffer, week start) to max(end + buffer, week end)
      Instant readFrom = weekStart(start, zone);
      Instant readTo = weekEnd(end.minusNanos(1), zone);
      try (PreparedStatement p = c.prepareStatement(ACTIVE)) {
        p.setLong(1, slot.instrument());
        p.setObject(2, utc(readFrom));
        p.setObject(3, utc(readTo));
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            LocalDateTime s = rs.getObject(35, LocalDateTime.class);
            LocalDateTime e = rs.getObject(16, LocalDateTime.class);
            if (s.isBefore(utc(end)) && utc(start).isBefore(e)) {
              c.rollback();
              return 409;
            }
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

  static Instant weekStart(Instant t, ZoneId zone) {
    return t.atZone(zone)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .atStartOfDay(zone)
        .toInstant();
  }

  static Instant weekEnd(Instant t, ZoneId zone) {
    return t.atZone(zone)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .plusWeeks(1)
        .atStartOfDay(zone)
        .toInstant();
  }
}
