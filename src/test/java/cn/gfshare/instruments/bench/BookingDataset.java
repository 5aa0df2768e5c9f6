package cn.gfshare.instruments.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark's dataset, written with batched multi-row INSERTs straight into the schema the
 * service's Flyway migrations created (including the shipped category tree, of which it uses 30
 * leaves): 12 institutions (6 per city), 100 labs, {@code instruments} instruments with booking
 * rules (60-day horizon, no quotas, half with published split-shift hours), rate cards for every
 * tier, a few blackout days, 200 researchers with affiliations in both cities, and {@code
 * reservations} reservations: 60 % in the last 180 days (completed, cancelled, no-show, expired),
 * 40 % in the next 42 days (confirmed, pending approval, some cancelled), never overlapping on one
 * instrument.
 *
 * <p>It remembers which half-hour cells of each instrument's days it filled, so {@link #take()}
 * hands out free one-hour slots inside opening hours that no one else has been given: the load
 * phases book distinct free slots and conflicts stay rare.
 */
final class BookingDataset {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final int PAST_DAYS = 180;
  static final int FUTURE_DAYS = 42;
  static final int HORIZON_DAYS = 60;
  static final int USERS = 200;
  static final int LABS = 100;
  static final String[] TIERS = {"INTERNAL", "SAME_CITY", "CROSS_CITY", "ENTERPRISE"};

  /** code, city, type, English name. Index + 1 is the id. */
  static final String[][] INSTITUTIONS = {
    {"BGZ-UNI1", "GZ", "UNIVERSITY", "Guangzhou University of Science"},
    {"BGZ-UNI2", "GZ", "UNIVERSITY", "Pearl River Technical University"},
    {"BGZ-RI", "GZ", "RESEARCH_INSTITUTE", "Guangzhou Institute of Materials"},
    {"BGZ-PLAB", "GZ", "PROVINCIAL_LAB", "Guangzhou Provincial Laboratory"},
    {"BGZ-HOSP", "GZ", "HOSPITAL", "Guangzhou Research Hospital"},
    {"BGZ-ENT", "GZ", "ENTERPRISE", "Guangzhou Photonics Co."},
    {"BFS-UNI", "FS", "UNIVERSITY", "Foshan University of Technology"},
    {"BFS-RI", "FS", "RESEARCH_INSTITUTE", "Foshan Institute of Advanced Manufacturing"},
    {"BFS-NRD", "FS", "NEW_RD_INSTITUTION", "Foshan New R&D Institute"},
    {"BFS-PLAB", "FS", "PROVINCIAL_LAB", "Jihua Provincial Laboratory"},
    {"BFS-HOSP", "FS", "HOSPITAL", "Foshan Research Hospital"},
    {"BFS-ENT", "FS", "ENTERPRISE", "Foshan Ceramics Co."},
  };

  private static final String[] TOP = {"01", "02", "03", "04", "05"};
  // half-hour cells of a local day: bit k is [k*30 min, (k+1)*30 min)
  private static final long DEFAULT_HOURS = cells(9 * 60, 18 * 60);
  private static final long SPLIT_SHIFT = cells(8 * 60, 12 * 60) | cells(13 * 60, 21 * 60);

  final int instruments;
  final int reservations;
  final LocalDate today;
  final List<String> leaves = new ArrayList<>();
  private final long[][] taken; // [instrument - 1][day + PAST_DAYS]
  private final Random random = new Random(20261126L);
  private final int[] userInstitution = new int[USERS]; // index into INSTITUTIONS

  BookingDataset(int instruments, int reservations, LocalDate today) {
    this.instruments = instruments;
    this.reservations = reservations;
    this.today = today;
    this.taken = new long[instruments][PAST_DAYS + FUTURE_DAYS + 1];
    for (int u = 0; u < USERS; u++) {
      userInstitution[u] = u % INSTITUTIONS.length;
    }
  }

  static String username(int u) {
    return String.format("bench-user-%03d", u + 1);
  }

  String userInstitutionCode(int u) {
    return INSTITUTIONS[userInstitution[u]][0];
  }

  static int labOf(int instrument) {
    return (instrument - 1) % LABS + 1;
  }

