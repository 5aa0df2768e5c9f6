package cn.gfshare.instruments.availability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/v1/instruments/{id}/availability. */
@QuarkusTest
class InstrumentAvailabilityTest {

  private static final ZoneId SH = Slots.SHANGHAI;
  private static final String EVERY_DAY_9_TO_18 = everyDay("09:00", "18:00");

  private static String everyDay(String from, String to) {
    StringBuilder b = new StringBuilder("{\"days\":[");
    for (String d :
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
      b.append("{\"day\":\"")
          .append(d)
          .append("\",\"hours\":[{\"from\":\"")
          .append(from)
          .append("\",\"to\":\"")
          .append(to)
          .append("\"}]},");
    }
    return b.substring(0, b.length() - 1) + "]}";
  }

  private static long instrument(String institution, String zone, String manager) {
    long lab = CatalogFixtures.lab(institution, zone, manager);
    return CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
  }

  private static JsonPath free(String token, long id, String from, String to) {
    return given()
        .auth()
        .oauth2(token)
        .queryParam("from", from)
        .queryParam("to", to)
        .get("/api/v1/instruments/" + id + "/availability")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String t(int days, String hhmm) {
    return Slots.iso(SH, days, hhmm);
  }

  private static String local(int days, String hhmm) {
    return LocalDate.now(SH).plusDays(days) + "T" + hhmm + ":00+08:00";
  }

  @Test
  void freeTimeIsOpeningHoursMinusBookingsWithTheirBuffersOnTheGrid() {
    long id = instrument("SYSU", "Asia/Shanghai", "manager-gz");
    Api.put(Tokens.managerGz(), "/api/v1/resources/" + id + "/opening-hours", EVERY_DAY_9_TO_18)
        .then()
        .statusCode(200);
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().buffer(20).build());
    Api.bookOk(Tokens.researcherGz(), id, t(3, "10:00"), t(3, "12:00"));
    JsonPath p = free(Tokens.researcherGz(), id, t(3, "00:00"), t(4, "00:00"));
    assertThat(p.getLong("instrumentId")).isEqualTo(id);
    assertThat(p.getString("timeZone")).isEqualTo("Asia/Shanghai");
    // 09:40 and 12:20 are the buffered edges; the 30-minute grid moves them to 09:30 and 12:30
    assertThat(p.getList("free", Map.class))
        .containsExactly(
            Map.of("start", local(3, "09:00"), "end", local(3, "09:30")),
            Map.of("start", local(3, "12:30"), "end", local(3, "18:00")));
  }

  @Test
  void exceptionsAndBlackoutsShapeTheFreeTime() {
    long id = instrument("SYSU", "Asia/Shanghai", "manager-gz");
    String base = "/api/v1/resources/" + id;
    Api.put(Tokens.managerGz(), base + "/opening-hours", EVERY_DAY_9_TO_18).then().statusCode(200);
    Api.put(
            Tokens.managerGz(),
            base + "/exceptions/" + LocalDate.now(SH).plusDays(4),
            "{\"hours\":[]}")
        .then()
        .statusCode(200);
    Api.put(
            Tokens.managerGz(),
            base + "/exceptions/" + LocalDate.now(SH).plusDays(5),
            "{\"hours\":[{\"from\":\"08:00\",\"to\":\"20:00\"}]}")
        .then()
        .statusCode(200);
    Api.post(
            Tokens.managerGz(),
            base + "/blackouts",
            "{\"start\":\""
                + t(5, "12:00")
                + "\",\"end\":\""
                + t(5, "13:00")
                + "\",\"reason\":\"vacuum pump service\"}")
        .then()
        .statusCode(201);
    JsonPath p = free(Tokens.researcherGz(), id, t(3, "00:00"), t(6, "00:00"));
    assertThat(p.getList("free", Map.class))
        .containsExactly(
            Map.of("start", local(3, "09:00"), "end", local(3, "18:00")),
            Map.of("start", local(5, "08:00"), "end", local(5, "12:00")),
            Map.of("start", local(5, "13:00"), "end", local(5, "20:00")));
  }

