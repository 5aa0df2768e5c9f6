package cn.gfshare.instruments.availability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Opening hours, exceptions, blackouts and rules: managers of the lab write, everyone reads. */
@QuarkusTest
class AvailabilitySettingsTest {

  private static long instrument() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    return CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
  }

  private static String base(long id) {
    return "/api/v1/resources/" + id;
  }

  @Test
  void defaultHoursAndRulesApplyUntilTheLabSetsItsOwn() {
    long id = instrument();
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .get(base(id) + "/opening-hours")
        .then()
        .statusCode(200)
        .body("published", equalTo(false))
        .body("timeZone", equalTo("Asia/Shanghai"))
        .body("days.day", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
        .body("days[0].hours[0].from", equalTo("09:00"))
        .body("days[0].hours[0].to", equalTo("18:00"));
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .get(base(id) + "/rules")
        .then()
        .statusCode(200)
        .body("equalAccess", equalTo(true))
        .body("configured.slotMinutes", nullValue())
        .body("effective.slotMinutes", equalTo(30))
        .body("effective.minDurationMinutes", equalTo(30))
        .body("effective.maxDurationMinutes", equalTo(480))
        .body("effective.internalLeadMinutes", equalTo(0))
        .body("effective.externalLeadMinutes", equalTo(120))
        .body("effective.horizonDays", equalTo(14))
        .body("effective.bufferMinutes", equalTo(0))
        .body("effective.cancellationDeadlineHours", equalTo(24))
        .body("effective.quotaHoursPerDay", nullValue())
        .body("effective.approvalRequired", equalTo(false));
  }

  @Test
  void onlyTheLabsManagersAndPlatformAdminsChangeOpeningHours() {
    long id = instrument();
    String hours =
        "{\"days\":[{\"day\":\"MONDAY\",\"hours\":[{\"from\":\"13:30\",\"to\":\"18:00\"},"
            + "{\"from\":\"08:00\",\"to\":\"12:00\"}]},{\"day\":\"SATURDAY\",\"hours\":[{\"from\":\"09:00\",\"to\":\"24:00\"}]}]}";
    Api.put(Tokens.researcherGz(), base(id) + "/opening-hours", hours).then().statusCode(403);
    Api.put(Tokens.managerFs(), base(id) + "/opening-hours", hours)
        .then()
        .statusCode(403)
        .body("type", endsWith("/not-lab-manager"));
    Api.put(Tokens.managerGz(), base(id) + "/opening-hours", hours)
        .then()
        .statusCode(200)
        .body("published", equalTo(true))
        .body("days.day", contains("MONDAY", "SATURDAY"))
        .body("days[0].hours.from", contains("08:00", "13:30"))
        .body("days[1].hours[0].to", equalTo("24:00"));
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .get(base(id) + "/opening-hours")
        .then()
        .body("days.day", contains("MONDAY", "SATURDAY"));
    Api.put(Tokens.admin(), base(id) + "/opening-hours", "{\"days\":[]}")
        .then()
        .statusCode(200)
        .body("published", equalTo(true))
        .body("days", hasSize(0));
  }

  @Test
  void malformedOrOverlappingHoursAre422AndChangeNothing() {
    long id = instrument();
    Api.put(
            Tokens.managerGz(),
            base(id) + "/opening-hours",
            "{\"days\":[{\"day\":\"MONDAY\",\"hours\":[{\"from\":\"08:00\",\"to\":\"12:00\"},{\"from\":\"11:00\",\"to\":\"14:00\"}]}]}")
        .then()
        .statusCode(422)
        .body("rule", equalTo("hours-overlap"));
    Api.put(
            Tokens.managerGz(),
            base(id) + "/opening-hours",
            "{\"days\":[{\"day\":\"MONDAY\",\"hours\":[{\"from\":\"8:00\",\"to\":\"12:00\"}]}]}")
        .then()
        .statusCode(422)
        .body("rule", equalTo("hours-format"));
    Api.put(
            Tokens.managerGz(),
            base(id) + "/opening-hours",
            "{\"days\":[{\"day\":\"MONDAY\",\"hours\":[{\"from\":\"12:00\",\"to\":\"08:00\"}]}]}")
        .then()
        .statusCode(422)
        .body("rule", equalTo("hours-order"));
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .get(base(id) + "/opening-hours")
        .then()
        .body("published", equalTo(false));
  }

  @Test
  void datedExceptionsAreSetListedAndRemoved() {
    long id = instrument();
    LocalDate d = LocalDate.now(Slots.SHANGHAI).plusDays(5);
    Api.put(
            Tokens.researcherGz(),
            base(id) + "/exceptions/" + d,
            "{\"hours\":[],\"reason\":\"holiday\"}")
        .then()
        .statusCode(403);
    Api.put(
            Tokens.managerGz(),
            base(id) + "/exceptions/" + d,
            "{\"hours\":[],\"reason\":\"holiday\"}")
        .then()
        .statusCode(200)
        .body("closed", equalTo(true))
        .body("reason", equalTo("holiday"));
    Api.put(
            Tokens.managerGz(),
            base(id) + "/exceptions/" + d.plusDays(1),
            "{\"hours\":[{\"from\":\"09:00\",\"to\":\"21:00\"}],\"reason\":\"evening session\"}")
        .then()
        .statusCode(200)
        .body("closed", equalTo(false))
        .body("hours[0].to", equalTo("21:00"));
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .queryParam("from", d.toString())
        .queryParam("to", d.plusDays(3).toString())
        .get(base(id) + "/exceptions")
        .then()
        .statusCode(200)
        .body("date", contains(d.toString(), d.plusDays(1).toString()));
    // setting a date again replaces it
    Api.put(
            Tokens.managerGz(),
            base(id) + "/exceptions/" + d,
            "{\"hours\":[{\"from\":\"10:00\",\"to\":\"12:00\"}]}")
        .then()
        .statusCode(200)
        .body("closed", equalTo(false));
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .delete(base(id) + "/exceptions/" + d)
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .delete(base(id) + "/exceptions/" + d)
        .then()
        .statusCode(404);
    Api.put(Tokens.managerGz(), base(id) + "/exceptions/not-a-date", "{\"hours\":[]}")
        .then()
        .statusCode(422)
        .body("rule", equalTo("date-format"));
  }

  @Test
  void blackoutsAreAddedWithTheirOverlapsListedAndRemoved() {
    long id = instrument();
    CatalogFixtures.openAllWeek(id);
    long booked =
        Api.bookOk(
            Tokens.researcherGz(),
            id,
            Slots.iso(Slots.SHANGHAI, 3, "10:00"),
            Slots.iso(Slots.SHANGHAI, 3, "11:00"));
    String body =
        "{\"start\":\""
            + Slots.iso(Slots.SHANGHAI, 3, "09:00")
            + "\",\"end\":\""
            + Slots.iso(Slots.SHANGHAI, 3, "13:00")
            + "\",\"reason\":\"annual calibration\"}";
    Api.post(Tokens.researcherGz(), base(id) + "/blackouts", body).then().statusCode(403);
    Response created = Api.post(Tokens.managerGz(), base(id) + "/blackouts", body);
    created
        .then()
        .statusCode(201)
        .header("Location", containsString(base(id) + "/blackouts/"))
        .body("reason", equalTo("annual calibration"))
        .body("overlappingReservationIds", contains((int) booked))
        .body("start", endsWith("+08:00"));
    long blackout = created.jsonPath().getLong("id");
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .get(base(id) + "/blackouts")
        .then()
        .statusCode(200)
        .body("id", hasItem((int) blackout));
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .delete(base(id) + "/blackouts/" + blackout)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .delete(base(id) + "/blackouts/" + blackout)
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .delete(base(id) + "/blackouts/" + blackout)
        .then()
        .statusCode(404);
    Api.post(
            Tokens.managerGz(),
            base(id) + "/blackouts",
            "{\"start\":\""
                + Slots.iso(Slots.SHANGHAI, 3, "13:00")
                + "\",\"end\":\""
                + Slots.iso(Slots.SHANGHAI, 3, "09:00")
                + "\",\"reason\":\"x\"}")
        .then()
        .statusCode(422)
        .body("rule", equalTo("slot-order"));
  }

  @Test
  void rulesAreReplacedAndCheckedForConsistency() {
    long id = instrument();
    String rules =
        "{\"slotMinutes\":15,\"minDurationMinutes\":60,\"maxDurationMinutes\":240,\"bufferMinutes\":15,"
            + "\"horizonDays\":28,\"quotaHoursPerDay\":4,\"approvalRequired\":true,\"cancellationDeadlineHours\":48}";
    Api.put(Tokens.researcherGz(), base(id) + "/rules", rules).then().statusCode(403);
    Api.put(Tokens.managerGz(), base(id) + "/rules", rules)
        .then()
        .statusCode(200)
        .body("configured.slotMinutes", equalTo(15))
        .body("configured.externalLeadMinutes", nullValue())
        .body("effective.externalLeadMinutes", equalTo(120))
        .body("effective.horizonDays", equalTo(28))
        .body("effective.quotaHoursPerDay", equalTo(4))
        .body("effective.approvalRequired", equalTo(true))
        .body("effective.cancellationDeadlineHours", equalTo(48));
    Api.put(Tokens.managerGz(), base(id) + "/rules", "{\"slotMinutes\":7}")
        .then()
        .statusCode(422)
        .body("rule", equalTo("slot-minutes"));
    Api.put(
            Tokens.managerGz(),
            base(id) + "/rules",
            "{\"minDurationMinutes\":120,\"maxDurationMinutes\":60}")
        .then()
        .statusCode(422)
        .body("rule", equalTo("duration-range"));
    Api.put(Tokens.managerGz(), base(id) + "/rules", "{\"minDurationMinutes\":45}")
        .then()
        .statusCode(422)
        .body("rule", equalTo("duration-grid"));
    Api.put(Tokens.managerGz(), base(id) + "/rules", "{\"horizonDays\":0}")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem(containsString("horizonDays")));
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .get(base(id) + "/rules")
        .then()
        .body("configured.slotMinutes", equalTo(15));
  }

  @Test
  void unknownResourceIs404() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/resources/987654321/rules")
        .then()
        .statusCode(404);
    Api.put(Tokens.admin(), "/api/v1/resources/987654321/opening-hours", "{\"days\":[]}")
        .then()
        .statusCode(404);
  }
}
