package cn.gfshare.instruments.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The inputs that got a 500, an empty 4xx or a lenient guess (issue 8), each answered as a 4xx
 * problem+json that names the failing field in the client's terms.
 */
@QuarkusTest
class BadInputTest {

  private static final String POLICY = "/api/v1/admin/platform-policy";
  private static final long MISSING = 987_654_321L;

  static String admin;
  static String researcher;

  @BeforeAll
  static void tokens() {
    admin = Tokens.admin();
    researcher = Tokens.researcherGz();
  }

  static Response assertProblem(Response r, int status) {
    r.then()
        .statusCode(status)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(status))
        .body("type", startsWith("https://"))
        .body("title", org.hamcrest.Matchers.notNullValue());
    assertThat(r.asString()).doesNotContainPattern("java\\.|jakarta\\.|com\\.fasterxml|Exception");
    return r;
  }

  @Test
  void duplicateKeysAre400() {
    Response r = Api.put(admin, POLICY, "{\"equalAccess\":true,\"equalAccess\":true}");
    assertProblem(r, 400).then().body("detail", org.hamcrest.Matchers.containsString("twice"));
  }

  @Test
  void trailingContentIs400() {
    assertProblem(Api.put(admin, POLICY, "{\"equalAccess\":true} {}"), 400);
    assertProblem(Api.put(admin, POLICY, "{\"equalAccess\":true} x"), 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[{\"equalAccess\":true}]", "1", "\"x\"", "true", "null"})
  void notAnObjectWhereAnObjectIsExpectedIs4xx(String body) {
    Response r = Api.put(admin, POLICY, body);
    // null is "no body" for a required body: Bean Validation's 422; the others are unreadable: 400
    assertProblem(r, "null".equals(body) ? 422 : 400);
  }

  @Test
  void deeplyNestedJsonIs400() {
    String deep = "[".repeat(50_000) + "]".repeat(50_000);
    assertProblem(Api.put(admin, POLICY, deep), 400);
    String deepObject = "{\"equalAccess\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001);
    assertProblem(Api.put(admin, POLICY, deepObject), 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0", "\"true\"", "\"1\"", "1.0"})
  void noCoercionToBoolean(String value) {
    Response r = Api.put(admin, POLICY, "{\"equalAccess\":" + value + "}");
    assertProblem(r, 400)
        .then()
        .body("violations.field", hasItem("equalAccess"))
        .body("detail", equalTo("equalAccess: must be true or false"));
  }

  @Test
  void noCoercionToIntegersOrFromNumbersToStrings() {
    String start = Slots.iso(Slots.SHANGHAI, 3, "10:00");
    String end = Slots.iso(Slots.SHANGHAI, 3, "11:00");
    for (String id : new String[] {"1.5", "\"1\"", "true", "1e2"}) {
      String body =
          "{\"instrumentId\":" + id + ",\"start\":\"" + start + "\",\"end\":\"" + end + "\"}";
      assertProblem(Api.book(researcher, body), 400)
          .then()
          .body("violations.field", hasItem("instrumentId"))
          .body("detail", equalTo("instrumentId: must be an integer"));
    }
    String numericPurpose =
        "{\"instrumentId\":1,\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"purpose\":42}";
    assertProblem(Api.book(researcher, numericPurpose), 400)
        .then()
        .body("violations.field", hasItem("purpose"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20260302", "1772409600", "1772409600.5", "[2026,3,2,9,0]"})
  void datesAreStringsNotNumbers(String value) {
    String body =
        "{\"instrumentId\":1,\"start\":"
            + value
            + ",\"end\":\""
            + Slots.iso(Slots.SHANGHAI, 3, "11:00")
            + "\"}";
    assertProblem(Api.book(researcher, body), 400)
        .then()
        .body("violations.field", hasItem("start"))
        .body("detail", startsWith("start: must be an ISO-8601 date-time"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+999999999-12-31T23:59:59Z",
        "-999999999-01-01T00:00:00Z",
        "-0001-01-01T09:00:00+08:00",
        "1999-12-31T23:59:59Z",
        "2101-01-01T00:00:00Z"
      })
  void instantsOutsideTheYears2000To2100Are422(String value) {
    String body =
        "{\"instrumentId\":1,\"start\":\""
            + value
            + "\",\"end\":\""
            + Slots.iso(Slots.SHANGHAI, 3, "11:00")
            + "\"}";
    assertProblem(Api.book(researcher, body), 422)
        .then()
        .body("violations.field", hasItem("start"));
  }

  @Test
  void aBlackoutInYearMinusOneIsNotStored() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    long id = CatalogFixtures.instrument(lab, CatalogFixtures.categoryTree()[0]);
    String path = "/api/v1/resources/" + id + "/blackouts";
    Response r =
        Api.post(
            Tokens.managerGz(),
            path,
            "{\"start\":\"-0001-01-01T09:00:00+08:00\",\"end\":\"-0001-01-01T10:00:00+08:00\","
                + "\"reason\":\"x\"}");
    assertProblem(r, 422).then().body("rule", equalTo("time-range"));
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .queryParam("from", "2000-01-01T00:00:00Z")
        .queryParam("to", "2100-12-31T00:00:00Z")
        .get(path)
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  @Test
  void queryTimesOutsideTheRangeAre422() {
    Response r =
        given()
            .auth()
            .oauth2(researcher)
            .queryParam("from", "+999999999-01-01T00:00:00Z")
            .queryParam("to", "+999999999-01-02T00:00:00Z")
            .get("/api/v1/instruments/1/availability");
    assertProblem(r, 422).then().body("rule", equalTo("time-range"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cancel", "reject", "check-out"})
  void aJsonNullBodyOnAnOptionalBodyTransitionIsNoBody(String action) {
    // no such reservation: reaching the lookup (404) proves the null body was read as "none"
    assertProblem(Api.act(admin, MISSING, action, "null"), 404);
    assertProblem(Api.act(admin, MISSING, action, " null "), 404);
    assertProblem(Api.act(admin, MISSING, action, "{\"a\":1,\"a\":2}"), 400);
    assertProblem(Api.act(admin, MISSING, action, "[]"), 400);
  }

  @Test
  void idsAreAsciiDigitsOnly() {
    long id =
        given()
            .get("/api/v1/instruments?size=1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    given().get("/api/v1/instruments/" + id).then().statusCode(200);
    for (String foreign : new String[] {arabicIndic(id), fullWidth(id), "+" + id, " " + id}) {
      assertProblem(given().get("/api/v1/instruments/" + foreign), 404);
    }
    assertProblem(given().queryParam("labId", arabicIndic(1)).get("/api/v1/instruments"), 422);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/reservations?page=abc",
        "/api/v1/reservations?size=abc",
        "/api/v1/reservations?instrumentId=abc",
        "/api/v1/reservations?labId=1.5",
        "/api/v1/reservations?crossCity=yes",
        "/api/v1/reservations?page=%D9%A1",
        "/api/v1/admin/affiliations?page=abc",
        "/api/v1/admin/affiliations?size=abc",
        "/api/v1/instruments?page=abc",
        "/api/v1/instruments?size=abc",
        "/api/v1/labs?page=abc",
        "/api/v1/experts?instrumentId=abc",
        "/api/v1/availability/search?page=abc"
      })
  void malformedQueryParametersAre422NotFound(String url) {
    Response r = given().urlEncodingEnabled(false).auth().oauth2(admin).get(url);
    assertProblem(r, 422);
  }

  @Test
  void csvErrorsSpeakOfTheFileNotTheParser() {
    long lab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    Response r =
        given()
            .auth()
            .oauth2(Tokens.managerGz())
            .contentType("text/csv")
            .body("code,name_zh\n\"unclosed,x\nA\"b,c\n")
            .post("/api/v1/labs/" + lab + "/instruments/import");
    assertThat(r.statusCode()).isBetween(400, 499);
    assertProblem(r, r.statusCode());
    assertThat(r.asString()).doesNotContain("CSV" + "Exception").doesNotContain("org.apache");
  }

  static String arabicIndic(long n) {
    return shift(n, '\u0660');
  }

  static String fullWidth(long n) {
    return shift(n, '\uFF10');
  }

  private static String shift(long n, char zero) {
    StringBuilder sb = new StringBuilder();
    for (char c : Long.toString(n).toCharArray()) {
      sb.append((char) (zero + (c - '0')));
    }
    return sb.toString();
  }

  @Test
  void unknownRoutesMethodsAndMediaTypesAreProblems() {
    assertProblem(given().get("/api/v1/nothing-here"), 404);
    assertProblem(given().get("/nothing-at-all"), 404);
    assertProblem(given().auth().oauth2(researcher).delete("/api/v1/me"), 405);
    assertProblem(given().auth().oauth2(researcher).accept("image/png").get("/api/v1/me"), 406);
    assertProblem(
        given().auth().oauth2(admin).contentType(ContentType.TEXT).body("x").put(POLICY), 415);
  }
}
