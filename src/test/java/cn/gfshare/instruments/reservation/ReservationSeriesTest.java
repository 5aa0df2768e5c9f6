package cn.gfshare.instruments.reservation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** POST /api/v1/reservation-series: partial and all-or-nothing. */
@QuarkusTest
class ReservationSeriesTest {

  private static final LocalDate TODAY = LocalDate.now(Slots.SHANGHAI);

  private static long instrument() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    CatalogFixtures.openAllWeek(id);
    return id;
  }

  private static String t(int days, String hhmm) {
    return Slots.iso(Slots.SHANGHAI, days, hhmm);
  }

  private static String series(
      long id, int firstDay, String days, String end, boolean allOrNothing) {
    return "{\"instrumentId\":"
        + id
        + ",\"start\":\""
        + t(firstDay, "10:00")
        + "\",\"end\":\""
        + t(firstDay, "11:00")
        + "\",\"daysOfWeek\":"
        + days
        + ","
        + end
        + ",\"purpose\":\"weekly run\",\"allOrNothing\":"
        + allOrNothing
        + "}";
  }

  private static String dow(int daysAhead) {
    return "\"" + TODAY.plusDays(daysAhead).getDayOfWeek() + "\"";
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
  void aPartialSeriesBooksWhatFitsAndReportsEachOccurrenceThatDoesNot() {
    long id = instrument();
    Api.bookOk(Tokens.researcherFs(), id, t(4, "10:30"), t(4, "11:30"));
    Response r =
        Api.post(
            Tokens.researcherGz(),
            "/api/v1/reservation-series",
            series(id, 3, "[" + dow(3) + "," + dow(4) + "]", "\"count\":4", false));
    r.then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/reservation-series/"))
        .body("created", hasSize(3))
        .body("failed", hasSize(1))
        .body("failed[0].start", startsWith(TODAY.plusDays(4) + "T10:00"))
        .body("failed[0].rule", equalTo("slot-taken"))
        .body("failed[0].status", equalTo(409))
        .body("created.start", everyItem(containsString("T10:00:00+08:00")));
    long seriesId = r.jsonPath().getLong("seriesId");
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get(r.header("Location"))
        .then()
        .statusCode(200)
        .body("reservations", hasSize(3))
        .body("reservations.seriesId", everyItem(equalTo((int) seriesId)));
    given().auth().oauth2(Tokens.managerGz()).get(r.header("Location")).then().statusCode(200);
    given().auth().oauth2(Tokens.researcherFs()).get(r.header("Location")).then().statusCode(404);
  }

  @Test
  void allOrNothingBooksNoneWhenAnyOccurrenceFails() {
    long id = instrument();
    Api.bookOk(Tokens.researcherFs(), id, t(4, "10:30"), t(4, "11:30"));
    Api.post(
            Tokens.researcherGz(),
            "/api/v1/reservation-series",
            series(id, 3, "[" + dow(3) + "," + dow(4) + "]", "\"count\":4", true))
        .then()
        .statusCode(422)
        .body("rule", equalTo("series-not-bookable"))
        .body("failed", hasSize(1))
        .body("failed[0].rule", equalTo("slot-taken"));
    org.assertj.core.api.Assertions.assertThat(count(id)).isEqualTo(1);
    // without the clash the same series books all four
    Api.post(
            Tokens.researcherGz(),
            "/api/v1/reservation-series",
            series(id, 3, "[" + dow(3) + "]", "\"count\":2", true))
        .then()
        .statusCode(201)
        .body("created", hasSize(2))
        .body("failed", hasSize(0));
  }

  @Test
  void occurrencesBreakingRulesAreReportedWithTheRule() {
    long id = instrument();
    Api.post(
            Tokens.researcherGz(),
            "/api/v1/reservation-series",
            series(id, 3, "[" + dow(3) + "]", "\"until\":\"" + TODAY.plusDays(24) + "\"", false))
        .then()
        .statusCode(201)
        .body(
            "created", hasSize(2)) // days 3 and 10 lie within the 14-day horizon, 17 and 24 do not
        .body("failed", hasSize(2))
        .body("failed[0].rule", equalTo("horizon"))
        .body("failed[0].status", equalTo(422));
  }

  @Test
  void theSeriesOwnOccurrencesCountTowardsTheWeeklyQuota() {
    long id = instrument();
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().quotaWeek("2").build());
    LocalDate monday = TODAY.plusDays(2);
    while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      monday = monday.plusDays(1);
    }
    int d = (int) ChronoUnit.DAYS.between(TODAY, monday);
    Api.post(
            Tokens.researcherGz(),
            "/api/v1/reservation-series",
            series(id, d, "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\"]", "\"count\":3", false))
        .then()
        .statusCode(201)
        .body("created", hasSize(2))
        .body("failed[0].rule", equalTo("quota-week"));
  }

  @Test
  void aSeriesNeedsExactlyOneEndAndSomethingBookable() {
    long id = instrument();
    Api.post(
            Tokens.researcherGz(),
            "/api/v1/reservation-series",
            series(id, 3, "[]", "\"count\":2,\"until\":\"" + TODAY.plusDays(20) + "\"", false))
        .then()
        .statusCode(422)
        .body("rule", equalTo("series-end"));
    Api.post(
            Tokens.researcherGz(),
            "/api/v1/reservation-series",
            series(id, 20, "[]", "\"count\":2", false))
        .then()
        .statusCode(422)
        .body("rule", equalTo("series-not-bookable"))
        .body("failed", hasSize(2));
    Api.post(
            Tokens.researcherGz(),
            "/api/v1/reservation-series",
            series(id, 3, "[]", "\"count\":101", false))
        .then()
        .statusCode(422);
  }

  @Test
  void aSeriesCanBeRetriedWithItsIdempotencyKey() {
    long id = instrument();
    String body = series(id, 3, "[]", "\"count\":2", false);
    String key = java.util.UUID.randomUUID().toString();
    String first =
        given()
            .auth()
            .oauth2(Tokens.researcherGz())
            .header("Idempotency-Key", key)
            .contentType("application/json")
            .body(body)
            .post("/api/v1/reservation-series")
            .then()
            .statusCode(201)
            .extract()
            .asString();
    String again =
        given()
            .auth()
            .oauth2(Tokens.researcherGz())
            .header("Idempotency-Key", key)
            .contentType("application/json")
            .body(body)
            .post("/api/v1/reservation-series")
            .then()
            .statusCode(201)
            .extract()
            .asString();
    org.assertj.core.api.Assertions.assertThat(again).isEqualTo(first);
    org.assertj.core.api.Assertions.assertThat(count(id)).isEqualTo(2);
  }
}
