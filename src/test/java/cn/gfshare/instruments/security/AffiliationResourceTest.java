package cn.gfshare.instruments.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AffiliationResourceTest {

  @Test
  void onlyPlatformAdminsSeeAffiliations() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/admin/affiliations")
        .then()
        .statusCode(200)
        .body("total", greaterThanOrEqualTo(6));
    for (String token :
        new String[] {
          Tokens.researcherGz(), Tokens.managerGz(), Tokens.finance(), Tokens.partner()
        }) {
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/admin/affiliations")
          .then()
          .statusCode(403)
          .contentType(startsWith("application/problem+json"))
          .body("status", equalTo(403));
    }
  }

  @Test
  void adminMovesAUserAndMeFollows() {
    // a user the dev OIDC service knows only by name: no claim, no affiliation yet
    String token = Tokens.of("visiting-scholar");
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("institution", nullValue());

    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"institutionCode\":\"JIHUA\"}")
        .put("/api/v1/admin/affiliations/visiting-scholar")
        .then()
        .statusCode(200)
        .body("institution.code", equalTo("JIHUA"))
        .body("updatedBy", equalTo("admin"));
    given().auth().oauth2(token).get("/api/v1/me").then().body("city", equalTo("FS"));

    given()
        .auth()
        .oauth2(Tokens.admin())
        .delete("/api/v1/admin/affiliations/visiting-scholar")
        .then()
        .statusCode(204);
    given().auth().oauth2(token).get("/api/v1/me").then().body("institution", nullValue());
    given()
        .auth()
        .oauth2(Tokens.admin())
        .delete("/api/v1/admin/affiliations/visiting-scholar")
        .then()
        .statusCode(404);
  }

  @Test
  void unknownInstitutionIs422AndChangesNothing() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"institutionCode\":\"NOPE\"}")
        .put("/api/v1/admin/affiliations/researcher-gz")
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("rule", equalTo("institution-exists"));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get("/api/v1/me")
        .then()
        .body("institution.code", equalTo("SYSU"));
  }
}