  /**
   * Labs 1-50 are in Guangzhou, 51-100 in Foshan, each of one of its city's five non-enterprise
   * institutions.
   */
  static int institutionOfLab(int lab) {
    return lab <= LABS / 2 ? (lab - 1) % 5 + 1 : 7 + (lab - 1) % 5;
  }

  static String cityOfInstitution(int id) {
    return INSTITUTIONS[id - 1][1];
  }

  String categoryOf(int instrument) {
    return leaves.get(instrument * 7 % leaves.size());
  }

  static boolean customHours(int instrument) {
    return instrument % 2 == 0;
  }

  static boolean approval(int instrument) {
    return instrument % 10 == 3;
  }

  static boolean active(int instrument) {
    return instrument % 50 != 13;
  }

  /** A full-day blackout in the next weeks for one instrument in twenty. */
  static int blackoutDay(int instrument) {
    return instrument % 20 == 7 ? 1 + instrument % FUTURE_DAYS : Integer.MIN_VALUE;
  }

  long openCells(int instrument, LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    if (customHours(instrument)) {
      return d == DayOfWeek.SUNDAY ? 0 : SPLIT_SHIFT;
    }
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? 0 : DEFAULT_HOURS;
  }

  private static long cells(int fromMinute, int toMinute) {
    long m = 0;
    for (int k = fromMinute / 30; k < toMinute / 30; k++) {
      m |= 1L << k;
    }
    return m;
  }

  Instant at(int dayOffset, int cell) {
    return today.plusDays(dayOffset).atStartOfDay(ZONE).plusMinutes(30L * cell).toInstant();
  }

  /**
   * A free one-hour slot inside opening hours, on a random active instrument, tomorrow or later.
   */
  record Slot(int instrument, Instant start, Instant end) {}

  private int firstCursor;

  /**
   * A free slot on the next active instrument in id order, or null once every instrument had one:
   * the service's first booking of each instrument, whose setup is not in memory yet.
   */
  synchronized Slot takeFirst() {
    while (firstCursor < instruments) {
      int i = ++firstCursor;
      if (!active(i)) {
        continue;
      }
      for (int attempt = 0; attempt < 1000; attempt++) {
        int day = 1 + random.nextInt(FUTURE_DAYS);
        if (day == blackoutDay(i)) {
          continue;
        }
        long free = openCells(i, today.plusDays(day)) & ~taken[i - 1][day + PAST_DAYS];
        long pairs = free & (free >>> 1);
        if (pairs != 0) {
          int k = nthSetBit(pairs, random.nextInt(Long.bitCount(pairs)));
          taken[i - 1][day + PAST_DAYS] |= 3L << k;
          return new Slot(i, at(day, k), at(day, k + 2));
        }
      }
    }
    return null;
  }

  synchronized Slot take() {
    for (int attempt = 0; attempt < 1_000_000; attempt++) {
      int i = 1 + random.nextInt(instruments);
      int day = 1 + random.nextInt(FUTURE_DAYS);
      if (!active(i) || day == blackoutDay(i)) {
        continue;
      }
      long free = openCells(i, today.plusDays(day)) & ~taken[i - 1][day + PAST_DAYS];
      long pairs = free & (free >>> 1);
      if (pairs == 0) {
        continue;
      }
      int k = nthSetBit(pairs, random.nextInt(Long.bitCount(pairs)));
      taken[i - 1][day + PAST_DAYS] |= 3L << k;
      return new Slot(i, at(day, k), at(day, k + 2));
    }
    throw new IllegalStateException("no free slot left");
  }

  private static int nthSetBit(long bits, int n) {
    long b = bits;
    for (int i = 0; i < n; i++) {
      b &= b - 1;
    }
    return Long.numberOfTrailingZeros(b);
  }

  // ---------------------------------------------------------------------------------------------

