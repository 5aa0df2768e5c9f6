package cn.gfshare.instruments.reservation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** POST /api/v1/reservations: the answer, and each booking rule with its name. */
@QuarkusTest
class BookingRulesTest {

  private static final ZoneId SH = Slots.SHANGHAI;

  /**
   * A Guangzhou (SYSU) lab managed by manager-gz, and an instrument in it open around the clock.
   */
  private static long gzInstrument() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    CatalogFixtures.openAllWeek(id);
    return id;
  }

  /** A Foshan (Jihua Lab) instrument managed by manager-fs. */
  private static long fsInstrument() {
    long lab = CatalogFixtures.lab("JIHUA", "Asia/Shanghai", "manager-fs");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    CatalogFixtures.openAllWeek(id);
    return id;
  }

  private static String t(int days, String hhmm) {
    return Slots.iso(SH, days, hhmm);
  }

  @Test
  void bookingAnswers201WithLocationCrossCityFlagAndPriceFromTheCallersTier() {
    long id = fsInstrument();
    CatalogFixtures.rateCard(id, PriceTier.CROSS_CITY, "300.00", "50.00", "100.00");
    CatalogFixtures.rateCard(id, PriceTier.SAME_CITY, "200.00", "40.00", "80.00");
    String json =
        "{\"instrumentId\":"
            + id
            + ",\"start\":\""
            + t(3, "10:00")
            + "\",\"end\":\""
            + t(3, "12:00")
            + "\",\"purpose\":\"XRD\",\"sampleCount\":4,\"operatorAssisted\":true}";
    Response r = Api.book(Tokens.researcherGz(), json);
    r.then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/reservations/"))
        .body("status", equalTo("CONFIRMED"))
        .body("instrumentId", equalTo((int) id))
        .body("start", startsWith(LocalDate.now(SH).plusDays(3) + "T10:00"))
        .body("start", endsWith("+08:00"))
        .body("crossCity", equalTo(true))
        .body("external", equalTo(true))
        .body("bookerCity", equalTo("GZ"))
        .body("priceTier", equalTo("CROSS_CITY"))
        // 2 h x 300 + 4 samples x 50 + 2 operator hours x 100
        .body("priceEstimate.total", equalTo(1000.0f))
        .body("priceEstimate.currency", equalTo("CNY"));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get(r.header("Location"))
        .then()
        .statusCode(200)
        .body("id", equalTo(r.jsonPath().getInt("id")))
        .body("priceEstimate.total", equalTo(1000.0f));

    // the Foshan researcher pays the same-city price and is not cross-city
    Api.book(Tokens.researcherFs(), id, t(4, "10:00"), t(4, "11:00"))
        .then()
        .statusCode(201)
        .body("crossCity", equalTo(false))
        .body("external", equalTo(true))
        .body("priceTier", equalTo("SAME_CITY"))
        .body("priceEstimate.total", equalTo(200.0f));
  }

  @Test
  void ownInstitutionsResearcherIsInternalAndNotCrossCity() {
    long id = gzInstrument();
    Api.book(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "11:00"))
        .then()
        .statusCode(201)
        .body("crossCity", equalTo(false))
        .body("external", equalTo(false))
        .body("priceTier", equalTo("INTERNAL"))
        .body("priceEstimate", equalTo(null));
  }

  @Test
  void overlappingSlotIs409NamingTheConflictingInterval() {
    long id = gzInstrument();
    Api.bookOk(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "12:00"));
    Api.book(Tokens.researcherFs(), id, t(3, "11:00"), t(3, "13:00"))
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"))
        .body("type", endsWith("/slot-taken"))
        .body("conflict.start", startsWith(LocalDate.now(SH).plusDays(3) + "T10:00"))
        .body("conflict.end", startsWith(LocalDate.now(SH).plusDays(3) + "T12:00"))
        .body("detail", containsString("T10:00"));
    // touching is not overlapping
    Api.book(Tokens.researcherFs(), id, t(3, "12:00"), t(3, "13:00")).then().statusCode(201);
  }

  @Test
  void bufferKeepsTimeFreeAfterABookingUpToItsEdge() {
    long id = gzInstrument();
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().buffer(30).build());
    Api.bookOk(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "12:00"));
    Api.book(Tokens.researcherFs(), id, t(3, "12:00"), t(3, "13:00"))
        .then()
        .statusCode(409)
        .body("bufferMinutes", equalTo(30));
    Api.book(Tokens.researcherFs(), id, t(3, "09:00"), t(3, "10:00")).then().statusCode(409);
    Api.book(Tokens.researcherFs(), id, t(3, "12:30"), t(3, "13:30")).then().statusCode(201);
    Api.book(Tokens.researcherFs(), id, t(3, "08:30"), t(3, "09:30")).then().statusCode(201);
  }

  @Test
  void startOrEndOffTheSlotGridIs422() {
    long id = gzInstrument();
    Api.book(Tokens.researcherGz(), id, t(3, "10:10"), t(3, "11:10"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("slot-granularity"))
        .body("slotMinutes", equalTo(30));
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().slot(10).minDuration(10).build());
    Api.book(Tokens.researcherGz(), id, t(3, "10:10"), t(3, "11:10")).then().statusCode(201);
  }

  @Test
  void durationsOutsideMinimumAndMaximumAre422() {
    long id = gzInstrument();
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().minDuration(60).maxDuration(120).build());
    Api.book(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "10:30"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("min-duration"));
    Api.book(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "12:30"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("max-duration"));
    Api.book(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "12:00")).then().statusCode(201);
  }

  @Test
  void endBeforeStartIs422() {
    long id = gzInstrument();
    Api.book(Tokens.researcherGz(), id, t(3, "12:00"), t(3, "10:00"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("slot-order"));
  }

  @Test
  void externalUsersNeedTheLeadTimeInternalUsersDoNot() {
    long id = gzInstrument();
    ZonedDateTime soon = ZonedDateTime.now(SH).truncatedTo(ChronoUnit.HOURS).plusHours(1);
    // researcher-fs is external: 120 min lead by default
    Api.book(Tokens.researcherFs(), id, Slots.iso(soon), Slots.iso(soon.plusMinutes(30)))
        .then()
        .statusCode(422)
        .body("rule", equalTo("lead-time"))
        .body("audience", equalTo("EXTERNAL"));
    // researcher-gz works at SYSU, which owns the instrument: no lead time
    Api.book(Tokens.researcherGz(), id, Slots.iso(soon), Slots.iso(soon.plusMinutes(30)))
        .then()
        .statusCode(201);
    ZonedDateTime past = soon.minusHours(3);
    Api.book(Tokens.researcherGz(), id, Slots.iso(past), Slots.iso(past.plusMinutes(30)))
        .then()
        .statusCode(422)
        .body("rule", equalTo("lead-time"));
  }

  @Test
  void bookingsBeyondTheHorizonAre422() {
    long id = gzInstrument();
    Api.book(Tokens.researcherGz(), id, t(16, "10:00"), t(16, "11:00"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("horizon"))
        .body("horizonDays", equalTo(14));
    Api.book(Tokens.researcherGz(), id, t(14, "10:00"), t(14, "11:00")).then().statusCode(201);
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().horizon(60).build());
    Api.book(Tokens.researcherGz(), id, t(45, "10:00"), t(45, "11:00")).then().statusCode(201);
  }

  @Test
  void outsideTheDefaultOpeningHoursIs422() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    LocalDate saturday = LocalDate.now(SH).plusDays(2);
    while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
      saturday = saturday.plusDays(1);
    }
    int sat = (int) ChronoUnit.DAYS.between(LocalDate.now(SH), saturday);
    Api.book(Tokens.researcherGz(), id, t(sat, "10:00"), t(sat, "11:00"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("opening-hours"));
    int monday = sat + 2;
    Api.book(Tokens.researcherGz(), id, t(monday, "08:00"), t(monday, "09:30"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("opening-hours"));
    Api.book(Tokens.researcherGz(), id, t(monday, "17:00"), t(monday, "18:30"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("opening-hours"));
    Api.book(Tokens.researcherGz(), id, t(monday, "10:00"), t(monday, "18:00"))
        .then()
        .statusCode(201);
  }

  @Test
  void aBlackoutBlocksBookingAndNamesItsReason() {
    long id = gzInstrument();
    Api.post(
            Tokens.managerGz(),
            "/api/v1/resources/" + id + "/blackouts",
            "{\"start\":\""
                + t(3, "09:00")
                + "\",\"end\":\""
                + t(3, "13:00")
                + "\",\"reason\":\"annual calibration\"}")
        .then()
        .statusCode(201);
    Api.book(Tokens.researcherGz(), id, t(3, "12:00"), t(3, "14:00"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("blackout"))
        .body("blackout.reason", equalTo("annual calibration"))
        .body("blackout.start", startsWith(LocalDate.now(SH).plusDays(3) + "T09:00"));
    Api.book(Tokens.researcherGz(), id, t(3, "13:00"), t(3, "14:00")).then().statusCode(201);
  }

  @Test
  void dailyAndWeeklyQuotasCountTheBookersHours() {
    long id = gzInstrument();
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().quotaDay("2").quotaWeek("3").build());
    LocalDate monday = LocalDate.now(SH).plusDays(2);
    while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      monday = monday.plusDays(1);
    }
    int d = (int) ChronoUnit.DAYS.between(LocalDate.now(SH), monday);
    Api.bookOk(Tokens.researcherGz(), id, t(d, "08:00"), t(d, "09:00"));
    Api.bookOk(Tokens.researcherGz(), id, t(d, "10:00"), t(d, "11:00"));
    Api.book(Tokens.researcherGz(), id, t(d, "12:00"), t(d, "12:30"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("quota-day"))
        .body("limitHours", equalTo(2.0f));
    // another user has their own quota
    Api.book(Tokens.researcherFs(), id, t(d, "12:00"), t(d, "13:00")).then().statusCode(201);
    Api.bookOk(Tokens.researcherGz(), id, t(d + 1, "08:00"), t(d + 1, "09:00"));
    Api.book(Tokens.researcherGz(), id, t(d + 2, "08:00"), t(d + 2, "08:30"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("quota-week"));
    // next ISO week starts afresh
    Api.book(Tokens.researcherGz(), id, t(d + 7, "08:00"), t(d + 7, "09:00"))
        .then()
        .statusCode(201);
  }

  @Test
  void instrumentsNotActiveTakeNoBookings() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id =
        CatalogFixtures.instrument(
            lab, CatalogFixtures.categoryTree()[0], InstrumentStatus.MAINTENANCE, false, false);
    Api.book(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "11:00"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("instrument-active"))
        .body("instrumentStatus", equalTo("MAINTENANCE"));
  }

  @Test
  void qualificationIsNeededWhereRequiredAndManagersGrantAndRevokeIt() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id =
        CatalogFixtures.instrument(
            lab, CatalogFixtures.categoryTree()[0], InstrumentStatus.ACTIVE, false, true);
    CatalogFixtures.openAllWeek(id);
    Api.book(Tokens.researcherFs(), id, t(3, "10:00"), t(3, "11:00"))
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"))
        .body("type", endsWith("/qualification-required"))
        .body("detail", containsString("qualification"));
    String path = "/api/v1/resources/" + id + "/qualifications/researcher-fs";
    String expires = "{\"expiresOn\":\"" + LocalDate.now(SH).plusDays(30) + "\"}";
    Api.put(Tokens.researcherGz(), path, expires).then().statusCode(403);
    Api.put(Tokens.managerFs(), path, expires).then().statusCode(403);
    Api.put(Tokens.managerGz(), path, expires)
        .then()
        .statusCode(200)
        .body("grantedBy", equalTo("manager-gz"));
    Api.book(Tokens.researcherFs(), id, t(3, "10:00"), t(3, "11:00")).then().statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .get("/api/v1/resources/" + id + "/qualifications")
        .then()
        .statusCode(200)
        .body("username", hasItem("researcher-fs"));
    given().auth().oauth2(Tokens.managerGz()).delete(path).then().statusCode(204);
    Api.book(Tokens.researcherFs(), id, t(4, "10:00"), t(4, "11:00")).then().statusCode(403);
    // an expired qualification does not count
    Api.put(Tokens.managerGz(), path, "{\"expiresOn\":\"" + LocalDate.now(SH).plusDays(1) + "\"}")
        .then()
        .statusCode(200);
    Api.book(Tokens.researcherFs(), id, t(4, "10:00"), t(4, "11:00")).then().statusCode(403);
    // the lab's own managers need none
    Api.book(Tokens.managerGz(), id, t(5, "10:00"), t(5, "11:00")).then().statusCode(201);
  }

  @Test
  void approvalRequiredMakesBookingsPendingExceptForTheLabsManagers() {
    long id = gzInstrument();
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().approval(true).build());
    Api.book(Tokens.researcherFs(), id, t(3, "10:00"), t(3, "11:00"))
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING_APPROVAL"));
    // a pending booking holds its slot
    Api.book(Tokens.researcherGz(), id, t(3, "10:30"), t(3, "11:30")).then().statusCode(409);
    Api.book(Tokens.managerGz(), id, t(3, "12:00"), t(3, "13:00"))
        .then()
        .statusCode(201)
        .body("status", equalTo("CONFIRMED"));
  }

  @Test
  void catalogApprovalFlagIsTheDefaultOfTheRule() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id =
        CatalogFixtures.instrument(
            lab, CatalogFixtures.categoryTree()[0], InstrumentStatus.ACTIVE, true, false);
    CatalogFixtures.openAllWeek(id);
    Api.book(Tokens.researcherFs(), id, t(3, "10:00"), t(3, "11:00"))
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING_APPROVAL"));
  }

  @Test
  void withEqualAccessOffCrossCityUsersGetTheLabsCrossCityLeadTime() {
    long id = fsInstrument();
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().crossCityLead(3 * 24 * 60).build());
    // equal access on (default): the Guangzhou researcher books like a Foshan external user
    Api.book(Tokens.researcherGz(), id, t(2, "10:00"), t(2, "11:00")).then().statusCode(201);
    try {
      Api.equalAccess(false);
      Api.book(Tokens.researcherGz(), id, t(2, "12:00"), t(2, "13:00"))
          .then()
          .statusCode(422)
          .body("rule", equalTo("lead-time"))
          .body("audience", equalTo("CROSS_CITY"));
      Api.book(Tokens.researcherFs(), id, t(2, "12:00"), t(2, "13:00")).then().statusCode(201);
      Api.book(Tokens.researcherGz(), id, t(4, "12:00"), t(4, "13:00")).then().statusCode(201);
    } finally {
      Api.equalAccess(true);
    }
    Api.book(Tokens.researcherGz(), id, t(2, "14:00"), t(2, "15:00")).then().statusCode(201);
  }

  @Test
  void platformPolicyIsForPlatformAdminsOnly() {
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get("/api/v1/admin/platform-policy")
        .then()
        .statusCode(403);
    Api.put(Tokens.managerGz(), "/api/v1/admin/platform-policy", "{\"equalAccess\":false}")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/admin/platform-policy")
        .then()
        .statusCode(200)
        .body("equalAccess", equalTo(true));
  }

  @Test
  void badRequestsAre4xxAndBookNothing() {
    long id = gzInstrument();
    Api.book(
            Tokens.researcherGz(),
            "{\"instrumentId\":"
                + id
                + ",\"start\":\""
                + t(3, "10:00")
                + "\",\"end\":\""
                + t(3, "11:00")
                + "\"}")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem(containsString("purpose")));
    Api.book(Tokens.researcherGz(), 999_999_999L, t(3, "10:00"), t(3, "11:00"))
        .then()
        .statusCode(404);
    Api.book(Tokens.finance(), id, t(3, "10:00"), t(3, "11:00")).then().statusCode(403);
    given()
        .contentType("application/json")
        .body(Slots.booking(id, t(3, "10:00"), t(3, "11:00")))
        .post("/api/v1/reservations")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("instrumentId", id)
        .get("/api/v1/reservations")
        .then()
        .body("total", equalTo(0));
  }
}
