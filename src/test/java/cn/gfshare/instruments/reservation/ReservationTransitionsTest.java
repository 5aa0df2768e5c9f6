package cn.gfshare.instruments.reservation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * approve, reject, cancel, check-in, check-out: who may, from which state, and what is recorded.
 */
@QuarkusTest
class ReservationTransitionsTest {

  private static long instrument(CatalogFixtures.RuleSetBuilder rules) {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    CatalogFixtures.openAllWeek(id);
    CatalogFixtures.rules(id, rules.build());
    return id;
  }

  private static String t(int days, String hhmm) {
    return Slots.iso(Slots.SHANGHAI, days, hhmm);
  }

  @Test
  void onlyTheLabsManagersApproveAndApprovingTwiceIs409() {
    long id = instrument(CatalogFixtures.ruleSet().approval(true));
    long r = Api.bookOk(Tokens.researcherFs(), id, t(3, "10:00"), t(3, "11:00"));
    Api.act(Tokens.researcherFs(), r, "approve").then().statusCode(403);
    // a manager of another lab cannot even see it
    Api.act(Tokens.managerFs(), r, "approve").then().statusCode(404);
    Api.act(Tokens.managerGz(), r, "approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"))
        .body("approvedBy", equalTo("manager-gz"))
        .body("approvedAt", notNullValue());
    Api.act(Tokens.managerGz(), r, "approve")
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"))
        .body("type", endsWith("/transition-not-allowed"))
        .body("currentStatus", equalTo("CONFIRMED"));
    Api.act(Tokens.admin(), r, "reject")
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("CONFIRMED"));
  }

  @Test
  void rejectingFreesTheSlotAndIsFinal() {
    long id = instrument(CatalogFixtures.ruleSet().approval(true));
    long r = Api.bookOk(Tokens.researcherFs(), id, t(3, "10:00"), t(3, "11:00"));
    Api.act(Tokens.researcherFs(), r, "reject", "{\"reason\":\"nope\"}").then().statusCode(403);
    Api.act(Tokens.managerGz(), r, "reject", "{\"reason\":\"sample type not supported\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("statusReason", equalTo("sample type not supported"))
        .body("rejectedBy", equalTo("manager-gz"));
    Api.book(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "11:00")).then().statusCode(201);
    Api.act(Tokens.researcherFs(), r, "cancel")
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("REJECTED"));
    Api.act(Tokens.managerGz(), r, "approve")
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("REJECTED"));
  }

  @Test
  void bookerCancelsBeforeTheDeadlineWithoutPenaltyAndTheSlotFreesUp() {
    long id = instrument(CatalogFixtures.ruleSet().deadlineHours(24));
    long r = Api.bookOk(Tokens.researcherFs(), id, t(3, "10:00"), t(3, "11:00"));
    Api.act(Tokens.researcherFs(), r, "cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("lateCancellation", equalTo(false))
        .body("cancelledBy", equalTo("researcher-fs"));
    Api.act(Tokens.researcherFs(), r, "cancel")
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("CANCELLED"));
    Api.book(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "11:00")).then().statusCode(201);
  }

  @Test
  void bookersCancellationAfterTheDeadlineIsLateButTheLabsIsNot() {
    long id = instrument(CatalogFixtures.ruleSet().deadlineHours(72));
    long mine = Api.bookOk(Tokens.researcherFs(), id, t(2, "10:00"), t(2, "11:00"));
    Api.act(Tokens.researcherFs(), mine, "cancel", "{\"reason\":\"sample not ready\"}")
        .then()
        .statusCode(200)
        .body("lateCancellation", equalTo(true))
        .body("statusReason", equalTo("sample not ready"));
    long other = Api.bookOk(Tokens.researcherFs(), id, t(2, "12:00"), t(2, "13:00"));
    Api.act(Tokens.researcherGz(), other, "cancel").then().statusCode(404);
    Api.act(Tokens.managerGz(), other, "cancel", "{\"reason\":\"instrument fault\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("lateCancellation", equalTo(false))
        .body("cancelledBy", equalTo("manager-gz"));
  }

  @Test
  void checkInThenCheckOutRecordsActualUsage() {
    long id = instrument(CatalogFixtures.ruleSet().slot(5).minDuration(5));
    ZonedDateTime now = ZonedDateTime.now(Slots.SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
    ZonedDateTime start = now.plusMinutes(10 - now.getMinute() % 5);
    String json =
        "{\"instrumentId\":"
            + id
            + ",\"start\":\""
            + Slots.iso(start)
            + "\",\"end\":\""
            + Slots.iso(start.plusHours(1))
            + "\",\"purpose\":\"SEM\",\"sampleCount\":3}";
    long r =
        Api.book(Tokens.researcherGz(), json)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Api.act(Tokens.researcherGz(), r, "check-out")
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("CONFIRMED"));
    Api.act(Tokens.researcherFs(), r, "check-in").then().statusCode(404);
    Api.act(Tokens.researcherGz(), r, "check-in")
        .then()
        .statusCode(200)
        .body("status", equalTo("CHECKED_IN"))
        .body("checkedInAt", notNullValue())
        .body("usage", nullValue());
    Api.act(Tokens.researcherGz(), r, "check-in")
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("CHECKED_IN"));
    Api.act(Tokens.researcherGz(), r, "cancel")
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("CHECKED_IN"));
    Api.act(Tokens.researcherGz(), r, "check-out")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("usage.samples", equalTo(3))
        .body("usage.start", notNullValue())
        .body("usage.end", notNullValue())
        .body("checkedOutAt", notNullValue());
    Api.act(Tokens.researcherGz(), r, "check-out")
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("COMPLETED"));
  }

  @Test
  void theLabsManagerChecksOutWithExplicitUsage() {
    long id = instrument(CatalogFixtures.ruleSet().slot(5).minDuration(5));
    ZonedDateTime now = ZonedDateTime.now(Slots.SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
    ZonedDateTime start = now.plusMinutes(10 - now.getMinute() % 5);
    long r = Api.bookOk(Tokens.researcherGz(), id, Slots.iso(start), Slots.iso(start.plusHours(1)));
    Api.act(Tokens.managerGz(), r, "check-in").then().statusCode(200);
    String usageStart = Slots.iso(now.minusMinutes(50));
    String usageEnd = Slots.iso(now.minusMinutes(5));
    Api.act(
            Tokens.managerGz(),
            r,
            "check-out",
            "{\"usageStart\":\""
                + usageStart
                + "\",\"usageEnd\":\""
                + usageEnd
                + "\",\"samples\":7}")
        .then()
        .statusCode(200)
        .body("usage.samples", equalTo(7))
        .body("checkedOutAt", notNullValue())
        .body("usage.start", startsWith(usageStart.substring(0, 16)));
  }

  @Test
  void badUsageIs422AndChangesNothing() {
    long id = instrument(CatalogFixtures.ruleSet().slot(5).minDuration(5));
    ZonedDateTime now = ZonedDateTime.now(Slots.SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
    ZonedDateTime start = now.plusMinutes(10 - now.getMinute() % 5);
    long r = Api.bookOk(Tokens.researcherGz(), id, Slots.iso(start), Slots.iso(start.plusHours(1)));
    Api.act(Tokens.researcherGz(), r, "check-in").then().statusCode(200);
    Api.act(
            Tokens.researcherGz(),
            r,
            "check-out",
            "{\"usageStart\":\""
                + Slots.iso(now)
                + "\",\"usageEnd\":\""
                + Slots.iso(now.minusMinutes(30))
                + "\"}")
        .then()
        .statusCode(422)
        .body("rule", equalTo("usage-order"));
    Api.act(Tokens.researcherGz(), r, "check-out", "{\"samples\":-1}").then().statusCode(422);
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get("/api/v1/reservations/" + r)
        .then()
        .body("status", equalTo("CHECKED_IN"));
  }

  @Test
  void checkInLongBeforeTheStartIs422() {
    long id = instrument(CatalogFixtures.ruleSet());
    long r = Api.bookOk(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "11:00"));
    Api.act(Tokens.researcherGz(), r, "check-in")
        .then()
        .statusCode(422)
        .body("rule", equalTo("check-in-window"));
  }

  @Test
  void unknownReservationIs404() {
    Api.act(Tokens.admin(), 987_654_321L, "cancel").then().statusCode(404);
  }
}
