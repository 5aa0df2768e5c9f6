package cn.gfshare.instruments.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** GET /api/v1/me/calendar.ics and the secret feed URL, parsed back with ical4j. */
@QuarkusTest
class MyCalendarTest {

  private static List<String> uids(String ics) throws Exception {
    Calendar cal = new CalendarBuilder().build(new StringReader(ics));
    cal.validate();
    List<VEvent> events = cal.getComponents(Component.VEVENT);
    return events.stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
  }

  @Test
  void myCalendarHoldsMyReservationsAndTheSecretFeedCanBeRotatedAndRevoked() throws Exception {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    CatalogFixtures.openAllWeek(id);
    long mine =
        Api.bookOk(
            Tokens.managerGz(),
            id,
            Slots.iso(Slots.SHANGHAI, 3, "10:00"),
            Slots.iso(Slots.SHANGHAI, 3, "11:00"));
    long theirs =
        Api.bookOk(
            Tokens.researcherFs(),
            id,
            Slots.iso(Slots.SHANGHAI, 3, "12:00"),
            Slots.iso(Slots.SHANGHAI, 3, "13:00"));

    String ics =
        given()
            .auth()
            .oauth2(Tokens.managerGz())
            .get("/api/v1/me/calendar.ics")
            .then()
            .statusCode(200)
            .contentType("text/calendar")
            .extract()
            .asString();
    assertThat(uids(ics))
        .contains("reservation-" + mine + "@gf-instruments.cn")
        .doesNotContain("reservation-" + theirs + "@gf-instruments.cn");
    given().get("/api/v1/me/calendar.ics").then().statusCode(401);

    String url =
        given()
            .auth()
            .oauth2(Tokens.managerGz())
            .post("/api/v1/me/calendar-feed")
            .then()
            .statusCode(200)
            .extract()
            .path("url");
    assertThat(uids(given().get(url).then().statusCode(200).extract().asString()))
        .contains("reservation-" + mine + "@gf-instruments.cn");
    String rotated =
        given()
            .auth()
            .oauth2(Tokens.managerGz())
            .post("/api/v1/me/calendar-feed")
            .then()
            .statusCode(200)
            .extract()
            .path("url");
    given().get(url).then().statusCode(404);
    given().get(rotated).then().statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .delete("/api/v1/me/calendar-feed")
        .then()
        .statusCode(204);
    given().get(rotated).then().statusCode(404);
    given().get("/api/v1/calendar-feeds/not-a-token.ics").then().statusCode(404);
  }
}
