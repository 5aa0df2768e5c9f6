package cn.gfshare.instruments.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** POST /labs/{id}/instruments/import and GET .../export.csv over HTTP. */
@QuarkusTest
class InstrumentImportTest {

  private static final String HEADER =
      "code,name_zh,name_en,model,manufacturer,category_code,value_cny,acquisition_year,status,location,techniques,"
          + "requires_approval,qualification_required,operator_assisted,internal_per_hour,same_city_per_hour,"
          + "cross_city_per_hour,enterprise_per_hour\n";

  /** REST Assured would otherwise send "text/csv; charset=ISO-8859-1", which the server honours. */
  private static final RestAssuredConfig LATIN1_NOT_ASSUMED =
      RestAssuredConfig.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false));

  private static CatalogFixture f;

  private static synchronized CatalogFixture fixture() {
    if (f == null) {
      f = new CatalogFixture("imp");
    }
    return f;
  }

  private static String line(String code, String category, String value) {
    return code
        + ",场发射扫描电子显微镜,FE-SEM,GeminiSEM 560,ZEISS,"
        + category
        + ","
        + value
        + ",2022,ACTIVE,测试楼 A305,\"SEM;EDS;"
        + fixture().token
        + "\",false,true,true,180,300,300,450\n";
  }

  private static ValidatableResponse post(String token, long lab, String csv, Boolean partial) {
    var req =
        given()
            .auth()
            .oauth2(token)
            .contentType("text/csv; charset=UTF-8")
            .body(csv.getBytes(StandardCharsets.UTF_8));
    if (partial != null) {
      req.queryParam("partial", partial);
    }
    return req.post("/api/v1/labs/" + lab + "/instruments/import").then();
  }

  private static long labTotal(long lab) {
    return given()
        .queryParam("labId", lab)
        .queryParam("status", "ACTIVE,MAINTENANCE,RETIRED")
        .get("/api/v1/instruments")
        .then()
        .extract()
        .jsonPath()
        .getLong("total");
  }

  @Test
  void goodFileCreatesThenReimportUpdatesOrLeavesUnchanged() {
    fixture();
    String a = f.code("CSV"), b = f.code("CSV");
    String csv =
        "\uFEFF" + HEADER + line(a, "010101", "4580000") + line(b, "020202", "\"680,000.00\"");
    post(Tokens.managerGz(), f.gzLab, csv, null)
        .statusCode(200)
        .body("rowCount", equalTo(2))
        .body("created", equalTo(2))
        .body("errors", equalTo(0))
        .body("rows.status", contains("CREATED", "CREATED"))
        .body("rows.row", contains(2, 3));
    long id =
        given()
            .queryParam("q", a)
            .get("/api/v1/instruments")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    given()
        .get("/api/v1/instruments/" + id)
        .then()
        .body("name", equalTo("场发射扫描电子显微镜"))
        .body("qualificationRequired", equalTo(true))
        .body("rates", hasSize(4))
        .body("rates.find { it.tier == 'ENTERPRISE' }.perHour", equalTo(450.00f));

    String changed = HEADER + line(a, "010101", "4580000") + line(b, "020202", "700000");
    post(Tokens.managerGz(), f.gzLab, changed, null)
        .statusCode(200)
        .body("rows.status", contains("UNCHANGED", "UPDATED"))
        .body("unchanged", equalTo(1))
        .body("updated", equalTo(1));
    given().get("/api/v1/instruments/" + id + "/rate-cards").then().body("total", equalTo(4));
  }

  @Test
  void oneBadRowRejectsTheWholeFileWithAPerRowReport() {
    fixture();
    long before = labTotal(f.gzLab);
    String good = f.code("CSV"), bad = f.code("CSV");
    String csv = HEADER + line(good, "010101", "100000") + line(bad, "999999", "abc");
    post(Tokens.managerGz(), f.gzLab, csv, null)
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("rule", equalTo("import-rows-invalid"))
        .body("rowCount", equalTo(2))
        .body("errorCount", equalTo(1))
        .body("rows", hasSize(1))
        .body("rows[0].row", equalTo(3))
        .body("rows[0].code", equalTo(bad))
        .body("rows[0].status", equalTo("ERROR"))
        .body("rows[0].errors.column", hasItem("value_cny"));
    assertThat(labTotal(f.gzLab)).isEqualTo(before);
  }

  @Test
  void partialImportWritesTheGoodRowsAndReportsTheBadOnes() {
    fixture();
    long before = labTotal(f.gzLab);
    String good = f.code("CSV"), badCategory = f.code("CSV");
    String csv =
        HEADER
            + line(good, "010101", "100000")
            + line(badCategory, "019999", "100000")
            + line(good, "010101", "1");
    post(Tokens.managerGz(), f.gzLab, csv, true)
        .statusCode(200)
        .body("partial", equalTo(true))
        .body("created", equalTo(1))
        .body("errors", equalTo(2))
        .body("rows.status", contains("CREATED", "ERROR", "ERROR"))
        .body("rows[1].errors[0].column", equalTo("category_code"))
        .body("rows[2].errors[0].message", containsString("repeats row 2"));
    assertThat(labTotal(f.gzLab)).isEqualTo(before + 1);
  }

  @Test
  void codesOfAnotherLabAndOtherLabsManagersAreRefused() {
    fixture();
    String code = f.code("CSV");
    post(Tokens.managerFs(), f.fsLab, HEADER + line(code, "010101", "100000"), null)
        .statusCode(200);
    post(Tokens.managerGz(), f.gzLab, HEADER + line(code, "010101", "100000"), null)
        .statusCode(422)
        .body("rows[0].errors[0].message", containsString("belongs to lab"));
    post(Tokens.managerGz(), f.fsLab, HEADER + line(f.code("CSV"), "010101", "100000"), null)
        .statusCode(403);
    post(Tokens.researcherGz(), f.gzLab, HEADER, null).statusCode(403);
  }

  @Test
  void badHeaderEncodingAndSyntaxAre422() {
    fixture();
    post(Tokens.managerGz(), f.gzLab, "code,name_zh,colour\nA,甲,red\n", null)
        .statusCode(422)
        .body("rule", equalTo("csv-header"))
        .body("violations.field", hasItem("colour"))
        .body("violations.field", hasItem("category_code"));
    post(Tokens.managerGz(), f.gzLab, HEADER, null)
        .statusCode(422)
        .body("rule", equalTo("csv-empty"));
    post(Tokens.managerGz(), f.gzLab, HEADER + "A,\"unclosed,x\n", null)
        .statusCode(422)
        .body("rule", equalTo("csv-malformed"));
    byte[] gbk = (HEADER + line(f.code("CSV"), "010101", "1")).getBytes(Charset.forName("GBK"));
    given()
        .config(LATIN1_NOT_ASSUMED)
        .auth()
        .oauth2(Tokens.managerGz())
        .contentType("text/csv")
        .body(gbk)
        .post("/api/v1/labs/" + f.gzLab + "/instruments/import")
        .then()
        .statusCode(422)
        .body("rule", equalTo("csv-encoding"));
    // …unless the caller says which charset it is
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .contentType("text/csv; charset=GBK")
        .body(gbk)
        .post("/api/v1/labs/" + f.gzLab + "/instruments/import")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
  }

  @Test
  void chineseHeadersAreUnderstood() {
    fixture();
    String code = f.code("CSV");
    String csv =
        "仪器编号,仪器名称,英文名称,分类代码,原值（元）,状态,需审批\n"
            + code
            + ",激光粒度分析仪,Laser particle sizer,020201,680000,维修,是\n";
    post(Tokens.managerGz(), f.gzLab, csv, null).statusCode(200).body("created", equalTo(1));
    given()
        .queryParam("q", code)
        .queryParam("status", "MAINTENANCE")
        .get("/api/v1/instruments")
        .then()
        .body("items[0].requiresApproval", equalTo(true));
  }

  @Test
  void exportedCsvReimportsWithoutChanges() {
    fixture();
    long lab = f.lab(Tokens.admin(), f.jihuaId, "manager-fs");
    String csv =
        HEADER
            + line(f.code("CSV"), "010101", "4580000")
            + line(f.code("CSV"), "010201", "7500000");
    post(Tokens.managerFs(), lab, csv, null).statusCode(200).body("created", equalTo(2));
    byte[] exported =
        given()
            .get("/api/v1/labs/" + lab + "/instruments/export.csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("Content-Disposition", containsString("attachment"))
            .extract()
            .asByteArray();
    String text = new String(exported, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFcode,name_zh,name_en").contains("场发射扫描电子显微镜");
    given()
        .config(LATIN1_NOT_ASSUMED)
        .auth()
        .oauth2(Tokens.managerFs())
        .contentType("text/csv")
        .body(exported)
        .post("/api/v1/labs/" + lab + "/instruments/import")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("rows.status", everyItem(equalTo("UNCHANGED")));
  }
}
