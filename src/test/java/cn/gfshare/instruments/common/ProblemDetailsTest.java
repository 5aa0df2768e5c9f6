package cn.gfshare.instruments.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Every error is RFC 9457 problem+json, whatever produced it. */
@QuarkusTest
class ProblemDetailsTest {

  private static final String AFFILIATION = "/api/v1/admin/affiliations/researcher-fs";

  @Test
  void malformedJsonIs400() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"institutionCode\": ")
        .put(AFFILIATION)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(400))
        .body("title", notNullValue());
  }

  @Test
  void unknownPathIs404() {
    given()
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(404))
        .body("type", equalTo("https://api.gf-instruments.cn/problems/http-404"))
        .body("title", equalTo("Not Found"))
        .body("instance", equalTo("/api/v1/no-such-thing"));
  }

  @Test
  void wrongMethodIs405() {
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .delete("/api/v1/me")
        .then()
        .statusCode(405)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(405));
  }

  @Test
  void wrongMediaTypeIs415() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.TEXT)
        .body("JIHUA")
        .put(AFFILIATION)
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(415));
  }

  @Test
  void beanValidationFailureIs422WithFieldErrors() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"institutionCode\": \"\"}")
        .put(AFFILIATION)
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(422))
        .body("violations.field", hasItem(containsString("institutionCode")));
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .get("/api/v1/me")
        .then()
        .body("institution.code", equalTo("FSCAS"));
  }

  @Test
  void badPagingIs422() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("size", 500)
        .get("/api/v1/admin/affiliations")
        .then()
        .statusCode(422)
        .body("rule", equalTo("paging"));
  }

  @Test
  void unexpectedFailureIs500WithCorrelationIdAndNoInternals() {
    Response r = given().header("X-Correlation-Id", "test-corr-0001").get("/test-only/boom");
    r.then()
        .statusCode(500)
        .contentType(startsWith("application/problem+json"))
        .header("X-Correlation-Id", equalTo("test-corr-0001"))
        .body("correlationId", equalTo("test-corr-0001"))
        .body(not(containsString("secret internal detail")))
        .body(not(containsString("IllegalStateException")))
        .body(not(containsString("at cn.gfshare")));
  }

  @Test
  void everyResponseCarriesACorrelationId() {
    given().get("/q/health/live").then().statusCode(200);
    given().get("/api/v1/me").then().header("X-Correlation-Id", notNullValue());
  }
}
