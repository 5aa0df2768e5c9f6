package cn.gfshare.instruments.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Short REST calls shared by the availability and reservation tests. */
public final class Api {

  private Api() {}

  public static Response book(String token, long instrumentId, String start, String end) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Slots.booking(instrumentId, start, end))
        .post("/api/v1/reservations");
  }

  public static Response book(String token, String json) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/reservations");
  }

  public static long bookOk(String token, long instrumentId, String start, String end) {
    return book(token, instrumentId, start, end)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static Response act(String token, long reservationId, String action) {
    return given()
        .auth()
        .oauth2(token)
        .post("/api/v1/reservations/" + reservationId + "/" + action);
  }

  public static Response act(String token, long reservationId, String action, String json) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/reservations/" + reservationId + "/" + action);
  }

  public static Response put(String token, String path, String json) {
    return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).put(path);
  }

  public static Response post(String token, String path, String json) {
    return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post(path);
  }

  /** Joins the waitlist for {@code minutes} within [from, to); the entry starts WAITING. */
  public static long joinWaitlist(String token, long id, String from, String to, int minutes) {
    return post(
            token,
            "/api/v1/waitlist",
            "{\"instrumentId\":"
                + id
                + ",\"windowStart\":\""
                + from
                + "\",\"windowEnd\":\""
                + to
                + "\",\"durationMinutes\":"
                + minutes
                + ",\"purpose\":\"waiting\"}")
        .then()
        .statusCode(201)
        .body("status", org.hamcrest.Matchers.equalTo("WAITING"))
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** One of the caller's waitlist entries, as listed by GET /api/v1/waitlist. */
  public static JsonPath waitlistEntry(String token, long entryId) {
    JsonPath all =
        given()
            .auth()
            .oauth2(token)
            .get("/api/v1/waitlist")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    int i = all.getList("id", Long.class).indexOf(entryId);
    return new JsonPath(all.prettify()).setRootPath("[" + i + "]");
  }

  /** Switches the platform's equal-access policy (tests that turn it off must turn it back on). */
  public static void equalAccess(boolean on) {
    put(Tokens.admin(), "/api/v1/admin/platform-policy", "{\"equalAccess\":" + on + "}")
        .then()
        .statusCode(200);
  }
}