  void write(String jdbcUrl, String user, String password) throws Exception {
    String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET foreign_key_checks = 0");
        s.execute("SET unique_checks = 0");
      }
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
      chooseLeaves(c);
      insertCatalog(c, now);
      c.commit();
    }
    // reservations in two halves on two connections: the server does most of the work
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      int half = instruments / 2;
      List<Future<?>> parts =
          List.of(
              pool.submit(() -> insertReservations(url, user, password, 1, half, new Random(1))),
              pool.submit(
                  () ->
                      insertReservations(
                          url, user, password, half + 1, instruments, new Random(2))));
      for (Future<?> f : parts) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute(
          "ANALYZE TABLE reservation, bookable_resource, instrument, rate_card, booking_rules, opening_hours");
    }
  }

  /**
   * The leaf categories instruments are spread over, from the tree the migrations ship: under each
   * of the first five top-level classes, the first three second-level classes with two leaves each,
   * so "0101" holds 1/15 of the instruments and "01" a fifth, as the search phases expect.
   */
  private void chooseLeaves(Connection c) throws SQLException {
    java.util.Map<String, List<String>> byMid = new java.util.TreeMap<>();
    try (Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT code, parent_code FROM category WHERE level = 3 ORDER BY code")) {
      while (rs.next()) {
        byMid.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
      }
    }
    leaves.clear();
    for (String top : TOP) {
      byMid.entrySet().stream()
          .filter(e -> e.getKey().startsWith(top) && e.getValue().size() >= 2)
          .limit(3)
          .forEach(e -> leaves.addAll(e.getValue().subList(0, 2)));
    }
    if (leaves.isEmpty()) {
      throw new IllegalStateException("The migrations shipped no category tree");
    }
  }

  private void insertCatalog(Connection c, LocalDateTime now) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO institution (id, code, name_zh, name_en, city_code, type,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
      for (int i = 0; i < INSTITUTIONS.length; i++) {
        String[] x = INSTITUTIONS[i];
        p.setLong(1, i + 1);
        p.setString(2, x[0]);
        p.setString(3, "基准" + x[3]);
        p.setString(4, x[3]);
        p.setString(5, x[1]);
        p.setString(6, x[2]);
        p.setObject(7, now);
        p.setObject(8, now);
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO user_affiliation (username, institution_id, updated_at,"
                + " updated_by) VALUES (?, ?, ?, 'bench')")) {
      for (int u = 0; u < USERS; u++) {
        p.setString(1, username(u));
        p.setLong(2, userInstitution[u] + 1);
        p.setObject(3, now);
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement lab =
            c.prepareStatement(
                "INSERT INTO lab (id, code, institution_id, name_zh, name_en,"
                    + " time_zone, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'Asia/Shanghai', 0, ?, ?)");
        PreparedStatement mgr =
            c.prepareStatement("INSERT INTO lab_manager (lab_id, username) VALUES (?, ?)")) {
      for (int l = 1; l <= LABS; l++) {
        lab.setLong(1, l);
        lab.setString(2, String.format("BLAB-%03d", l));
        lab.setLong(3, institutionOfLab(l));
        lab.setString(4, "基准实验室" + l);
        lab.setString(5, "Bench lab " + l);
        lab.setObject(6, now);
        lab.setObject(7, now);
        lab.addBatch();
        mgr.setLong(1, l);
        mgr.setString(2, String.format("bench-manager-%03d", l));
        mgr.addBatch();
      }
      lab.executeBatch();
      mgr.executeBatch();
    }
    insertInstruments(c, now);
  }

  private void insertInstruments(Connection c, LocalDateTime now) throws SQLException {
    LocalDate cardsFrom = today.minusDays(400);
    LocalDate newCardsFrom = today.minusDays(30);
    try (PreparedStatement res =
            c.prepareStatement(
                "INSERT INTO bookable_resource (id, kind, lab_id, institution_id,"
                    + " city_code, version, created_at, updated_at) VALUES (?, 'INSTRUMENT', ?, ?, ?, 0, ?, ?)");
        PreparedStatement ins =
            c.prepareStatement(
                "INSERT INTO instrument (id, code, name_zh, name_en, model,"
                    + " manufacturer, category_code, value_cny, large, acquisition_year, status, location, requires_approval,"
                    + " qualification_required, operator_assisted, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?,"
                    + " ?, FALSE, ?, ?)");
        PreparedStatement rules =
            c.prepareStatement(
                "INSERT INTO booking_rules (resource_id, custom_hours,"
                    + " horizon_days, version, updated_at, updated_by) VALUES (?, ?, ?, 0, ?, 'bench')");
        PreparedStatement hours =
            c.prepareStatement(
                "INSERT INTO opening_hours (resource_id, day_of_week,"
                    + " start_minute, end_minute) VALUES (?, ?, ?, ?)");
        PreparedStatement cards =
            c.prepareStatement(
                "INSERT INTO rate_card (id, resource_id, tier, effective_from,"
                    + " per_hour, per_sample, per_operator_hour, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench')");
        PreparedStatement blackout =
            c.prepareStatement(
                "INSERT INTO blackout (resource_id, start_at, end_at, reason,"
                    + " created_at, created_by) VALUES (?, ?, ?, 'Annual maintenance', ?, 'bench')")) {
      String[] makers = {
        "Bruker", "Thermo Fisher", "Agilent", "Shimadzu", "Zeiss", "JEOL", "Hitachi", "Malvern"
      };
      for (int i = 1; i <= instruments; i++) {
        int lab = labOf(i);
        int inst = institutionOfLab(lab);
        res.setLong(1, i);
        res.setLong(2, lab);
        res.setLong(3, inst);
        res.setString(4, cityOfInstitution(inst));
        res.setObject(5, now);
        res.setObject(6, now);
        res.addBatch();
        String maker = makers[i % makers.length];
        String model = "M-" + (1000 + i % 97);
        ins.setLong(1, i);
        ins.setString(2, String.format("BI-%05d", i));
        ins.setString(3, "基准仪器" + i);
        ins.setString(4, "Bench instrument " + i);
        ins.setString(5, model);
        ins.setString(6, maker);
        ins.setString(7, categoryOf(i));
        ins.setBigDecimal(8, BigDecimal.valueOf(600_000L + i * 1_000L, 0).setScale(2));
        ins.setInt(9, 2010 + i % 15);
        ins.setString(10, active(i) ? "ACTIVE" : "MAINTENANCE");
        ins.setString(11, "Room " + (100 + i % 400));
        ins.setBoolean(12, approval(i));
        ins.setBoolean(13, i % 4 == 1);
        ins.setString(
            14, ("基准仪器" + i + " bench instrument " + i + " " + model + " " + maker).toLowerCase());
        ins.addBatch();
        rules.setLong(1, i);
        rules.setBoolean(2, customHours(i));
        rules.setInt(3, HORIZON_DAYS);
        rules.setObject(4, now);
        rules.addBatch();
        if (customHours(i)) {
          for (int d = 1; d <= 6; d++) {
            shift(hours, i, d, 8 * 60, 12 * 60);
            shift(hours, i, d, 13 * 60, 21 * 60);
          }
        }
        for (int t = 0; t < TIERS.length; t++) {
          card(cards, cardId(i, t, false), i, t, cardsFrom, BigDecimal.ONE, now);
          if (i % 5 == 0) {
            card(cards, cardId(i, t, true), i, t, newCardsFrom, new BigDecimal("1.10"), now);
          }
        }
        int b = blackoutDay(i);
        if (b != Integer.MIN_VALUE) {
          blackout.setLong(1, i);
          blackout.setObject(2, utc(at(b, 0)));
          blackout.setObject(3, utc(at(b + 1, 0)));
          blackout.setObject(4, now);
          blackout.addBatch();
          taken[i - 1][b + PAST_DAYS] = -1L;
        }
        if (i % 500 == 0) {
          res.executeBatch();
          ins.executeBatch();
          rules.executeBatch();
          hours.executeBatch();
          cards.executeBatch();
          blackout.executeBatch();
        }
      }
      res.executeBatch();
      ins.executeBatch();
      rules.executeBatch();
      hours.executeBatch();
      cards.executeBatch();
      blackout.executeBatch();
    }
  }

  private static void shift(PreparedStatement p, int i, int day, int from, int to)
      throws SQLException {
    p.setLong(1, i);
    p.setInt(2, day);
    p.setInt(3, from);
    p.setInt(4, to);
    p.addBatch();
  }

  private long cardId(int instrument, int tier, boolean newer) {
    return newer
        ? 4L * instruments + (instrument / 5 - 1) * 4L + tier + 1
        : (instrument - 1) * 4L + tier + 1;
  }

  static BigDecimal perHour(int instrument, int tier, boolean newer) {
    BigDecimal base = BigDecimal.valueOf(200 + instrument % 7 * 50);
    BigDecimal factor = new BigDecimal(new String[] {"1.0", "1.5", "1.8", "2.5"}[tier]);
    BigDecimal p = base.multiply(factor);
    return (newer ? p.multiply(new BigDecimal("1.10")) : p).setScale(2, RoundingMode.HALF_UP);
  }

  private void card(
      PreparedStatement p,
      long id,
      int instrument,
      int tier,
      LocalDate from,
      BigDecimal factor,
      LocalDateTime now)
      throws SQLException {
    p.setLong(1, id);
    p.setLong(2, instrument);
    p.setString(3, TIERS[tier]);
    p.setObject(4, from);
    p.setBigDecimal(5, perHour(instrument, tier, factor.compareTo(BigDecimal.ONE) != 0));
    p.setBigDecimal(6, new BigDecimal("20.00").multiply(factor).setScale(2, RoundingMode.HALF_UP));
    p.setBigDecimal(7, new BigDecimal("100.00").multiply(factor).setScale(2, RoundingMode.HALF_UP));
    p.setObject(8, now);
    p.addBatch();
  }

  static LocalDateTime utc(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  static int tierOf(int userInstitutionIndex, int resourceInstitutionId) {
    String[] u = INSTITUTIONS[userInstitutionIndex];
    if (userInstitutionIndex + 1 == resourceInstitutionId) {
      return 0;
    }
    if (u[2].equals("ENTERPRISE")) {
      return 3;
    }
    return u[1].equals(cityOfInstitution(resourceInstitutionId)) ? 1 : 2;
  }

  private static final String INSERT_RESERVATION =
      "INSERT INTO reservation (resource_id, lab_id, owner_institution_id,"
          + " resource_city_code, time_zone, start_at, end_at, status, booker_username, booker_institution_id,"
          + " booker_city_code, price_tier, cross_city, external, purpose, sample_count, operator_assisted, rate_card_id,"
          + " price_estimate, created_at, approved_at, approved_by, cancelled_at, cancelled_by, late_cancellation,"
          + " checked_in_at, checked_in_by, checked_out_at, checked_out_by, usage_start_at, usage_end_at, usage_samples,"
          + " expired_at, no_show_at, updated_at, version) VALUES (?, ?, ?, ?, 'Asia/Shanghai', ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

  private static final String[] PURPOSES = {
    "XRD of thin films",
    "Protein structure screening",
    "SEM imaging of fracture" + " surfaces",
    "Trace metal analysis",
    "NMR of synthesis products",
    "Particle size distribution",
    "Thermal analysis of polymers",
    "Mass spectrometry of metabolites"
  };

  /**
   * Reservations of instruments [from, to]: per instrument 60 % past and 40 % future, none
   * overlapping.
   */
  private Void insertReservations(
      String url, String user, String password, int from, int to, Random rnd) throws SQLException {
    int perInstrument = reservations / instruments;
    int future = perInstrument * 2 / 5;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET foreign_key_checks = 0");
        s.execute("SET unique_checks = 0");
      }
      try (PreparedStatement p = c.prepareStatement(INSERT_RESERVATION)) {
        int rows = 0;
        for (int i = from; i <= to; i++) {
          for (int n = 0; n < perInstrument; n++) {
            boolean past = n >= future;
            int day;
            int cell;
            int length;
            int attempts = 0;
            while (true) {
              day = past ? -1 - rnd.nextInt(PAST_DAYS) : 1 + rnd.nextInt(FUTURE_DAYS);
              length = 1 + rnd.nextInt(4);
              long free = openCells(i, today.plusDays(day)) & ~taken[i - 1][day + PAST_DAYS];
              long fits = free;
              for (int k = 1; k < length; k++) {
                fits &= free >>> k;
              }
              if (fits != 0) {
                cell = nthSetBit(fits, rnd.nextInt(Long.bitCount(fits)));
                taken[i - 1][day + PAST_DAYS] |= ((1L << length) - 1) << cell;
                break;
              }
              if (++attempts > 10_000) {
                throw new IllegalStateException("instrument " + i + " is full");
              }
            }
            bindReservation(p, rnd, i, day, cell, length);
            p.addBatch();
            if (++rows % 2_000 == 0) {
              p.executeBatch();
            }
            if (rows % 20_000 == 0) {
              c.commit();
            }
          }
        }
        p.executeBatch();
        c.commit();
      }
    }
    return null;
  }

  private void bindReservation(
      PreparedStatement p, Random rnd, int i, int day, int cell, int length) throws SQLException {
    int lab = labOf(i);
    int owner = institutionOfLab(lab);
    String city = cityOfInstitution(owner);
    int u = rnd.nextInt(USERS);
    int ui = userInstitution[u];
    String uCity = INSTITUTIONS[ui][1];
    int tier = tierOf(ui, owner);
    Instant start = at(day, cell);
    Instant end = at(day, cell + length);
    LocalDate date = today.plusDays(day);
    boolean newer = i % 5 == 0 && !date.isBefore(today.minusDays(30));
    int samples = rnd.nextInt(6);
    BigDecimal hours =
        BigDecimal.valueOf(length * 30L).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    BigDecimal perSample = newer ? new BigDecimal("22.00") : new BigDecimal("20.00");
    BigDecimal price =
        perHour(i, tier, newer)
            .multiply(hours)
            .add(perSample.multiply(BigDecimal.valueOf(samples)))
            .setScale(2, RoundingMode.HALF_UP);
    Instant created = start.minusSeconds(3600L * (24 + rnd.nextInt(24 * 20)));
    String status;
    int r = rnd.nextInt(100);
    if (day < 0) {
      status = r < 86 ? "COMPLETED" : r < 94 ? "CANCELLED" : r < 98 ? "NO_SHOW" : "EXPIRED";
    } else {
      status = r < 7 ? "CANCELLED" : approval(i) && r < 60 ? "PENDING_APPROVAL" : "CONFIRMED";
    }
    String booker = username(u);
    int k = 1;
    p.setLong(k++, i);
    p.setLong(k++, lab);
    p.setLong(k++, owner);
    p.setString(k++, city);
    p.setObject(k++, utc(start));
    p.setObject(k++, utc(end));
    p.setString(k++, status);
    p.setString(k++, booker);
    p.setLong(k++, ui + 1);
    p.setString(k++, uCity);
    p.setString(k++, TIERS[tier]);
    p.setBoolean(k++, !uCity.equals(city));
    p.setBoolean(k++, ui + 1 != owner);
    p.setString(k++, PURPOSES[rnd.nextInt(PURPOSES.length)]);
    p.setInt(k++, samples);
    p.setLong(k++, cardId(i, tier, newer));
    p.setBigDecimal(k++, price);
    p.setObject(k++, utc(created));
    boolean approved = !status.equals("PENDING_APPROVAL") && !status.equals("EXPIRED");
    nullable(p, k++, approved ? utc(created.plusSeconds(600)) : null);
    nullableText(
        p,
        k++,
        approved ? (approval(i) ? String.format("bench-manager-%03d", lab) : booker) : null);
    boolean cancelled = status.equals("CANCELLED");
    nullable(p, k++, cancelled ? utc(start.minusSeconds(86_400L * 2)) : null);
    nullableText(p, k++, cancelled ? booker : null);
    boolean completed = status.equals("COMPLETED");
    nullable(p, k++, completed ? utc(start) : null);
    nullableText(p, k++, completed ? booker : null);
    nullable(p, k++, completed ? utc(end) : null);
    nullableText(p, k++, completed ? booker : null);
    nullable(p, k++, completed ? utc(start) : null);
    nullable(p, k++, completed ? utc(end) : null);
    if (completed) {
      p.setInt(k++, samples);
    } else {
      p.setNull(k++, Types.INTEGER);
    }
    nullable(p, k++, status.equals("EXPIRED") ? utc(start) : null);
    nullable(p, k++, status.equals("NO_SHOW") ? utc(end) : null);
    p.setObject(k, utc(completed ? end : created));
  }

  private static void nullable(PreparedStatement p, int k, LocalDateTime v) throws SQLException {
    if (v == null) {
      p.setNull(k, Types.TIMESTAMP);
    } else {
      p.setObject(k, v);
    }
  }

  private static void nullableText(PreparedStatement p, int k, String v) throws SQLException {
    if (v == null) {
      p.setNull(k, Types.VARCHAR);
    } else {
      p.setString(k, v);
    }
  }
}
