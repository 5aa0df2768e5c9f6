package cn.gfshare.instruments.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lab-manager scoping, ETag/If-Match, 422 shapes and rate cards on instruments. */
@QuarkusTest
class InstrumentWriteTest {

  private static CatalogFixture f;

  private static synchronized CatalogFixture fixture() {
    if (f == null) {
      f = new CatalogFixture("wr");
    }
    return f;
  }

  private static Map<String, Object> body(long labId, String code) {
    Map<String, Object> b = new HashMap<>();
    b.put("labId", labId);
    b.put("code", code);
    b.put("name", "原子力显微镜");
    b.put("nameEn", "Atomic force microscope");
    b.put("model", "Dimension Icon");
    b.put("manufacturer", "Bruker");
    b.put("categoryCode", "010702");
    b.put("valueCny", "3000000.00");
    b.put("techniques", List.of(fixture().token, "AFM"));
    return b;
  }

  private static long count(long labId) {
    return given()
        .queryParam("labId", labId)
        .queryParam("status", "ACTIVE,MAINTENANCE,RETIRED")
        .get("/api/v1/instruments")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  @Test
  void managerCreatesInOwnLabButNotInAnotherLab() {
    fixture();
    String code = f.code("INS");
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .contentType(ContentType.JSON)
        .body(body(f.gzLab, code))
        .post("/api/v1/instruments")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/instruments/"))
        .header("ETag", equalTo("\"0\""))
        .body("code", equalTo(code))
        .body("large", equalTo(true))
        .body("status", equalTo("ACTIVE"))
        .body("city", equalTo("GZ"))
        .body("institutionId", equalTo((int) f.sysuId));

    long before = count(f.fsLab);
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .contentType(ContentType.JSON)
        .body(body(f.fsLab, f.code("INS")))
        .post("/api/v1/instruments")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(403));
    assertThat(count(f.fsLab)).isEqualTo(before);
  }

  @Test
  void otherRolesAndAnonymousCannotWrite() {
    fixture();
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .contentType(ContentType.JSON)
        .body(body(f.gzLab, f.code("INS")))
        .post("/api/v1/instruments")
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(body(f.gzLab, f.code("INS")))
        .post("/api/v1/instruments")
        .then()
        .statusCode(401);
  }

