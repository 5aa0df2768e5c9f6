package cn.gfshare.instruments.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expert pool: filters, contact visibility, instrument links scoped to managed labs, rates. */
@QuarkusTest
class ExpertTest {

  private static CatalogFixture f;
  private static long semId, lcmsId, chen, lin;

  private static synchronized CatalogFixture fixture() {
    if (f == null) {
      CatalogFixture x = new CatalogFixture("exp");
      String gz = Tokens.managerGz();
      String fs = Tokens.managerFs();
      semId = x.instrument(gz, x.gzLab, Map.of("name", "扫描电子显微镜", "nameEn", "SEM"));
      lcmsId =
          x.instrument(
              fs, x.fsLab, Map.of("name", "液质联用仪", "nameEn", "LC-MS", "categoryCode", "010201"));
      chen =
          expert(
              gz,
              x,
              x.gzLab,
              "陈志远",
              "Chen Zhiyuan",
              List.of("电子显微学", "EBSD", x.token),
              List.of("zh", "yue"),
              List.of(semId));
      lin =
          expert(
              fs,
              x,
              x.fsLab,
              "林海",
              "Lin Hai",
              List.of("蛋白质组学", "Mass spectrometry", x.token),
              List.of("zh", "en"),
              List.of(lcmsId));
      f = x;
    }
    return f;
  }

