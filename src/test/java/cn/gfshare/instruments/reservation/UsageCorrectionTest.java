package cn.gfshare.instruments.reservation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** PUT /api/v1/reservations/{id}/usage: managers record walk-ins and correct usage, audited. */
@QuarkusTest
class UsageCorrectionTest {

  private static long soonBooking(String token) {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    CatalogFixtures.openAllWeek(id);
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().slot(5).minDuration(5).build());
    ZonedDateTime now = ZonedDateTime.now(Slots.SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
    ZonedDateTime start = now.plusMinutes(10 - now.getMinute() % 5);
    return Api.bookOk(token, id, Slots.iso(start), Slots.iso(start.plusHours(1)));
  }

  private static String usage(int startMinutesAgo, int endMinutesAgo, int samples, String reason) {
    ZonedDateTime now = ZonedDateTime.now(Slots.SHANGHAI).truncatedTo(ChronoUnit.SECONDS);
    return "{\"usageStart\":\""
        + Slots.iso(now.minusMinutes(startMinutesAgo))
        + "\",\"usageEnd\":\""
        + Slots.iso(now.minusMinutes(endMinutesAgo))
        + "\",\"samples\":"
        + samples
        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
        + "}";
  }

  @Test
  void managerRecordsAWalkInAndTheTrailKeepsWhatWasBefore() {
    long r = soonBooking(Tokens.researcherGz());
    String path = "/api/v1/reservations/" + r + "/usage";
    Api.put(Tokens.researcherGz(), path, usage(60, 10, 2, "I was there")).then().statusCode(403);
    Api.put(Tokens.managerFs(), path, usage(60, 10, 2, "not mine")).then().statusCode(404);
    Api.put(Tokens.managerGz(), path, usage(60, 10, 2, "user came without checking in"))
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("usage.samples", equalTo(2))
        .body("checkedOutAt", notNullValue());
    Api.put(Tokens.managerGz(), path, usage(50, 20, 3, "log book says 30 minutes"))
        .then()
        .statusCode(200)
        .body("usage.samples", equalTo(3));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get("/api/v1/reservations/" + r + "/usage-corrections")
        .then()
        .statusCode(200)
        .body("", hasSize(2))
        .body("[0].previousStatus", equalTo("CONFIRMED"))
        .body("[0].previousSamples", nullValue())
        .body("[0].correctedBy", equalTo("manager-gz"))
        .body("[1].previousStatus", equalTo("COMPLETED"))
        .body("[1].previousSamples", equalTo(2))
        .body("[1].reason", equalTo("log book says 30 minutes"));
  }

  @Test
  void usageNeedsAReasonAnOrderAndAStateThatAllowsIt() {
    long r = soonBooking(Tokens.researcherGz());
    String path = "/api/v1/reservations/" + r + "/usage";
    Api.put(Tokens.managerGz(), path, usage(60, 10, 2, null)).then().statusCode(422);
    Api.put(Tokens.managerGz(), path, usage(10, 60, 2, "reversed"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("usage-order"));
    Api.act(Tokens.researcherGz(), r, "cancel").then().statusCode(200);
    Api.put(Tokens.managerGz(), path, usage(60, 10, 2, "too late"))
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("CANCELLED"));
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .get("/api/v1/reservations/" + r + "/usage-corrections")
        .then()
        .body("", hasSize(0));
  }
}
