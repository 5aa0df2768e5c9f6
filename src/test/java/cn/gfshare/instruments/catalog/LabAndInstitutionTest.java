package cn.gfshare.instruments.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Institutions, labs and managers: admin-only writes, contact visibility, the managers set. */
@QuarkusTest
class LabAndInstitutionTest {

  private static CatalogFixture f;

  private static synchronized CatalogFixture fixture() {
    if (f == null) {
      f = new CatalogFixture("lab");
    }
    return f;
  }

  @Test
  void institutionsOfBothCitiesArePublicAndFilterable() {
    given()
        .queryParam("size", 200)
        .get("/api/v1/institutions")
        .then()
        .statusCode(200)
        .body("total", greaterThanOrEqualTo(12))
        .body("items.code", hasItem("SYSU"))
        .body("items.code", hasItem("JIHUA"));
    given()
        .queryParam("city", "FS")
        .queryParam("size", 200)
        .get("/api/v1/institutions")
        .then()
        .body("items.city", everyItem(equalTo("FS")))
        .body("items.code", hasItem("JIHUA"));
    given()
        .queryParam("type", "ENTERPRISE")
        .get("/api/v1/institutions")
        .then()
        .body("items.code", hasItem("YIZUMI"));
    given().queryParam("type", "SHOP").get("/api/v1/institutions").then().statusCode(422);
    given()
        .get("/api/v1/institutions/" + fixture().sysuId)
        .then()
        .statusCode(200)
        .body("code", equalTo("SYSU"))
        .body("labCount", greaterThanOrEqualTo(1))
        .header("ETag", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void onlyPlatformAdminsManageInstitutions() {
    String code = fixture().code("I").replace("-", "").substring(0, 12);
    Map<String, Object> body =
        Map.of(
            "code",
            code,
            "name",
            "佛山市第一人民医院",
            "nameEn",
            "First People's Hospital of Foshan",
            "city",
            "FS",
            "type",
            "HOSPITAL");
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/institutions")
        .then()
        .statusCode(403);
    long id =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/institutions")
            .then()
            .statusCode(201)
            .body("city", equalTo("FS"))
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/institutions")
        .then()
        .statusCode(409);

    Map<String, Object> moved =
        Map.of(
            "name",
            "佛山市第一人民医院",
            "nameEn",
            "First People's Hospital of Foshan",
            "city",
            "GZ",
            "type",
            "HOSPITAL",
            "address",
            "岭南大道北81号");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(moved)
        .put("/api/v1/institutions/" + id)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(moved)
        .put("/api/v1/institutions/" + id)
        .then()
        .statusCode(200)
        .body("city", equalTo("GZ"))
        .header("ETag", equalTo("\"1\""));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(moved)
        .put("/api/v1/institutions/" + id)
        .then()
        .statusCode(412);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("code", "x", "name", "", "nameEn", "N", "city", "SZ", "type", "SHOP"))
        .post("/api/v1/institutions")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("type")));
  }

  @Test
  void labContactAndManagersAreForSignedInCallersOnly() {
    fixture();
    given()
        .get("/api/v1/labs/" + f.gzLab)
        .then()
        .statusCode(200)
        .body("$", not(hasKey("contact")))
        .body("$", not(hasKey("managers")))
        .body("city", equalTo("GZ"))
        .body("institutionCode", equalTo("SYSU"))
        .body("timeZone", equalTo("Asia/Shanghai"));
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .get("/api/v1/labs/" + f.gzLab)
        .then()
        .statusCode(200)
        .body("contact.name", equalTo("王老师"))
        .body("contact.email", equalTo("platform@example.cn"))
        .body("managers", contains("manager-gz"));
    given()
        .queryParam("institutionId", f.sysuId)
        .queryParam("size", 200)
        .get("/api/v1/labs")
        .then()
        .body("items.id", hasItem((int) f.gzLab))
        .body("items[0].contact", nullValue());
    given()
        .queryParam("city", "FS")
        .queryParam("size", 200)
        .get("/api/v1/labs")
        .then()
        .body("items.id", hasItem((int) f.fsLab))
        .body("items.id", not(hasItem((int) f.gzLab)));
  }

  @Test
  void mineListsTheLabsTheCallerManages() {
    fixture();
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .queryParam("mine", true)
        .queryParam("size", 200)
        .get("/api/v1/labs")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) f.fsLab))
        .body("items.id", not(hasItem((int) f.gzLab)));
    given().queryParam("mine", true).get("/api/v1/labs").then().statusCode(401);
  }

  @Test
  void adminSetsManagersAndTheNewManagerMayThenWrite() {
    fixture();
    long lab = f.lab(Tokens.admin(), f.jihuaId, "someone-else");
    Map<String, Object> instrument =
        Map.of(
            "labId",
            lab,
            "code",
            f.code("INS"),
            "name",
            "飞秒激光器",
            "nameEn",
            "Femtosecond laser",
            "categoryCode",
            "090101",
            "valueCny",
            3_500_000);
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .contentType(ContentType.JSON)
        .body(instrument)
        .post("/api/v1/instruments")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .contentType(ContentType.JSON)
        .body(Map.of("usernames", List.of("manager-fs")))
        .put("/api/v1/labs/" + lab + "/managers")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("usernames", List.of("manager-fs", "someone-else")))
        .put("/api/v1/labs/" + lab + "/managers")
        .then()
        .statusCode(200)
        .body("managers", containsInAnyOrder("manager-fs", "someone-else"))
        .header("ETag", equalTo("\"1\""));
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .contentType(ContentType.JSON)
        .body(instrument)
        .post("/api/v1/instruments")
        .then()
        .statusCode(201);
  }

  @Test
  void managerUpdatesOwnLabDescriptionButNotAnotherOne() {
    fixture();
    Map<String, Object> body =
        Map.of(
            "name",
            "测试平台（新）",
            "nameEn",
            "Test platform (renamed)",
            "contactPhone",
            "0757-8888 1234",
            "timeZone",
            "Asia/Shanghai");
    String etag = given().get("/api/v1/labs/" + f.fsLab).then().extract().header("ETag");
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/labs/" + f.fsLab)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/labs/" + f.fsLab)
        .then()
        .statusCode(200)
        .body("name", equalTo("测试平台（新）"))
        .body("contact.phone", equalTo("0757-8888 1234"));
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(Map.of("name", "x", "nameEn", "x", "timeZone", "Mars/Olympus"))
        .put("/api/v1/labs/" + f.fsLab)
        .then()
        .statusCode(412);
  }

  @Test
  void categoriesAreAThreeLevelTreeOfFifteenClasses() {
    given()
        .get("/api/v1/categories")
        .then()
        .statusCode(200)
        .body("total", equalTo(15))
        .body("items", org.hamcrest.Matchers.hasSize(15))
        .body("items[0].code", equalTo("01"))
        .body("items[14].code", equalTo("15"))
        .body("items[0].children.code", hasItem("0101"))
        .body("items[0].children.find { it.code == '0101' }.children.code", hasItem("010101"))
        .body(
            "items[0].children.find { it.code == '0101' }.children.find { it.code == '010101' }.path",
            equalTo("01/0101/010101/"));
    given()
        .get("/api/v1/categories/0102")
        .then()
        .statusCode(200)
        .body("level", equalTo(2))
        .body("children.code", hasItem("010203"));
    given().get("/api/v1/categories/7777").then().statusCode(404);
    given().get("/api/v1/cities").then().statusCode(200).body("items.code", contains("GZ", "FS"));
  }
}
