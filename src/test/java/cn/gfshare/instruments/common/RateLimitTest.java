package cn.gfshare.instruments.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest {

  @Test
  void clientOverItsBudgetGets429WithRetryAfter() {
    // the test profile gives "throttled-user" a budget of 3 requests a minute
    String token = Tokens.of("throttled-user");
    for (int i = 0; i < 3; i++) {
      given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
    }
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/me")
        .then()
        .statusCode(429)
        .contentType(startsWith("application/problem+json"))
        .header("Retry-After", notNullValue())
        .body("status", equalTo(429))
        .body("retryAfterSeconds", notNullValue());
    // other clients keep their own budget
    given().auth().oauth2(Tokens.researcherGz()).get("/api/v1/me").then().statusCode(200);
  }
}
