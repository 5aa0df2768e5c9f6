package cn.gfshare.instruments.availability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** GET /api/v1/instruments/{id}/calendar.ics, parsed back with ical4j. */
@QuarkusTest
class InstrumentCalendarTest {

  @Test
  void busyTimesAreAValidCalendarWithoutPersonalData() throws Exception {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    CatalogFixtures.openAllWeek(id);
    String start = Slots.iso(Slots.SHANGHAI, 3, "10:00");
    String end = Slots.iso(Slots.SHANGHAI, 3, "12:00");
    long r = Api.bookOk(Tokens.researcherFs(), id, start, end);
    long cancelled =
        Api.bookOk(
            Tokens.researcherFs(),
            id,
            Slots.iso(Slots.SHANGHAI, 4, "10:00"),
            Slots.iso(Slots.SHANGHAI, 4, "11:00"));
    Api.act(Tokens.researcherFs(), cancelled, "cancel").then().statusCode(200);
    Api.post(
            Tokens.managerGz(),
            "/api/v1/resources/" + id + "/blackouts",
            "{\"start\":\""
                + Slots.iso(Slots.SHANGHAI, 5, "09:00")
                + "\",\"end\":\""
                + Slots.iso(Slots.SHANGHAI, 5, "10:00")
                + "\",\"reason\":\"secret internal reason\"}")
        .then()
        .statusCode(201);

    String ics =
        given()
            .get("/api/v1/instruments/" + id + "/calendar.ics")
            .then()
            .statusCode(200)
            .contentType("text/calendar")
            .extract()
            .asString();
    assertThat(ics)
        .doesNotContain("researcher-fs")
        .doesNotContain("test measurement")
        .doesNotContain("secret internal reason");

    Calendar cal = new CalendarBuilder().build(new StringReader(ics));
    cal.validate();
    List<VEvent> events = cal.getComponents(Component.VEVENT);
    assertThat(events).hasSize(2);
    VEvent busy = events.stream().filter(e -> summary(e).equals("Busy")).findFirst().orElseThrow();
    assertThat(busy.getUid().orElseThrow().getValue())
        .isEqualTo("reservation-" + r + "@gf-instruments.cn");
    assertThat(toInstant(busy.<Temporal>getDateTimeStart().orElseThrow().getDate()))
        .isEqualTo(OffsetDateTime.parse(start).toInstant());
    assertThat(toInstant(busy.<Temporal>getDateTimeEnd().orElseThrow().getDate()))
        .isEqualTo(OffsetDateTime.parse(end).toInstant());
    assertThat(events).anyMatch(e -> summary(e).equals("Unavailable"));
  }

  @Test
  void unknownInstrumentIs404() {
    given().get("/api/v1/instruments/987654321/calendar.ics").then().statusCode(404);
  }

  private static String summary(VEvent e) {
    return e.getSummary().map(s -> s.getValue()).orElse("");
  }

  private static Instant toInstant(Temporal t) {
    return Instant.from(t);
  }
}
