package cn.gfshare.instruments.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.gfshare.instruments.support.ProductionContractProfile;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Production leaves the generator off: then it is neither routed nor in the contract. */
@QuarkusTest
@TestProfile(ProductionContractProfile.class)
class ScaleDataSwitchedOffTest {

  @Test
  void switchedOffTheEndpointIsGoneEvenForAdmins() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("instruments", 10)
        .post("/api/v1/admin/scale-data")
        .then()
        .statusCode(404);
    given()
        .queryParam("format", "yaml")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(not(containsString("/api/v1/admin/scale-data")));
  }
}
