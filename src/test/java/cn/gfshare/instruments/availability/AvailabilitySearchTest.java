package cn.gfshare.instruments.availability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/availability/search across both cities. */
@QuarkusTest
class AvailabilitySearchTest {

  String top;
  String child;
  long gzFree;
  long fsBusyMorning;

  @BeforeEach
  void catalog() {
    String[] tree = CatalogFixtures.categoryTree();
    top = tree[0];
    child = tree[1];
    long gzLab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long fsLab = CatalogFixtures.lab("JIHUA", "Asia/Shanghai", "manager-fs");
    gzFree = CatalogFixtures.instrument(gzLab, child);
    fsBusyMorning = CatalogFixtures.instrument(fsLab, top);
    long retired = CatalogFixtures.instrument(fsLab, child, InstrumentStatus.RETIRED, false, false);
    long closed = CatalogFixtures.instrument(gzLab, child);
    long otherCategory = CatalogFixtures.instrument(gzLab, CatalogFixtures.categoryTree()[0]);
    for (long id : new long[] {gzFree, fsBusyMorning, retired, otherCategory}) {
      CatalogFixtures.openAllWeek(id);
    }
    Api.put(Tokens.managerGz(), "/api/v1/resources/" + closed + "/opening-hours", "{\"days\":[]}")
        .then()
        .statusCode(200);
    CatalogFixtures.rateCard(fsBusyMorning, PriceTier.CROSS_CITY, "300.00", "10.00", "50.00");
    Api.bookOk(Tokens.researcherFs(), fsBusyMorning, t(3, "09:00"), t(3, "12:00"));
  }

  private static String t(int days, String hhmm) {
    return Slots.iso(Slots.SHANGHAI, days, hhmm);
  }

  private static RequestSpecification search(String token) {
    return search(token, 120);
  }

  private static RequestSpecification search(String token, int minutes) {
    return given()
        .auth()
        .oauth2(token)
        .queryParam("from", t(3, "09:00"))
        .queryParam("to", t(4, "00:00"))
        .queryParam("durationMinutes", minutes);
  }

  @Test
  void findsInstrumentsOfTheSubtreeInBothCitiesEarliestFirstWithTheCallersTierAndPrice() {
    String day = LocalDate.now(Slots.SHANGHAI).plusDays(3).toString();
    search(Tokens.researcherGz())
        .queryParam("category", top)
        .get("/api/v1/availability/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.instrumentId", contains((int) gzFree, (int) fsBusyMorning))
        .body("items[0].earliestStart", equalTo(day + "T09:00:00+08:00"))
        .body("items[0].earliestEnd", equalTo(day + "T11:00:00+08:00"))
        .body("items[0].cityCode", equalTo("GZ"))
        .body("items[0].priceTier", equalTo("INTERNAL"))
        .body("items[0].priceEstimate", equalTo(null))
        .body("items[1].earliestStart", equalTo(day + "T12:00:00+08:00"))
        .body("items[1].cityCode", equalTo("FS"))
        .body("items[1].priceTier", equalTo("CROSS_CITY"))
        .body("items[1].priceEstimate.total", equalTo(600.0f));
  }

  @Test
  void filtersByCityAndBySubCategory() {
    search(Tokens.researcherGz())
        .queryParam("category", top)
        .queryParam("city", "FS")
        .get("/api/v1/availability/search")
        .then()
        .statusCode(200)
        .body("items.instrumentId", contains((int) fsBusyMorning));
    search(Tokens.researcherGz())
        .queryParam("category", child)
        .get("/api/v1/availability/search")
        .then()
        .statusCode(200)
        .body("items.instrumentId", contains((int) gzFree));
  }

  @Test
  void instrumentsWithoutASlotLongEnoughAreLeftOut() {
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("category", top)
        .queryParam("from", t(3, "09:00"))
        .queryParam("to", t(3, "12:00"))
        .queryParam("durationMinutes", 120)
        .get("/api/v1/availability/search")
        .then()
        .statusCode(200)
        .body("items.instrumentId", contains((int) gzFree));
    // longer than the default maximum of 8 hours: nothing fits
    search(Tokens.researcherGz(), 600)
        .queryParam("category", top)
        .get("/api/v1/availability/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void anInstrumentBookedSolidForDaysShowsItsFirstFreeSlotAfterThem() {
    long gzLab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long solid = CatalogFixtures.instrument(gzLab, child);
    CatalogFixtures.openAllWeek(solid);
    for (int day : new int[] {3, 4}) {
      for (String[] s : new String[][] {{"00:00", "08:00"}, {"08:00", "16:00"}}) {
        Api.bookOk(Tokens.researcherGz(), solid, t(day, s[0]), t(day, s[1]));
      }
      Api.bookOk(Tokens.researcherGz(), solid, t(day, "16:00"), t(day + 1, "00:00"));
    }
    String day5 = LocalDate.now(Slots.SHANGHAI).plusDays(5).toString();
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("category", child)
        .queryParam("from", t(3, "00:00"))
        .queryParam("to", t(9, "00:00"))
        .queryParam("durationMinutes", 60)
        .get("/api/v1/availability/search")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.instrumentId == " + solid + " }.earliestStart",
            equalTo(day5 + "T00:00:00+08:00"));
  }

  @Test
  void resultsArePaged() {
    search(Tokens.researcherGz())
        .queryParam("category", top)
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get("/api/v1/availability/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items", hasSize(1))
        .body("items[0].instrumentId", equalTo((int) fsBusyMorning));
  }

  @Test
  void badSearchesAre422() {
    search(Tokens.researcherGz())
        .queryParam("category", "NO-SUCH")
        .get("/api/v1/availability/search")
        .then()
        .statusCode(422)
        .body("rule", equalTo("category-exists"));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("category", top)
        .get("/api/v1/availability/search")
        .then()
        .statusCode(422)
        .body("rule", equalTo("duration"));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("durationMinutes", 60)
        .queryParam("from", t(1, "00:00"))
        .queryParam("to", t(40, "00:00"))
        .get("/api/v1/availability/search")
        .then()
        .statusCode(422)
        .body("rule", equalTo("window-too-long"))
        .contentType(startsWith("application/problem+json"));
  }
}
