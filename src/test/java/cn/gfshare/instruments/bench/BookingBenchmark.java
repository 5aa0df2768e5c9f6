package cn.gfshare.instruments.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * The booking benchmark (issue 4, "Speed"), one run end to end: starts the packaged service in prod
 * mode against an empty database (its Flyway migrations create the schema), writes the dataset
 * ({@link BookingDataset}), then measures
 *
 * <ol>
 *   <li>the booking transaction itself over plain JDBC ({@link RawBooking}): the limit;
 *   <li>{@code POST /api/v1/reservations} at 1, 8, 32, 64 clients, each request a distinct free
 *       slot on a random instrument, as one of 200 researchers of both cities;
 *   <li>one instrument's availability over 30 days and the cross-city search over 7 days;
 * </ol>
 *
 * and writes a Markdown report. Not a test: bench/booking-benchmark.sh runs it with the test
 * classpath. Settings are system properties {@code bench.*} (see {@link Settings}).
 */
public final class BookingBenchmark {

  /**
   * The Connector/J properties application.properties gives the service
   * (quarkus.datasource.jdbc.additional-jdbc-properties.*): the raw driver uses them too, so both
   * talk to the database the same way.
   */
  static final String SERVICE_JDBC_PROPERTIES =
      "cachePrepStmts=true&prepStmtCacheSize=256&prepStmtCacheSqlLimit=4096";

  private BookingBenchmark() {}

  /** Everything the run can be told, with the defaults the issue asks for. */
  record Settings(
      String dbUrl,
      String dbUser,
      String dbPassword,
      Path dbPidFile,
      Path jar,
      int appPort,
      Path appLog,
      Path appPidFile,
      List<String> appJvmOptions,
      int instruments,
      int reservations,
      int[] levels,
      int httpSeconds,
      int rawSeconds,
      int readSeconds,
      int warmupSeconds,
      Path resultsDir,
      List<String> phases,
      String jdbcParams) {

    /**
     * The URL the service and the raw driver use: the database plus any Connector/J parameters
     * given.
     */
    String serviceDbUrl() {
      return jdbcParams.isBlank() ? dbUrl : dbUrl + (dbUrl.contains("?") ? "&" : "?") + jdbcParams;
    }

    static Settings fromSystemProperties() {
      return new Settings(
          prop("bench.db-url", "jdbc:mysql://127.0.0.1:3398/gf_booking_bench"),
          prop("bench.db-user", "root"),
          prop("bench.db-password", ""),
          Path.of(prop("bench.db-pid-file", "/tmp/gf-booking-bench/mysqld.pid")),
          Path.of(prop("bench.jar", "target/quarkus-app/quarkus-run.jar")),
          Integer.parseInt(prop("bench.app-port", "8097")),
          Path.of(prop("bench.app-log", "/tmp/gf-booking-bench/app.log")),
          Path.of(prop("bench.app-pid-file", "/tmp/gf-booking-bench/app.pid")),
          List.of(prop("bench.app-jvm", "-Xms1g -Xmx1g").trim().split("\\s+")),
          Integer.parseInt(prop("bench.instruments", "10000")),
          Integer.parseInt(prop("bench.reservations", "1000000")),
          Arrays.stream(prop("bench.levels", "1,8,32,64").split(","))
              .map(String::trim)
              .mapToInt(Integer::parseInt)
              .toArray(),
          Integer.parseInt(prop("bench.http-seconds", "20")),
          Integer.parseInt(prop("bench.raw-seconds", "15")),
          Integer.parseInt(prop("bench.read-seconds", "15")),
          Integer.parseInt(prop("bench.warmup-seconds", "30")),
          Path.of(prop("bench.results-dir", "bench/results")),
          List.of(prop("bench.phases", "raw,http,reads").split(",")),
          prop("bench.jdbc-params", SERVICE_JDBC_PROPERTIES).trim());
    }

    private static String prop(String name, String fallback) {
      String v = System.getProperty(name);
      return v == null || v.isBlank() ? fallback : v;
    }
  }

