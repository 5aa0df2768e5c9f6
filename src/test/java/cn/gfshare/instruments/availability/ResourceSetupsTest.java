package cn.gfshare.instruments.availability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A booking checks a resource's settings from memory ({@link ResourceSetups}); every way a manager
 * or admin changes them must reach the very next booking. Each step books once to load the setup,
 * changes one setting through the API, and books again.
 */
@QuarkusTest
class ResourceSetupsTest {

  private static String slot(int day, String hhmm) {
    return Slots.iso(Slots.SHANGHAI, day, hhmm);
  }

  @Test
  void everyChangeOfWhatABookingIsCheckedAgainstReachesTheNextBooking() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    CatalogFixtures.openAllWeek(id);
    String base = "/api/v1/resources/" + id;
    String gz = Tokens.researcherGz();

    // no rate card yet: no price
    Api.book(gz, id, slot(3, "08:00"), slot(3, "09:00"))
        .then()
        .statusCode(201)
        .body("priceEstimate", nullValue());

    // booking rules
    Api.put(Tokens.managerGz(), base + "/rules", "{\"maxDurationMinutes\":60}")
        .then()
        .statusCode(200);
    Api.book(gz, id, slot(3, "10:00"), slot(3, "12:00"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("max-duration"));

    // blackouts
    Api.post(
            Tokens.managerGz(),
            base + "/blackouts",
            "{\"start\":\""
                + slot(4, "09:00")
                + "\",\"end\":\""
                + slot(4, "12:00")
                + "\",\"reason\":\"vacuum pump service\"}")
        .then()
        .statusCode(201);
    Api.book(gz, id, slot(4, "10:00"), slot(4, "11:00"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("blackout"));

    // dated exceptions
    LocalDate day5 = LocalDate.now(Slots.SHANGHAI).plusDays(5);
    Api.put(
            Tokens.managerGz(),
            base + "/exceptions/" + day5,
            "{\"hours\":[],\"reason\":\"holiday\"}")
        .then()
        .statusCode(200);
    Api.book(gz, id, slot(5, "10:00"), slot(5, "11:00"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("opening-hours"));

    // weekly opening hours
    StringBuilder week = new StringBuilder("{\"days\":[");
    for (String d :
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
      week.append(week.length() > 10 ? "," : "")
          .append("{\"day\":\"")
          .append(d)
          .append("\",\"hours\":[{\"from\":\"13:00\",\"to\":\"18:00\"}]}");
    }
    Api.put(Tokens.managerGz(), base + "/opening-hours", week + "]}").then().statusCode(200);
    Api.book(gz, id, slot(6, "10:00"), slot(6, "11:00"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("opening-hours"));

    // rate cards
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "effectiveFrom",
                LocalDate.now(Slots.SHANGHAI).toString(),
                "prices",
                List.of(
                    tier("INTERNAL", 100),
                    tier("SAME_CITY", 200),
                    tier("CROSS_CITY", 200),
                    tier("ENTERPRISE", 300))))
        .post("/api/v1/instruments/" + id + "/rate-cards")
        .then()
        .statusCode(201);
    Api.book(gz, id, slot(6, "14:00"), slot(6, "15:00"))
        .then()
        .statusCode(201)
        .body("priceEstimate", notNullValue());

    // the lab's managers: a manager books without approval, a former manager needs it
    Api.put(
            Tokens.managerGz(),
            base + "/rules",
            "{\"maxDurationMinutes\":60,\"approvalRequired\":true}")
        .then()
        .statusCode(200);
    Api.book(Tokens.managerGz(), id, slot(7, "13:00"), slot(7, "14:00"))
        .then()
        .statusCode(201)
        .body("status", equalTo("CONFIRMED"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("usernames", List.of("someone-else")))
        .put("/api/v1/labs/" + lab + "/managers")
        .then()
        .statusCode(200);
    Api.book(Tokens.managerGz(), id, slot(7, "15:00"), slot(7, "16:00"))
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING_APPROVAL"));

    // the platform's equal-access policy: with it off, the lab's cross-city lead time applies
    Api.put(
            Tokens.admin(),
            base + "/rules",
            "{\"maxDurationMinutes\":60,\"crossCityLeadMinutes\":43200}")
        .then()
        .statusCode(200);
    Api.book(Tokens.researcherFs(), id, slot(8, "13:00"), slot(8, "14:00")).then().statusCode(201);
    try {
      Api.equalAccess(false);
      Api.book(Tokens.researcherFs(), id, slot(8, "15:00"), slot(8, "16:00"))
          .then()
          .statusCode(422)
          .body("rule", equalTo("lead-time"));
    } finally {
      Api.equalAccess(true);
    }
  }

  private static Map<String, Object> tier(String tier, int perHour) {
    return Map.of("tier", tier, "perHour", perHour, "perSample", 0, "perOperatorHour", 0);
  }
}
