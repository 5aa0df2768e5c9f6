package cn.gfshare.instruments.hardening;

import static cn.gfshare.instruments.hardening.BadInputTest.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Personal calendars are for people, and no cache keeps any calendar. */
@QuarkusTest
class PersonalEndpointsTest {

  @Test
  void aPartnerMachineClientHasNoPersonalCalendar() {
    String partner = Tokens.partner();
    assertProblem(given().auth().oauth2(partner).post("/api/v1/me/calendar-feed"), 403);
    assertProblem(given().auth().oauth2(partner).delete("/api/v1/me/calendar-feed"), 403);
    assertProblem(given().auth().oauth2(partner).get("/api/v1/me/calendar.ics"), 403);
    // who am I stays answerable for every signed-in client
    given().auth().oauth2(partner).get("/api/v1/me").then().statusCode(200);
  }

  @Test
  void calendarsAreNeitherCachedNorStored() {
    String researcher = Tokens.researcherGz();
    given()
        .auth()
        .oauth2(researcher)
        .get("/api/v1/me/calendar.ics")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("private, no-store"));
    long id =
        given()
            .get("/api/v1/instruments?size=1")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    given()
        .get("/api/v1/instruments/" + id + "/calendar.ics")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("private, no-store"));
    String url =
        given()
            .auth()
            .oauth2(researcher)
            .post("/api/v1/me/calendar-feed")
            .then()
            .statusCode(200)
            .extract()
            .path("url");
    Response feed = given().get(java.net.URI.create(url).getPath());
    feed.then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
    given().auth().oauth2(researcher).delete("/api/v1/me/calendar-feed").then().statusCode(204);
  }
}