  public static void main(String[] args) throws Exception {
    Settings s = Settings.fromSystemProperties();
    Report report = new Report(s);
    report.loadAtStart = loadAverage();
    report.startedAt = LocalDateTime.now(BookingDataset.ZONE);

    BenchTokens tokens = new BenchTokens();
    ServiceProcess service = new ServiceProcess(s, tokens.publicKeyBase64());
    Runtime.getRuntime().addShutdownHook(new Thread(service::stop));
    try {
      service.start();
      log("service ready on :" + s.appPort() + " (pid " + service.pid() + ")");

      LocalDate today = LocalDate.now(BookingDataset.ZONE);
      BookingDataset data = new BookingDataset(s.instruments(), s.reservations(), today);
      long t0 = System.nanoTime();
      data.write(s.dbUrl(), s.dbUser(), s.dbPassword());
      report.generationSeconds = (System.nanoTime() - t0) / 1e9;
      report.datasetSummary = datasetSummary(s);
      log(
          String.format(
              Locale.ROOT,
              "dataset written in %.1f s: %s",
              report.generationSeconds,
              report.datasetSummary));
      report.serverInfo = serverInfo(s);

      Instant now = Instant.now();
      String[] userTokens = new String[BookingDataset.USERS];
      for (int u = 0; u < userTokens.length; u++) {
        userTokens[u] =
            tokens.researcher(
                BookingDataset.username(u), data.userInstitutionCode(u), now, 4 * 3600);
      }
      Probe probe = new Probe(s.dbUrl(), s.dbUser(), s.dbPassword(), s.dbPidFile(), service.pid());
      HttpLoad http = new HttpLoad("http://127.0.0.1:" + s.appPort(), userTokens, data);
      http.smokeTest();

      if (s.phases().contains("raw")) {
        measureRaw(
            s, new RawBooking(s.serviceDbUrl(), s.dbUser(), s.dbPassword(), data), probe, report);
      }
      if (s.phases().contains("http")) {
        measureBookings(s, http, probe, report);
      }
      if (s.phases().contains("reads")) {
        measureReads(s, http, probe, report);
      }
      report.searchCandidates = http.searchCandidates();
    } finally {
      service.stop();
    }
    report.loadAtEnd = loadAverage();
    report.finishedAt = LocalDateTime.now(BookingDataset.ZONE);
    String md = report.markdown();
    Files.createDirectories(s.resultsDir());
    Path out =
        s.resultsDir()
            .resolve(
                "booking-"
                    + report.startedAt.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"))
                    + ".md");
    Files.writeString(out, md);
    System.out.println();
    System.out.println(md);
    log("results written to " + out);
    System.exit(0);
  }

  /** The limit: the booking transaction over plain JDBC, then the whole request's statements. */
  private static void measureRaw(Settings s, RawBooking raw, Probe probe, Report report)
      throws Exception {
    log("raw JDBC warm-up");
    Load.run(8, 5, raw::worker, null);
    raw.closeConnections();
    for (int n : s.levels()) {
      log("raw JDBC, " + n + " connections, " + s.rawSeconds() + " s");
      report.raw.put(n, Load.run(n, s.rawSeconds(), raw::worker, probe));
      raw.closeConnections();
      log(report.raw.get(n).line());
    }
    log("raw JDBC, every statement of the whole request, 32 connections");
    report.rawFullRequest = Load.run(32, s.rawSeconds(), raw::fullRequestWorker, probe);
    raw.closeConnections();
    log(report.rawFullRequest.line());
  }

  /** POST /api/v1/reservations at each level, then at 32 clients with an Idempotency-Key each. */
  private static void measureBookings(Settings s, HttpLoad http, Probe probe, Report report)
      throws Exception {
    // Every instrument's first booking loads its setup (ResourceSetups): measured on its own, first
    // (its first seconds include the JIT's warm-up), so the levels below measure the steady state
    // of a service that has seen its instruments.
    log("POST /api/v1/reservations, first booking of every instrument, 32 clients");
    report.httpFirst = Load.run(32, 600, http::firstBookingWorker, probe);
    log(report.httpFirst.line());
    log("HTTP booking warm-up, " + s.warmupSeconds() + " s");
    Load.run(8, s.warmupSeconds(), http::bookingWorker, null);
    for (int n : s.levels()) {
      log("POST /api/v1/reservations, " + n + " clients, " + s.httpSeconds() + " s");
      report.http.put(n, Load.run(n, s.httpSeconds(), http::bookingWorker, probe));
      log(report.http.get(n).line());
    }
    log("POST /api/v1/reservations with Idempotency-Key, 32 clients");
    report.httpIdempotent = Load.run(32, s.httpSeconds(), http::idempotentBookingWorker, probe);
    log(report.httpIdempotent.line());
    // the framework's floor for a signed-in request, in the same run: the booking rate over this
    // rate says more than either rate on a shared machine
    log("GET /api/v1/me, 32 clients, " + s.httpSeconds() + " s");
    Load.run(8, Math.min(5, s.warmupSeconds()), http::meWorker, null);
    report.me = Load.run(32, s.httpSeconds(), http::meWorker, probe);
    log(report.me.line());
  }

