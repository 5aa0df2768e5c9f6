package cn.gfshare.instruments.reservation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Waitlist: offers on cancellation, holds, accept and decline, queue order under equal access. */
@QuarkusTest
class WaitlistTest {

  private static String t(int days, String hhmm) {
    return Slots.iso(Slots.SHANGHAI, days, hhmm);
  }

  private static long instrument(String institution, String manager) {
    long lab = CatalogFixtures.lab(institution, "Asia/Shanghai", manager);
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    CatalogFixtures.openAllWeek(id);
    return id;
  }

  private static long join(String token, long id) {
    return Api.joinWaitlist(token, id, t(3, "10:00"), t(3, "12:00"), 120);
  }

  private static JsonPath entry(String token, long entryId) {
    return Api.waitlistEntry(token, entryId);
  }

  @Test
  void aCancellationOffersTheSlotToTheWaiterWhoseOfferHoldsItUntilAccepted() {
    long id = instrument("SYSU", "manager-gz");
    long booked = Api.bookOk(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "12:00"));
    long waiting = join(Tokens.researcherFs(), id);
    Api.act(Tokens.researcherGz(), booked, "cancel").then().statusCode(200);

    JsonPath offer = entry(Tokens.researcherFs(), waiting);
    org.assertj.core.api.Assertions.assertThat(offer.getString("status")).isEqualTo("OFFERED");
    org.assertj.core.api.Assertions.assertThat(offer.getString("offerStart"))
        .startsWith(LocalDate.now(Slots.SHANGHAI).plusDays(3) + "T10:00");
    org.assertj.core.api.Assertions.assertThat(offer.getString("offerExpiresAt")).isNotNull();

    // the held slot is busy for everyone else
    Api.book(Tokens.managerGz(), id, t(3, "11:00"), t(3, "12:00"))
        .then()
        .statusCode(409)
        .body("conflict.heldUntil", notNullValue());
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("from", t(3, "10:00"))
        .queryParam("to", t(3, "12:00"))
        .get("/api/v1/instruments/" + id + "/availability")
        .then()
        .statusCode(200)
        .body("free", hasSize(0));

    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .post("/api/v1/waitlist/" + waiting + "/accept")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .post("/api/v1/waitlist/" + waiting + "/accept")
        .then()
        .statusCode(201)
        .body("status", equalTo("CONFIRMED"))
        .body("start", startsWith(LocalDate.now(Slots.SHANGHAI).plusDays(3) + "T10:00"))
        .body("bookerUsername", equalTo("researcher-fs"));
    org.assertj.core.api.Assertions.assertThat(
            entry(Tokens.researcherFs(), waiting).getString("status"))
        .isEqualTo("BOOKED");
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .post("/api/v1/waitlist/" + waiting + "/accept")
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("BOOKED"));
  }

  @Test
  void declinedOffersPassToTheNextWaiterInArrivalOrder() {
    long id = instrument("SYSU", "manager-gz");
    long booked = Api.bookOk(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "12:00"));
    long first = join(Tokens.researcherFs(), id);
    long second = join(Tokens.managerGz(), id);
    Api.act(Tokens.managerGz(), booked, "cancel").then().statusCode(200);
    org.assertj.core.api.Assertions.assertThat(
            entry(Tokens.researcherFs(), first).getString("status"))
        .isEqualTo("OFFERED");
    org.assertj.core.api.Assertions.assertThat(
            entry(Tokens.managerGz(), second).getString("status"))
        .isEqualTo("WAITING");
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .post("/api/v1/waitlist/" + first + "/decline")
        .then()
        .statusCode(204);
    org.assertj.core.api.Assertions.assertThat(
            entry(Tokens.managerGz(), second).getString("status"))
        .isEqualTo("OFFERED");
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .post("/api/v1/waitlist/" + first + "/decline")
        .then()
        .statusCode(409);
  }

  @Test
  void withEqualAccessOffWaitersFromTheOtherCityQueueBehind() {
    long id = instrument("JIHUA", "manager-fs");
    long booked = Api.bookOk(Tokens.managerFs(), id, t(3, "10:00"), t(3, "12:00"));
    long crossCity = join(Tokens.researcherGz(), id);
    long sameCity = join(Tokens.researcherFs(), id);
    try {
      Api.equalAccess(false);
      Api.act(Tokens.managerFs(), booked, "cancel").then().statusCode(200);
    } finally {
      Api.equalAccess(true);
    }
    org.assertj.core.api.Assertions.assertThat(
            entry(Tokens.researcherFs(), sameCity).getString("status"))
        .isEqualTo("OFFERED");
    org.assertj.core.api.Assertions.assertThat(
            entry(Tokens.researcherGz(), crossCity).getString("status"))
        .isEqualTo("WAITING");
  }

  @Test
  void aWaiterCanLeaveOnce() {
    long id = instrument("SYSU", "manager-gz");
    long e = join(Tokens.researcherFs(), id);
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .delete("/api/v1/waitlist/" + e)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .delete("/api/v1/waitlist/" + e)
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .delete("/api/v1/waitlist/" + e)
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("CANCELLED"));
  }
}
