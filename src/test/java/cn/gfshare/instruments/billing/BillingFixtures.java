package cn.gfshare.instruments.billing;

import static io.restassured.RestAssured.given;

import cn.gfshare.instruments.catalog.Institution;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Instruments with prices, funding accounts and bookings for the billing tests. */
final class BillingFixtures {

  private BillingFixtures() {}

  static String t(int days, String hhmm) {
    return Slots.iso(Slots.SHANGHAI, days, hhmm);
  }

  static Instant at(int days, String hhmm) {
    return OffsetDateTime.parse(t(days, hhmm)).toInstant();
  }

  /**
   * An instrument of a SYSU lab managed by manager-gz, open all week on a 5-minute grid, with
   * prices for every tier: INTERNAL 200/h, 30 per sample, 80 per operator hour; SAME_CITY and
   * CROSS_CITY 300/h, 50, 100; ENTERPRISE 450/h, 60, 120.
   */
  static long pricedInstrument() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    CatalogFixtures.openAllWeek(id);
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().slot(5).minDuration(5).build());
    CatalogFixtures.rateCard(id, PriceTier.INTERNAL, "200.00", "30.00", "80.00");
    CatalogFixtures.rateCard(id, PriceTier.SAME_CITY, "300.00", "50.00", "100.00");
    CatalogFixtures.rateCard(id, PriceTier.CROSS_CITY, "300.00", "50.00", "100.00");
    CatalogFixtures.rateCard(id, PriceTier.ENTERPRISE, "450.00", "60.00", "120.00");
    return id;
  }

  static long institution(String code) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Institution.findByCode(code).orElseThrow().id);
  }

  /** An active account of SYSU led by {@code pi}, created by finance. */
  static long account(String pi, String... members) {
    StringBuilder m = new StringBuilder();
    for (String s : members) {
      m.append(m.length() == 0 ? "" : ",").append('"').append(s).append('"');
    }
    return given()
        .auth()
        .oauth2(Tokens.finance())
        .contentType(ContentType.JSON)
        .body(
            "{\"code\":\""
                + CatalogFixtures.unique("ACC-")
                + "\",\"name\":\"Test grant\",\"type\":\"RESEARCH_GRANT\",\"institutionId\":"
                + institution("SYSU")
                + ",\"piUsername\":\""
                + pi
                + "\",\"members\":["
                + m
                + "]}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static void policy(long resourceId, String json) {
    Api.put(Tokens.managerGz(), "/api/v1/resources/" + resourceId + "/billing-policy", json)
        .then()
        .statusCode(200);
  }

  static String booking(
      long instrumentId, String start, String end, int samples, boolean op, Long account) {
    return "{\"instrumentId\":"
        + instrumentId
        + ",\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\",\"purpose\":\"billing test\",\"sampleCount\":"
        + samples
        + ",\"operatorAssisted\":"
        + op
        + (account == null ? "" : ",\"accountId\":" + account)
        + "}";
  }

  static JsonPath quote(
      String token, long instrumentId, String start, String end, int samples, boolean op) {
    return Api.post(token, "/api/v1/quotes", booking(instrumentId, start, end, samples, op, null))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The caller's ledger lines of a reservation, oldest first. */
  static JsonPath charges(String token, long reservationId) {
    JsonPath page =
        given()
            .auth()
            .oauth2(token)
            .queryParam("reservationId", reservationId)
            .get("/api/v1/charges")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return page;
  }

  /** Books [start, end) of day 2 and uses it exactly as booked; returns the reservation id. */
  static long useAsBooked(
      String token,
      long instrument,
      String start,
      String end,
      int samples,
      boolean op,
      Long account) {
    cn.gfshare.instruments.support.TestClock.reset();
    long r =
        Api.book(token, booking(instrument, t(2, start), t(2, end), samples, op, account))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    checkOut(token, r, at(2, start), at(2, end), samples);
    return r;
  }

  /** Checks in at {@code from} and out just after {@code to}, recording [from, to) as the usage. */
  static void checkOut(String token, long r, Instant from, Instant to, int samples) {
    cn.gfshare.instruments.support.TestClock.pin(from);
    Api.act(token, r, "check-in").then().statusCode(200);
    cn.gfshare.instruments.support.TestClock.pin(to.plusSeconds(60));
    Api.act(
            token,
            r,
            "check-out",
            "{\"usageStart\":\""
                + from
                + "\",\"usageEnd\":\""
                + to
                + "\",\"samples\":"
                + samples
                + "}")
        .then()
        .statusCode(200);
  }

  static long ledgerRows() {
    return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.count());
  }

  static long eventRows() {
    return QuarkusTransaction.requiringNew().call(() -> BillingEvent.count());
  }
}