  private static long expert(
      String token,
      CatalogFixture x,
      long lab,
      String name,
      String nameEn,
      List<String> fields,
      List<String> languages,
      List<Long> instruments) {
    Map<String, Object> body =
        new HashMap<>(
            Map.of(
                "labId",
                lab,
                "code",
                x.code("EXP"),
                "name",
                name,
                "nameEn",
                nameEn,
                "title",
                "研究员",
                "fields",
                fields,
                "languages",
                languages,
                "email",
                nameEn.replace(' ', '.').toLowerCase() + "@example.cn",
                "phone",
                "020-1234 5678",
                "instrumentIds",
                instruments));
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/experts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static ValidatableResponse search(Map<String, ?> params) {
    Map<String, Object> all = new HashMap<>(params);
    all.putIfAbsent("q", fixture().token);
    return given().queryParams(all).get("/api/v1/experts").then().statusCode(200);
  }

  @Test
  void expertFiltersNarrowThePool() {
    fixture();
    search(Map.of()).body("total", equalTo(2));
    search(Map.of("field", "ebsd")).body("items.id", contains((int) chen));
    search(Map.of("q", f.token + " 林海")).body("items.id", contains((int) lin));
    search(Map.of("city", "FS")).body("items.id", contains((int) lin));
    search(Map.of("institutionId", f.sysuId)).body("items.id", contains((int) chen));
    search(Map.of("instrumentId", lcmsId)).body("items.id", contains((int) lin));
    search(Map.of("language", "yue")).body("items.id", contains((int) chen));
    search(Map.of("labId", f.fsLab)).body("items.id", contains((int) lin));
    given().queryParam("city", "Mars").get("/api/v1/experts").then().statusCode(422);
  }

  @Test
  void emailAndPhoneOnlyForSignedInCallers() {
    fixture();
    search(Map.of("field", "ebsd"))
        .body("items[0]", not(hasKey("email")))
        .body("items[0]", not(hasKey("phone")));
    given()
        .get("/api/v1/experts/" + chen)
        .then()
        .statusCode(200)
        .body("$", not(hasKey("email")))
        .body("instruments.id", contains((int) semId))
        .body("fields", hasItem("EBSD"));
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .get("/api/v1/experts/" + chen)
        .then()
        .body("email", equalTo("chen.zhiyuan@example.cn"))
        .body("phone", equalTo("020-1234 5678"));
    given()
        .auth()
        .oauth2(Tokens.partner())
        .queryParams(Map.of("q", f.token, "field", "ebsd"))
        .get("/api/v1/experts")
        .then()
        .body("items[0].email", equalTo("chen.zhiyuan@example.cn"));
  }

  @Test
  void instrumentDetailListsItsQualifiedExperts() {
    fixture();
    given().get("/api/v1/instruments/" + semId).then().body("experts.id", contains((int) chen));
  }

  @Test
  void managerLinksOnlyInstrumentsOfLabsTheyManage() {
    fixture();
    String gz = Tokens.managerGz();
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .body(Map.of("instrumentIds", List.of(semId, lcmsId)))
        .put("/api/v1/experts/" + chen + "/instruments")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .contentType(ContentType.JSON)
        .body(Map.of("instrumentIds", List.of(lcmsId)))
        .put("/api/v1/experts/" + chen + "/instruments")
        .then()
        .statusCode(403);
    long second =
        f.instrument(
            gz, f.gzLab, Map.of("name", "聚焦离子束", "nameEn", "FIB-SEM", "categoryCode", "010103"));
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .body(Map.of("instrumentIds", List.of(semId, second)))
        .put("/api/v1/experts/" + chen + "/instruments")
        .then()
        .statusCode(200)
        .body("instruments.id", containsInAnyOrder((int) semId, (int) second));
    given()
        .auth()
        .oauth2(gz)
        .contentType(ContentType.JSON)
        .body(Map.of("instrumentIds", List.of(987654321L)))
        .put("/api/v1/experts/" + chen + "/instruments")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("instrumentIds"));
    // admins may link across labs
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("instrumentIds", List.of(semId, lcmsId)))
        .put("/api/v1/experts/" + chen + "/instruments")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("instrumentIds", List.of(semId)))
        .put("/api/v1/experts/" + chen + "/instruments")
        .then()
        .statusCode(200);
  }

  @Test
  void expertUpdateNeedsIfMatchAndKeepsLinksWhenOmitted() {
    fixture();
    String fs = Tokens.managerFs();
    String etag = given().get("/api/v1/experts/" + lin).then().extract().header("ETag");
    Map<String, Object> body =
        Map.of(
            "name",
            "林海",
            "nameEn",
            "Lin Hai",
            "title",
            "教授",
            "fields",
            List.of("蛋白质组学", "Mass spectrometry", f.token),
            "languages",
            List.of("zh", "en"),
            "consultations",
            false);
    given()
        .auth()
        .oauth2(fs)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/experts/" + lin)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/experts/" + lin)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(fs)
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/experts/" + lin)
        .then()
        .statusCode(200)
        .body("title", equalTo("教授"))
        .body("consultations", equalTo(false))
        .body("instruments.id", contains((int) lcmsId));
    given()
        .auth()
        .oauth2(fs)
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/experts/" + lin)
        .then()
        .statusCode(412);
    given()
        .auth()
        .oauth2(fs)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "labId",
                f.fsLab,
                "code",
                f.code("EXP"),
                "name",
                "",
                "nameEn",
                "X",
                "fields",
                List.of(),
                "languages",
                List.of("Chinese!")))
        .post("/api/v1/experts")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("fields")))
        .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("languages")));
  }

  @Test
  void consultationRatesAreAppendedForExperts() {
    fixture();
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .contentType(ContentType.JSON)
        .body(CatalogFixture.prices(today, 200, 400, 400, 800))
        .post("/api/v1/experts/" + chen + "/rate-cards")
        .then()
        .statusCode(201);
    given()
        .get("/api/v1/experts/" + chen)
        .then()
        .body("rates.find { it.tier == 'ENTERPRISE' }.perHour", equalTo(800.00f));
    given().get("/api/v1/experts/" + chen + "/rate-cards").then().body("total", equalTo(4));
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .contentType(ContentType.JSON)
        .body(CatalogFixture.prices(today, 1, 2, 2, 3))
        .post("/api/v1/experts/" + chen + "/rate-cards")
        .then()
        .statusCode(403);
    // an expert's id is not an instrument's
    given().get("/api/v1/instruments/" + chen).then().statusCode(404);
  }
}