  @Test
  void platformAdminMayWriteInAnyLab() {
    fixture();
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body(f.fsLab, f.code("INS")))
        .post("/api/v1/instruments")
        .then()
        .statusCode(201);
  }

  @Test
  void updateNeedsIfMatchAndAStaleOneIs412() {
    fixture();
    String gz = Tokens.managerGz();
    String code = f.code("INS");
    long id = f.instrument(gz, f.gzLab, body(f.gzLab, code));
    Map<String, Object> change = body(f.gzLab, code);
    change.put("valueCny", "450000");
    change.put("status", "MAINTENANCE");

    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .body(change)
        .put("/api/v1/instruments/" + id)
        .then()
        .statusCode(428)
        .contentType(startsWith("application/problem+json"))
        .body("currentEtag", equalTo("\"0\""));

    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(change)
        .put("/api/v1/instruments/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("large", equalTo(false))
        .body("status", equalTo("MAINTENANCE"))
        .body("valueCny", equalTo(450000.00f));

    change.put("valueCny", "460000");
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(change)
        .put("/api/v1/instruments/" + id)
        .then()
        .statusCode(412)
        .contentType(startsWith("application/problem+json"))
        .body("currentEtag", equalTo("\"1\""));
    given()
        .get("/api/v1/instruments/" + id)
        .then()
        .body("valueCny", equalTo(450000.00f))
        .header("ETag", equalTo("\"1\""));
  }

  @Test
  void sameContentPutKeepsTheEtag() {
    fixture();
    String gz = Tokens.managerGz();
    String code = f.code("INS");
    long id = f.instrument(gz, f.gzLab, body(f.gzLab, code));
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body(f.gzLab, code))
        .put("/api/v1/instruments/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""));
  }

  @Test
  void otherLabsManagerGets403OnUpdateRetireAndRates() {
    fixture();
    String code = f.code("INS");
    long id = f.instrument(Tokens.managerGz(), f.gzLab, body(f.gzLab, code));
    String fs = Tokens.managerFs();
    given()
        .auth()
        .oauth2(fs)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body(f.gzLab, code))
        .put("/api/v1/instruments/" + id)
        .then()
        .statusCode(403)
        .body("type", containsString("not-lab-manager"));
    given().auth().oauth2(fs).post("/api/v1/instruments/" + id + "/retire").then().statusCode(403);
    given()
        .auth()
        .oauth2(fs)
        .contentType(ContentType.JSON)
        .body(CatalogFixture.prices(tomorrow(), 100, 200, 200, 300))
        .post("/api/v1/instruments/" + id + "/rate-cards")
        .then()
        .statusCode(403);
    given()
        .get("/api/v1/instruments/" + id)
        .then()
        .body("status", equalTo("ACTIVE"))
        .header("ETag", equalTo("\"0\""));
  }

  @Test
  void invalidFieldsAre422WithEveryFailingFieldAndNothingIsWritten() {
    fixture();
    long before = count(f.gzLab);
    Map<String, Object> bad = body(f.gzLab, "bad code!");
    bad.remove("name");
    bad.put("valueCny", "-5");
    bad.put("categoryCode", "SEM");
    bad.put("acquisitionYear", 1800);
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .contentType(ContentType.JSON)
        .body(bad)
        .post("/api/v1/instruments")
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(422))
        .body(
            "violations.field",
            hasItems(
                containsString("code"),
                containsString("name"),
                containsString("valueCny"),
                containsString("categoryCode"),
                containsString("acquisitionYear")));

    Map<String, Object> unknownCategory = body(f.gzLab, f.code("INS"));
    unknownCategory.put("categoryCode", "019999");
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .contentType(ContentType.JSON)
        .body(unknownCategory)
        .post("/api/v1/instruments")
        .then()
        .statusCode(422)
        .body("rule", equalTo("instrument-invalid"))
        .body("violations[0].field", equalTo("categoryCode"))
        .body("violations[0].in", equalTo("body"));
    assertThat(count(f.gzLab)).isEqualTo(before);
  }

  @Test
  void duplicateCodeIs409AndCodeCannotChange() {
    fixture();
    String gz = Tokens.managerGz();
    String code = f.code("INS");
    long id = f.instrument(gz, f.gzLab, body(f.gzLab, code));
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .body(body(f.gzLab, code))
        .post("/api/v1/instruments")
        .then()
        .statusCode(409)
        .body("type", containsString("duplicate-code"));
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body(f.gzLab, code + "X"))
        .put("/api/v1/instruments/" + id)
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("code"));
  }

  @Test
  void retiringHidesFromTheDefaultListAndIsIdempotent() {
    fixture();
    String gz = Tokens.managerGz();
    long id = f.instrument(gz, f.gzLab, body(f.gzLab, f.code("INS")));
    given()
        .auth()
        .oauth2(gz)
        .post("/api/v1/instruments/" + id + "/retire")
        .then()
        .statusCode(200)
        .body("status", equalTo("RETIRED"))
        .header("ETag", equalTo("\"1\""));
    given()
        .auth()
        .oauth2(gz)
        .post("/api/v1/instruments/" + id + "/retire")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""));
    given()
        .queryParam("labId", f.gzLab)
        .queryParam("size", 200)
        .get("/api/v1/instruments")
        .then()
        .body("items.id", not(hasItem((int) id)));
  }

  @Test
  void rateCardsAreAppendedAsWholeListsAndNeverRewriteHistory() {
    fixture();
    String gz = Tokens.managerGz();
    long id = f.instrument(gz, f.gzLab, body(f.gzLab, f.code("INS")));
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    String rates = "/api/v1/instruments/" + id + "/rate-cards";

    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .body(CatalogFixture.prices(today, 100, 200, 200, 300))
        .post(rates)
        .then()
        .statusCode(201)
        .body("$", hasSize(4))
        .body("tier", hasItems("INTERNAL", "ENTERPRISE"))
        .body("inForce", hasItems(true));
    given()
        .get("/api/v1/instruments/" + id)
        .then()
        .header("ETag", equalTo("\"1\""))
        .body("rates", hasSize(4))
        .body("rates.find { it.tier == 'SAME_CITY' }.perHour", equalTo(200.00f));

    // the next list starts tomorrow: today's prices stay in force
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .body(CatalogFixture.prices(tomorrow(), 110, 220, 220, 330))
        .post(rates)
        .then()
        .statusCode(201);
    given()
        .get("/api/v1/instruments/" + id)
        .then()
        .body("rates.find { it.tier == 'SAME_CITY' }.perHour", equalTo(200.00f));
    given()
        .get(rates)
        .then()
        .statusCode(200)
        .body("total", equalTo(8))
        .body("items[0].effectiveFrom", equalTo(tomorrow()))
        .body("items[0].createdBy", equalTo(null));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get(rates)
        .then()
        .body("items[0].createdBy", equalTo("manager-gz"));

    // same day again → 409; yesterday → 422; cross-city above same-city → 422; three tiers → 422
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .body(CatalogFixture.prices(tomorrow(), 1, 2, 2, 3))
        .post(rates)
        .then()
        .statusCode(409)
        .body("type", containsString("rate-card-exists"));
    String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .body(CatalogFixture.prices(yesterday, 1, 2, 2, 3))
        .post(rates)
        .then()
        .statusCode(422)
        .body("rule", equalTo("rate-card-not-retroactive"))
        .body("violations.field", hasItem("effectiveFrom"));
    String later = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .body(CatalogFixture.prices(later, 100, 200, 250, 300))
        .post(rates)
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("prices[CROSS_CITY]"));
    Map<String, Object> three = new HashMap<>(CatalogFixture.prices(later, 100, 200, 200, 300));
    three.put("prices", ((List<?>) three.get("prices")).subList(0, 3));
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .body(three)
        .post(rates)
        .then()
        .statusCode(422)
        .body("violations.field", hasItem(containsString("prices")));
    given().get(rates).then().body("total", equalTo(8));
  }

  @Test
  void unknownInstrumentWritesAre404() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .post("/api/v1/instruments/987654321/retire")
        .then()
        .statusCode(404);
  }

  private static String tomorrow() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
  }
}
