package cn.gfshare.instruments.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScaleDataTest {

  @Test
  void adminGeneratesScaleDataAndRepeatingAddsNothing() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("instruments", 120)
        .post("/api/v1/admin/scale-data")
        .then()
        .statusCode(200)
        .body("instruments", greaterThanOrEqualTo(120))
        .body("labs", greaterThanOrEqualTo(3))
        .body("experts", greaterThanOrEqualTo(18));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("instruments", 120)
        .post("/api/v1/admin/scale-data")
        .then()
        .statusCode(200)
        .body("created", equalTo(0));
    given()
        .queryParam("q", "SCALE-I000001")
        .get("/api/v1/instruments")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    given()
        .queryParam("q", "SCALE-I000001")
        .get("/api/v1/instruments")
        .then()
        .body("items[0].labName", equalTo("规模测试平台 0001"));
  }

  @Test
  void onlyAdminsWithSaneTargets() {
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .post("/api/v1/admin/scale-data")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("instruments", 0)
        .post("/api/v1/admin/scale-data")
        .then()
        .statusCode(422);
  }

  @Test
  void switchedOnItIsInTheServedContract() {
    given()
        .queryParam("format", "yaml")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/admin/scale-data:"));
  }
}
