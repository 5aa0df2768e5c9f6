package cn.gfshare.instruments.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gfshare.instruments.common.idempotency.IdempotencyRecord;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POST /api/v1/reservations. */
@QuarkusTest
class IdempotencyKeyTest {

  private static long instrument() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    CatalogFixtures.openAllWeek(id);
    return id;
  }

  private static Response post(String token, String key, String body) {
    return given()
        .auth()
        .oauth2(token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/reservations");
  }

  private static long count(long instrument) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("instrumentId", instrument)
        .get("/api/v1/reservations")
        .then()
        .extract()
        .jsonPath()
        .getLong("total");
  }

  @Test
  void sameKeyAndBodyReturnTheOriginalResponse() {
    long id = instrument();
    String key = UUID.randomUUID().toString();
    String body =
        Slots.booking(
            id, Slots.iso(Slots.SHANGHAI, 3, "10:00"), Slots.iso(Slots.SHANGHAI, 3, "11:00"));
    Response first = post(Tokens.researcherGz(), key, body);
    first.then().statusCode(201);
    Response again = post(Tokens.researcherGz(), key, body);
    again.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(again.body().asString()).isEqualTo(first.body().asString());
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(count(id)).isEqualTo(1);
  }

  @Test
  void sameKeyWithAnotherBodyIs422() {
    long id = instrument();
    String key = UUID.randomUUID().toString();
    post(
            Tokens.researcherGz(),
            key,
            Slots.booking(
                id, Slots.iso(Slots.SHANGHAI, 3, "10:00"), Slots.iso(Slots.SHANGHAI, 3, "11:00")))
        .then()
        .statusCode(201);
    post(
            Tokens.researcherGz(),
            key,
            Slots.booking(
                id, Slots.iso(Slots.SHANGHAI, 3, "12:00"), Slots.iso(Slots.SHANGHAI, 3, "13:00")))
        .then()
        .statusCode(422)
        .body("rule", equalTo("idempotency-key-reused"));
    assertThat(count(id)).isEqualTo(1);
  }

  @Test
  void keysBelongToTheirUser() {
    long id = instrument();
    String key = UUID.randomUUID().toString();
    post(
            Tokens.researcherGz(),
            key,
            Slots.booking(
                id, Slots.iso(Slots.SHANGHAI, 3, "10:00"), Slots.iso(Slots.SHANGHAI, 3, "11:00")))
        .then()
        .statusCode(201);
    post(
            Tokens.researcherFs(),
            key,
            Slots.booking(
                id, Slots.iso(Slots.SHANGHAI, 3, "12:00"), Slots.iso(Slots.SHANGHAI, 3, "13:00")))
        .then()
        .statusCode(201);
  }

  @Test
  void aFailedRequestLeavesTheKeyFreeForARetry() {
    long id = instrument();
    String key = UUID.randomUUID().toString();
    String body =
        Slots.booking(
            id, Slots.iso(Slots.SHANGHAI, 30, "10:00"), Slots.iso(Slots.SHANGHAI, 30, "11:00"));
    post(Tokens.researcherGz(), key, body).then().statusCode(422).body("rule", equalTo("horizon"));
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().horizon(60).build());
    post(Tokens.researcherGz(), key, body).then().statusCode(201);
  }

  @Test
  void expiredKeysAreForgotten() {
    long id = instrument();
    String key = UUID.randomUUID().toString();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              IdempotencyRecord r = new IdempotencyRecord();
              r.username = "researcher-gz";
              r.key = key;
              r.requestHash = "0".repeat(64);
              r.result = "{}";
              r.createdAt = Instant.now().minus(2, ChronoUnit.DAYS);
              r.expiresAt = Instant.now().minus(1, ChronoUnit.DAYS);
              r.persist();
            });
    post(
            Tokens.researcherGz(),
            key,
            Slots.booking(
                id, Slots.iso(Slots.SHANGHAI, 3, "10:00"), Slots.iso(Slots.SHANGHAI, 3, "11:00")))
        .then()
        .statusCode(201);
  }

  @Test
  void malformedKeyIs422() {
    long id = instrument();
    post(
            Tokens.researcherGz(),
            "x".repeat(201),
            Slots.booking(
                id, Slots.iso(Slots.SHANGHAI, 3, "10:00"), Slots.iso(Slots.SHANGHAI, 3, "11:00")))
        .then()
        .statusCode(422)
        .body("rule", equalTo("idempotency-key-format"));
  }

  @Test
  void concurrentRetriesWithOneKeyCreateOneReservation() throws Exception {
    long id = instrument();
    String key = UUID.randomUUID().toString();
    String token = Tokens.researcherGz();
    String body =
        Slots.booking(
            id, Slots.iso(Slots.SHANGHAI, 3, "10:00"), Slots.iso(Slots.SHANGHAI, 3, "11:00"));
    int n = 12;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Response>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return post(token, key, body);
                }));
      }
      go.countDown();
      Set<String> bodies = new HashSet<>();
      for (Future<Response> f : futures) {
        Response r = f.get();
        assertThat(r.statusCode()).as(r.body().asString()).isEqualTo(201);
        bodies.add(r.body().asString());
      }
      assertThat(bodies).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(count(id)).isEqualTo(1);
  }
}
