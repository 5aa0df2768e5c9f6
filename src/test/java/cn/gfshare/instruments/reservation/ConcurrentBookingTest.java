package cn.gfshare.instruments.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The double-booking proof: many simultaneous overlapping requests, exactly one reservation. */
@QuarkusTest
class ConcurrentBookingTest {

  private static final int REQUESTS = 60;

  @TestHTTPResource("/api/v1/reservations")
  URI reservations;

  @Test
  void sixtyConcurrentOverlappingBookingsYieldExactlyOneReservation() throws Exception {
    String[] category = CatalogFixtures.categoryTree();
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long instrument = CatalogFixtures.instrument(lab, category[1]);
    CatalogFixtures.openAllWeek(instrument);
    List<String> tokens = List.of(Tokens.researcherGz(), Tokens.researcherFs(), Tokens.managerGz());
    ZonedDateTime base = Slots.at(Slots.SHANGHAI, 3, "10:00");

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
    CountDownLatch ready = new CountDownLatch(REQUESTS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> results = new ArrayList<>();
    try {
      for (int i = 0; i < REQUESTS; i++) {
        // every request overlaps every other: starts within one hour, each two hours long
        ZonedDateTime start = base.plusMinutes(30L * (i % 3));
        String body = Slots.booking(instrument, Slots.iso(start), Slots.iso(start.plusHours(2)));
        HttpRequest request =
            HttpRequest.newBuilder(reservations)
                .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        results.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
      }
      ready.await();
      go.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> f : results) {
        responses.add(f.get());
      }
      Map<Integer, Long> byStatus =
          responses.stream()
              .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
      assertThat(byStatus).as("status counts").containsOnlyKeys(201, 409);
      assertThat(byStatus.get(201)).isEqualTo(1L);
      assertThat(byStatus.get(409)).isEqualTo(REQUESTS - 1L);
      responses.stream()
          .filter(r -> r.statusCode() == 409)
          .forEach(r -> assertThat(r.body()).contains("slot-taken").contains("conflict"));
    } finally {
      pool.shutdownNow();
    }

    // and the database agrees: one active reservation on the instrument
    int total =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .queryParam("instrumentId", instrument)
            .get("/api/v1/reservations")
            .then()
            .statusCode(200)
            .extract()
            .path("total");
    assertThat(total).isEqualTo(1);
  }
}
