package cn.gfshare.instruments.catalog;

import static io.restassured.RestAssured.given;

import cn.gfshare.instruments.support.Tokens;
import io.restassured.http.ContentType;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds catalog data through the API with codes and a search token unique to one test class, so
 * tests never depend on what else the shared database holds.
 */
final class CatalogFixture {

  private static final AtomicInteger SEQ = new AtomicInteger();

  /** A word no demo or other test data contains; put in every instrument's techniques. */
  final String token;

  final long sysuId;
  final long jihuaId;
  final long gzLab;
  final long fsLab;

  CatalogFixture(String prefix) {
    token = prefix.toLowerCase(Locale.ROOT) + Long.toString(System.nanoTime() % 2_000_000_000L, 36);
    sysuId = institutionId("SYSU");
    jihuaId = institutionId("JIHUA");
    String admin = Tokens.admin();
    gzLab = lab(admin, sysuId, "manager-gz");
    fsLab = lab(admin, jihuaId, "manager-fs");
  }

  static long institutionId(String code) {
    return given()
        .queryParam("q", code)
        .get("/api/v1/institutions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("items.find { it.code == '" + code + "' }.id");
  }

  String code(String kind) {
    return (token + "-" + kind + "-" + SEQ.incrementAndGet()).toUpperCase(Locale.ROOT);
  }

  long lab(String adminToken, long institutionId, String manager) {
    String code = code("LAB");
    return given()
        .auth()
        .oauth2(adminToken)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "code",
                code,
                "institutionId",
                institutionId,
                "name",
                "测试平台 " + code,
                "nameEn",
                "Test platform " + code,
                "location",
                "Building 1",
                "contactName",
                "王老师",
                "contactPhone",
                "020-8888 0000",
                "contactEmail",
                "platform@example.cn",
                "managers",
                java.util.List.of(manager)))
        .post("/api/v1/labs")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Creates an instrument through the API as {@code managerToken}; returns its id. */
  long instrument(String managerToken, long labId, Map<String, Object> fields) {
    Map<String, Object> body =
        new java.util.HashMap<>(
            Map.of(
                "labId",
                labId,
                "code",
                code("INS"),
                "name",
                "仪器",
                "nameEn",
                "Instrument",
                "categoryCode",
                "010101",
                "valueCny",
                1_000_000,
                "techniques",
                java.util.List.of(token)));
    body.putAll(fields);
    return given()
        .auth()
        .oauth2(managerToken)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/instruments")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static Map<String, Object> prices(
      String effectiveFrom, int internal, int sameCity, int crossCity, int enterprise) {
    return Map.of(
        "effectiveFrom",
        effectiveFrom,
        "prices",
        java.util.List.of(
            tier("INTERNAL", internal),
            tier("SAME_CITY", sameCity),
            tier("CROSS_CITY", crossCity),
            tier("ENTERPRISE", enterprise)));
  }

  private static Map<String, Object> tier(String tier, int perHour) {
    return Map.of(
        "tier", tier, "perHour", perHour, "perSample", perHour / 2, "perOperatorHour", 100);
  }
}
