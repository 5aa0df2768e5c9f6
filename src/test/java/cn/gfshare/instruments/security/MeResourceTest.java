package cn.gfshare.instruments.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

  @Test
  void anonymousCallerGets401ProblemJson() {
    given()
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"))
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("status", equalTo(401))
        .body("title", equalTo("Unauthorized"))
        .body("type", equalTo("https://api.gf-instruments.cn/problems/unauthorized"))
        .body("instance", equalTo("/api/v1/me"))
        .body("correlationId", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void garbageTokenGets401() {
    given().auth().oauth2("not-a-token").when().get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void guangzhouResearcherResolvesToSysuThroughStoredAffiliation() {
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("researcher-gz"))
        .body("roles", contains("researcher"))
        .body("institution.code", equalTo("SYSU"))
        .body("city", equalTo("GZ"));
  }

  @Test
  void foshanResearcherIsInFoshan() {
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("institution.code", equalTo("FSCAS"))
        .body("city", equalTo("FS"));
  }

  @Test
  void eachDemoUserCarriesItsRole() {
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .get("/api/v1/me")
        .then()
        .body("roles", contains("lab-manager"));
    given()
        .auth()
        .oauth2(Tokens.finance())
        .get("/api/v1/me")
        .then()
        .body("roles", contains("finance"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/me")
        .then()
        .body("roles", contains("platform-admin"));
    given()
        .auth()
        .oauth2(Tokens.partner())
        .get("/api/v1/me")
        .then()
        .body("roles", contains("partner"));
  }
}