  @Test
  void aLabInBerlinKeepsLocalOpeningTimesAcrossTheNextDaylightSavingChange() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    long id = instrument("SYSU", "Europe/Berlin", "manager-gz");
    Api.put(
            Tokens.managerGz(),
            "/api/v1/resources/" + id + "/opening-hours",
            everyDay("09:00", "17:00"))
        .then()
        .statusCode(200);
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().horizon(366).build());
    ZoneOffsetTransition next =
        berlin.getRules().nextTransition(Instant.now().plus(Duration.ofDays(2)));
    LocalDate day = next.getDateTimeBefore().toLocalDate();
    String from = day.minusDays(1).atStartOfDay(berlin).toOffsetDateTime().toString();
    String to = day.plusDays(2).atStartOfDay(berlin).toOffsetDateTime().toString();
    JsonPath p = free(Tokens.researcherGz(), id, from, to);
    assertThat(p.getString("timeZone")).isEqualTo("Europe/Berlin");
    List<Map<String, String>> free = p.getList("free");
    assertThat(free).hasSize(3);
    for (int i = 0; i < 3; i++) {
      OffsetDateTime start = OffsetDateTime.parse(free.get(i).get("start"));
      OffsetDateTime end = OffsetDateTime.parse(free.get(i).get("end"));
      assertThat(start.toLocalDate()).isEqualTo(day.plusDays(i - 1));
      assertThat(start.toLocalTime().toString()).isEqualTo("09:00");
      assertThat(end.toLocalTime().toString()).isEqualTo("17:00");
      assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(8));
    }
    // the offset changes across the transition, so the same local hours are different UTC hours
    assertThat(OffsetDateTime.parse(free.get(0).get("start")).getOffset())
        .isEqualTo(next.getOffsetBefore());
    assertThat(OffsetDateTime.parse(free.get(2).get("start")).getOffset())
        .isEqualTo(next.getOffsetAfter());
    // and a booking on the day after the change lands on local 09:00
    String start = day.plusDays(1).atTime(9, 0).atZone(berlin).toOffsetDateTime().toString();
    String end = day.plusDays(1).atTime(10, 0).atZone(berlin).toOffsetDateTime().toString();
    Api.book(Tokens.researcherGz(), id, start, end)
        .then()
        .statusCode(201)
        .body("start", equalTo(day.plusDays(1) + "T09:00:00" + next.getOffsetAfter().getId()));
  }

  @Test
  void externalCallersSeeFreeTimeOnlyAfterTheirLeadTime() {
    long id = instrument("SYSU", "Asia/Shanghai", "manager-gz");
    CatalogFixtures.openAllWeek(id);
    Instant now = Instant.now();
    String from = OffsetDateTime.now(SH).toString();
    String to = OffsetDateTime.now(SH).plusDays(1).toString();
    Instant internalFirst =
        OffsetDateTime.parse(free(Tokens.researcherGz(), id, from, to).getString("free[0].start"))
            .toInstant();
    Instant externalFirst =
        OffsetDateTime.parse(free(Tokens.researcherFs(), id, from, to).getString("free[0].start"))
            .toInstant();
    assertThat(internalFirst).isBefore(now.plus(Duration.ofMinutes(31)));
    assertThat(externalFirst).isAfterOrEqualTo(now.plus(Duration.ofMinutes(120)));
  }

  @Test
  void windowsAreCheckedAgainstHorizonAndLength() {
    long id = instrument("SYSU", "Asia/Shanghai", "manager-gz");
    String path = "/api/v1/instruments/" + id + "/availability";
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("from", t(1, "00:00"))
        .queryParam("to", t(20, "00:00"))
        .get(path)
        .then()
        .statusCode(422)
        .body("rule", equalTo("horizon"));
    CatalogFixtures.rules(id, CatalogFixtures.ruleSet().horizon(200).build());
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("from", t(1, "00:00"))
        .queryParam("to", t(60, "00:00"))
        .get(path)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("from", t(1, "00:00"))
        .queryParam("to", t(100, "00:00"))
        .get(path)
        .then()
        .statusCode(422)
        .body("rule", equalTo("window-too-long"));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("from", t(3, "00:00"))
        .queryParam("to", t(2, "00:00"))
        .get(path)
        .then()
        .statusCode(422)
        .body("rule", equalTo("window-order"));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("from", "tomorrow")
        .get(path)
        .then()
        .statusCode(422)
        .body("rule", equalTo("datetime-format"));
    // no window given: from now to the horizon
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get(path)
        .then()
        .statusCode(200)
        .body(
            "free.size()",
            equalTo(
                given()
                    .auth()
                    .oauth2(Tokens.researcherGz())
                    .get(path)
                    .then()
                    .extract()
                    .path("free.size()")));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get("/api/v1/instruments/987654321/availability")
        .then()
        .statusCode(404);
    given().get(path).then().statusCode(401);
  }

  @Test
  void aFullyBookedDayHasNoFreeTime() {
    long id = instrument("SYSU", "Asia/Shanghai", "manager-gz");
    Api.put(Tokens.managerGz(), "/api/v1/resources/" + id + "/opening-hours", EVERY_DAY_9_TO_18)
        .then()
        .statusCode(200);
    Api.bookOk(Tokens.researcherGz(), id, t(3, "09:00"), t(3, "17:00"));
    Api.bookOk(Tokens.researcherFs(), id, t(3, "17:00"), t(3, "18:00"));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("from", t(3, "00:00"))
        .queryParam("to", t(4, "00:00"))
        .get("/api/v1/instruments/" + id + "/availability")
        .then()
        .statusCode(200)
        .body("free", hasSize(0));
  }
}