  private static void measureReads(Settings s, HttpLoad http, Probe probe, Report report)
      throws Exception {
    for (Reads.Kind kind : Reads.Kind.values()) {
      Load.run(4, 5, i -> http.readWorker(kind), null);
      for (int n : new int[] {1, 8}) {
        log(kind.label + ", " + n + " client(s), " + s.readSeconds() + " s");
        Load.Result r = Load.run(n, s.readSeconds(), i -> http.readWorker(kind), probe);
        report.reads.add(new Reads.Row(kind, n, r));
        log(r.line());
      }
    }
  }

  static void log(String message) {
    System.out.println(
        "[bench "
            + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toLocalTime()
            + "] "
            + message);
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException e) {
      return "n/a";
    }
  }

  private static String datasetSummary(Settings s) throws SQLException {
    try (Connection c = DriverManager.getConnection(s.dbUrl(), s.dbUser(), s.dbPassword());
        Statement st = c.createStatement()) {
      Map<String, Long> m = new TreeMap<>();
      for (String q :
          List.of(
              "instruments|SELECT COUNT(*) FROM instrument",
              "instruments GZ|SELECT COUNT(*) FROM bookable_resource WHERE city_code = 'GZ'",
              "instruments FS|SELECT COUNT(*) FROM bookable_resource WHERE city_code = 'FS'",
              "reservations|SELECT COUNT(*) FROM reservation",
              "reservations past|SELECT COUNT(*) FROM reservation WHERE start_at < UTC_TIMESTAMP()",
              "reservations future active|SELECT COUNT(*) FROM reservation WHERE start_at >= UTC_TIMESTAMP()"
                  + " AND status IN ('PENDING_APPROVAL','CONFIRMED','CHECKED_IN')",
              "rate cards|SELECT COUNT(*) FROM rate_card",
              "labs|SELECT COUNT(*) FROM lab",
              "institutions|SELECT COUNT(*) FROM institution",
              "categories|SELECT COUNT(*) FROM category",
              "users with affiliation|SELECT COUNT(*) FROM user_affiliation",
              "blackouts|SELECT COUNT(*) FROM blackout")) {
        String[] p = q.split("\\|");
        try (ResultSet rs = st.executeQuery(p[1])) {
          rs.next();
          m.put(p[0], rs.getLong(1));
        }
      }
      StringBuilder b = new StringBuilder();
      m.forEach(
          (k, v) ->
              b.append(b.length() == 0 ? "" : ", ")
                  .append(k)
                  .append(' ')
                  .append(String.format("%,d", v)));
      return b.toString();
    }
  }

  private static String serverInfo(Settings s) throws SQLException {
    try (Connection c = DriverManager.getConnection(s.dbUrl(), s.dbUser(), s.dbPassword());
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT VERSION(), @@innodb_buffer_pool_size / 1048576,"
                    + " @@innodb_flush_log_at_trx_commit, @@tx_isolation,"
                    + " (SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables"
                    + "  WHERE table_schema = DATABASE() AND table_name = 'reservation')")) {
      rs.next();
      return "MariaDB "
          + rs.getString(1)
          + ", buffer pool "
          + rs.getLong(2)
          + " MB, innodb_flush_log_at_trx_commit="
          + rs.getString(3)
          + " (durable commits), "
          + rs.getString(4)
          + "; reservation table + indexes "
          + rs.getLong(5)
          + " MB";
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The packaged service as a child process: prod profile, tokens verified with a local public key.
   */
  static final class ServiceProcess {
    private final Settings s;
    private final String publicKey;
    private Process process;

    ServiceProcess(Settings s, String publicKey) {
      this.s = s;
      this.publicKey = publicKey;
    }

    long pid() {
      return process.pid();
    }

    void start() throws Exception {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(s.appJvmOptions());
      cmd.add("-jar");
      cmd.add(s.jar().toString());
      ProcessBuilder pb = new ProcessBuilder(cmd);
      Map<String, String> env = pb.environment();
      env.put("QUARKUS_PROFILE", "prod");
      env.put("QUARKUS_HTTP_PORT", String.valueOf(s.appPort()));
      env.put("QUARKUS_DATASOURCE_JDBC_URL", s.serviceDbUrl());
      env.put("QUARKUS_DATASOURCE_USERNAME", s.dbUser());
      env.put("QUARKUS_DATASOURCE_PASSWORD", s.dbPassword());
      // no identity provider: quarkus-oidc verifies the driver's RS256 tokens with this key
      env.put("QUARKUS_OIDC_PUBLIC_KEY", publicKey);
      env.put("QUARKUS_OIDC_TOKEN_ISSUER", BenchTokens.ISSUER);
      env.put("GF_RATE_LIMIT_ENABLED", "false");
      env.put("GF_DEMO_DATA_ENABLED", "false");
      env.putIfAbsent("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
      Files.createDirectories(s.appLog().toAbsolutePath().getParent());
      pb.redirectErrorStream(true);
      pb.redirectOutput(s.appLog().toFile());
      process = pb.start();
      Files.writeString(s.appPidFile(), String.valueOf(process.pid()));
      HttpClient client = HttpClient.newHttpClient();
      URI ready = URI.create("http://127.0.0.1:" + s.appPort() + "/q/health/ready");
      long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "the service exited (" + process.exitValue() + "); see " + s.appLog());
        }
        try {
          if (client
                  .send(
                      HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                  .statusCode()
              == 200) {
            return;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(500);
      }
      throw new IllegalStateException("the service did not become ready; see " + s.appLog());
    }

    synchronized void stop() {
      if (process != null && process.isAlive()) {
        process.destroy();
        try {
          if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      try {
        Files.deleteIfExists(s.appPidFile());
      } catch (IOException e) {
        // best effort
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** The HTTP side: bookings of distinct free slots, and the two reads. */
  static final class HttpLoad {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private final String base;
    private final String[] tokens;
    private final BookingDataset data;
    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    HttpLoad(String base, String[] tokens, BookingDataset data) {
      this.base = base;
      this.tokens = tokens;
      this.data = data;
    }

    private String token() {
      return tokens[ThreadLocalRandom.current().nextInt(tokens.length)];
    }

    private HttpRequest booking(BookingDataset.Slot slot, String idempotencyKey) {
      String body =
          String.format(
              Locale.ROOT,
              "{\"instrumentId\":%d,\"start\":\"%s\",\"end\":\"%s\","
                  + "\"purpose\":\"Benchmark booking\",\"sampleCount\":%d}",
              slot.instrument(),
              ISO.format(OffsetDateTime.ofInstant(slot.start(), BookingDataset.ZONE)),
              ISO.format(OffsetDateTime.ofInstant(slot.end(), BookingDataset.ZONE)),
              ThreadLocalRandom.current().nextInt(4));
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + "/api/v1/reservations"))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + token())
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (idempotencyKey != null) {
        b.header("Idempotency-Key", idempotencyKey);
      }
      return b.build();
    }

    void smokeTest() throws Exception {
      HttpResponse<String> r =
          client.send(booking(data.take(), null), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) {
        throw new IllegalStateException("a booking answered " + r.statusCode() + ": " + r.body());
      }
      for (Reads.Kind k : Reads.Kind.values()) {
        HttpResponse<String> g = client.send(read(k), HttpResponse.BodyHandlers.ofString());
        if (g.statusCode() != 200) {
          throw new IllegalStateException(
              k.label + " answered " + g.statusCode() + ": " + g.body());
        }
      }
      log("smoke test passed: one booking 201, reads 200");
    }

    Load.Worker bookingWorker(int index) {
      return () -> send(booking(data.take(), null));
    }

    Load.Worker firstBookingWorker(int index) {
      return () -> {
        BookingDataset.Slot slot = data.takeFirst();
        return slot == null ? Load.DONE : send(booking(slot, null));
      };
    }

    Load.Worker idempotentBookingWorker(int index) {
      return () -> send(booking(data.take(), UUID.randomUUID().toString()));
    }

    Load.Worker readWorker(Reads.Kind kind) {
      return () -> send(read(kind));
    }

    Load.Worker meWorker(int index) {
      return () ->
          send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                  .timeout(Duration.ofSeconds(60))
                  .header("Authorization", "Bearer " + token())
                  .GET()
                  .build());
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    HttpRequest read(Reads.Kind kind) {
      ThreadLocalRandom rnd = ThreadLocalRandom.current();
      String uri;
      if (kind == Reads.Kind.AVAILABILITY) {
        int instrument;
        do {
          instrument = 1 + rnd.nextInt(data.instruments);
        } while (!BookingDataset.active(instrument));
        OffsetDateTime from =
            OffsetDateTime.now(BookingDataset.ZONE).truncatedTo(ChronoUnit.MINUTES);
        uri =
            base
                + "/api/v1/instruments/"
                + instrument
                + "/availability?from="
                + enc(ISO.format(from))
                + "&to="
                + enc(ISO.format(from.plusDays(30)));
      } else {
        OffsetDateTime from =
            data.today.plusDays(1).atStartOfDay(BookingDataset.ZONE).toOffsetDateTime();
        uri =
            base
                + "/api/v1/availability/search?category="
                + kind.category
                + "&from="
                + enc(ISO.format(from))
                + "&to="
                + enc(ISO.format(from.plusDays(7)))
                + "&durationMinutes=60";
      }
      return HttpRequest.newBuilder(URI.create(uri))
          .timeout(Duration.ofSeconds(60))
          .header("Authorization", "Bearer " + token())
          .GET()
          .build();
    }

    /** How many instruments each searched category holds (the search's candidates). */
    Map<String, Long> searchCandidates() {
      Map<String, Long> m = new TreeMap<>();
      for (int i = 1; i <= data.instruments; i++) {
        if (BookingDataset.active(i)) {
          String leaf = data.categoryOf(i);
          for (Reads.Kind k : Reads.Kind.values()) {
            if (k.category != null && leaf.startsWith(k.category)) {
              m.merge(k.category, 1L, Long::sum);
            }
          }
        }
      }
      return m;
    }

    private static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }

  /** The read endpoints measured. */
  static final class Reads {
    enum Kind {
      AVAILABILITY("GET /instruments/{id}/availability, 30 days", null),
      SEARCH_SUBCATEGORY(
          "GET /availability/search, 7 days, 60 min, category 0101 (both cities)", "0101"),
      SEARCH_TOP_CATEGORY(
          "GET /availability/search, 7 days, 60 min, category 01 (both cities)", "01");

      final String label;
      final String category;

      Kind(String label, String category) {
        this.label = label;
        this.category = category;
      }
    }

    record Row(Kind kind, int clients, Load.Result result) {}
  }

  /** CPU and statement counters around a measured phase. */
  static final class Probe {
    private final String url;
    private final String user;
    private final String password;
    private final long dbPid;
    private final long appPid;

    Probe(String url, String user, String password, Path dbPidFile, long appPid)
        throws IOException {
      this.url = url;
      this.user = user;
      this.password = password;
      this.dbPid = Long.parseLong(Files.readString(dbPidFile).trim());
      this.appPid = appPid;
    }

    record Sample(
        long questions,
        long lockWaits,
        long dbTicks,
        long appTicks,
        long selfTicks,
        long machineBusy,
        long machineTotal) {}

    Sample sample() {
      long questions = -1;
      long lockWaits = -1;
      try (Connection c = DriverManager.getConnection(url, user, password);
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Innodb_row_lock_waits')")) {
        while (rs.next()) {
          if (rs.getString(1).equalsIgnoreCase("Questions")) {
            questions = rs.getLong(2);
          } else {
            lockWaits = rs.getLong(2);
          }
        }
      } catch (SQLException e) {
        // leave them unknown
      }
      long[] machine = machineTicks();
      return new Sample(
          questions,
          lockWaits,
          ticks(dbPid),
          ticks(appPid),
          ticks(ProcessHandle.current().pid()),
          machine[0],
          machine[1]);
    }

    /** utime + stime of a process, in clock ticks (1/100 s on Linux). */
    private static long ticks(long pid) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }

    private static long[] machineTicks() {
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
          total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[] {total - idle, total};
      } catch (IOException | RuntimeException e) {
        return new long[] {-1, -1};
      }
    }
  }

  /** Closed-loop load: n workers, each doing one operation after another for a fixed time. */
  static final class Load {
    /** A worker's answer when it has nothing left to do: it stops, and the call is not counted. */
    static final int DONE = Integer.MIN_VALUE;

    interface Worker {
      /** One operation; returns its outcome (an HTTP status, or 0 for a committed transaction). */
      int call() throws Exception;
    }

    record Result(
        int workers,
        long operations,
        double seconds,
        long[] sortedNanos,
        Map<Integer, Long> outcomes,
        Probe.Sample before,
        Probe.Sample after) {

      double perSecond() {
        return operations / seconds;
      }

      double percentileMs(double p) {
        if (sortedNanos.length == 0) {
          return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
      }

      long count(int outcome) {
        return outcomes.getOrDefault(outcome, 0L);
      }

      long others(int... known) {
        long n = 0;
        outer:
        for (Map.Entry<Integer, Long> e : outcomes.entrySet()) {
          for (int k : known) {
            if (e.getKey() == k) {
              continue outer;
            }
          }
          n += e.getValue();
        }
        return n;
      }

      /** Statements the server received per operation (SHOW GLOBAL STATUS 'Questions'). */
      double statementsPerOp() {
        return before == null || before.questions() < 0
            ? Double.NaN
            : (after.questions() - before.questions() - 1) / (double) operations;
      }

      /** Row lock waits InnoDB counted during the phase (Innodb_row_lock_waits). */
      long lockWaits() {
        return before == null || before.lockWaits() < 0
            ? -1
            : after.lockWaits() - before.lockWaits();
      }

      /** CPU milliseconds per operation of one process, from /proc ticks (10 ms each). */
      double cpuMsPerOp(java.util.function.ToLongFunction<Probe.Sample> f) {
        if (before == null || f.applyAsLong(before) < 0 || f.applyAsLong(after) < 0) {
          return Double.NaN;
        }
        return (f.applyAsLong(after) - f.applyAsLong(before)) * 10.0 / operations;
      }

      double machineBusyPercent() {
        if (before == null || before.machineTotal() < 0) {
          return Double.NaN;
        }
        return 100.0
            * (after.machineBusy() - before.machineBusy())
            / (after.machineTotal() - before.machineTotal());
      }

      String line() {
        return String.format(
            Locale.ROOT,
            "  %d workers: %d ops, %.1f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                + " outcomes %s, statements/op %.1f, machine CPU busy %.0f %%",
            workers,
            operations,
            perSecond(),
            percentileMs(50),
            percentileMs(95),
            percentileMs(99),
            outcomes,
            statementsPerOp(),
            machineBusyPercent());
      }
    }

    static Result run(int workers, int seconds, IntFunction<Worker> factory, Probe probe)
        throws Exception {
      Worker[] ws = new Worker[workers];
      for (int i = 0; i < workers; i++) {
        ws[i] = factory.apply(i);
      }
      long[][] lat = new long[workers][];
      int[] counts = new int[workers];
      @SuppressWarnings("unchecked")
      Map<Integer, Long>[] outcomes = new Map[workers];
      Throwable[] failure = new Throwable[1];
      Probe.Sample before = probe == null ? null : probe.sample();
      long start = System.nanoTime();
      long deadline = start + seconds * 1_000_000_000L;
      Thread[] threads = new Thread[workers];
      for (int i = 0; i < workers; i++) {
        int w = i;
        lat[w] = new long[4096];
        outcomes[w] = new TreeMap<>();
        threads[w] =
            new Thread(
                () -> {
                  try {
                    while (System.nanoTime() < deadline) {
                      long t = System.nanoTime();
                      int outcome = ws[w].call();
                      if (outcome == DONE) {
                        break;
                      }
                      long d = System.nanoTime() - t;
                      if (counts[w] == lat[w].length) {
                        lat[w] = Arrays.copyOf(lat[w], lat[w].length * 2);
                      }
                      lat[w][counts[w]++] = d;
                      outcomes[w].merge(outcome, 1L, Long::sum);
                    }
                  } catch (Throwable e) {
                    synchronized (failure) {
                      failure[0] = e;
                    }
                  }
                },
                "load-" + w);
        threads[w].start();
      }
      for (Thread t : threads) {
        t.join();
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      Probe.Sample after = probe == null ? null : probe.sample();
      if (failure[0] != null) {
        throw new IllegalStateException("a worker failed", failure[0]);
      }
      int total = 0;
      for (int c : counts) {
        total += c;
      }
      long[] all = new long[total];
      int at = 0;
      Map<Integer, Long> merged = new TreeMap<>();
      for (int w = 0; w < workers; w++) {
        System.arraycopy(lat[w], 0, all, at, counts[w]);
        at += counts[w];
        outcomes[w].forEach((k, v) -> merged.merge(k, v, Long::sum));
      }
      Arrays.sort(all);
      return new Result(workers, total, elapsed, all, merged, before, after);
    }
  }
}
